// UI benchmark: Enter-to-updated-subtotal in the real renderer, in Chromium through the browser host, on a
// synthetic filing about 20× the sample (~2,000 coded rows in 公开03表, the same codes in 公开02表).
// Prints figures (target, issue 10: Enter → updated subtotal ≤ 16 ms on this filing); asserts nothing.
//
//   npx electron-vite build && npx tsx scripts/bench-ui.ts [edits=40]
//   RENDERER_DIR=… to bench another build; CHROMIUM=… for another browser binary.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../src/node/server/browser-host';
import { sampleFiling } from '../src/shared/sample/index';
import { serializeFiling } from '../src/shared/filing/schema';
import { FUNCTION_2022 } from '../src/shared/catalog/index';
import type { Filing } from '../src/shared/filing/types';

const EDITS = Number(process.argv[2] ?? 40);
const rendererDir = resolve(process.env.RENDERER_DIR ?? 'out/renderer');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Every catalogue 项, plus custom 项 under every 款 (suffixes 60–99), each with amounts in 公开02/03表. */
function syntheticFiling(): { filing: Filing; items: string[] } {
  const filing = sampleFiling();
  const groups = FUNCTION_2022.entries.filter((e) => e.code.length === 5).map((e) => e.code);
  const items = FUNCTION_2022.entries.filter((e) => e.code.length === 7).map((e) => e.code);
  for (const g of groups) {
    for (let s = 60; s <= 99; s++) {
      const code = `${g}${s}`;
      if (FUNCTION_2022.byCode.has(code)) continue;
      filing.customCodes.push({ catalog: 'function', code, name: `测试项目${code}` });
      items.push(code);
    }
  }
  items.sort();
  const t02: Filing['tables'][string] = {};
  const t03: Filing['tables'][string] = {};
  items.forEach((code, i) => {
    const basic = (1000 + i * 7.31).toFixed(2);
    const project = (500 + i * 3.17).toFixed(2);
    t03[code] = { '2': basic, '3': project };
    t02[code] = { '2': (Number(basic) + Number(project)).toFixed(2) };
  });
  filing.stated = {};
  filing.tables.T02 = t02;
  filing.tables.T03 = t03;
  return { filing, items };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`找不到已构建的界面：${rendererDir}/index.html。请先运行 npx electron-vite build。`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-ui-'));
  const { filing, items } = syntheticFiling();
  const file = join(dir, 'synthetic.jsgk');
  writeFileSync(file, serializeFiling(filing));
  const host = await startBrowserHost({ rendererDir, appVersion: 'bench', dataDir: join(dir, 'data'), homeDir: dir, startupFile: file });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('页面错误：', e.message));
    const t0 = Date.now();
    await page.goto(host.url);
    await page.getByTestId('nav-state-T03').waitFor();
    const loadMs = Date.now() - t0;
    const t1 = Date.now();
    await page.getByTestId('nav-T03').click();
    const grid = page.getByTestId('grid-T03');
    await grid.locator('.ag-row[row-id="合计"]').waitFor();
    const tableMs = Date.now() - t1;

    await page.evaluate(() => {
      const w = window as unknown as { __bench: { t0: number; result: number | null } };
      w.__bench = { t0: 0, result: null };
      document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__bench.t0 = performance.now()), true);
    });

    // The 项 rows on the first screen: the ones a clerk edits while watching their 款 subtotal.
    const visible = await grid.locator('.ag-row').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('row-id') ?? '').filter((id) => /^\d{7}$/.test(id)),
    );
    const targets = visible.slice(0, 8);
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const row = targets[i % targets.length];
      const group = row.slice(0, 5);
      const cellSel = `[data-testid="grid-T03"] .ag-row[row-id="${row}"] [col-id="c2"]`;
      const subSel = `[data-testid="grid-T03"] .ag-row[row-id="${group}"] [col-id="c2"]`;
      await page.locator(cellSel).click();
      await page.keyboard.type(String(2000 + i * 13) + '.25');
      await page.evaluate((sel) => {
        const w = window as unknown as { __bench: { t0: number; result: number | null } };
        const el = document.querySelector(sel)!;
        const before = el.textContent;
        w.__bench.result = null;
        const obs = new MutationObserver(() => {
          if (el.textContent === before) return;
          obs.disconnect();
          requestAnimationFrame(() => (w.__bench.result = performance.now() - w.__bench.t0));
        });
        obs.observe(el, { subtree: true, childList: true, characterData: true });
      }, subSel);
      await page.keyboard.press('Enter');
      const ms = await page.waitForFunction(() => (window as unknown as { __bench: { result: number | null } }).__bench.result, null, { timeout: 10_000 });
      times.push(Number(await ms.jsonValue()));
    }
    const warm = times.slice(Math.min(3, times.length - 1));
    console.log(`界面基准：公开03表 ${items.length} 个项（含类/款共约 ${items.length + 300} 行），公开02表同样规模`);
    console.log(`  打开文件（页面载入、读取、全部审核）：${loadMs} ms；切换到公开03表到表格出现：${tableMs} ms`);
    console.log(`  回车到款小计更新（${times.length} 次，去掉前 3 次预热）：中位数 ${median(warm).toFixed(1)} ms，P90 ${pct(warm, 90).toFixed(1)} ms，最大 ${Math.max(...warm).toFixed(1)} ms（目标 ≤ 16 ms，issue 10）`);
    console.log(`  全部样本（ms）：${times.map((t) => t.toFixed(0)).join(' ')}`);
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
