// Chromium keeps its sandbox unless it runs as root; PDFs are rendered with JavaScript off; the import
// worker is found in the built bundle as in the source; a security review covers one finding's code only.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags } from '../../src/node/chromium';
import { launchBrowser, newPrintPage } from '../../src/node/export/pdf-writer';
import { importWorkerUrl } from '../../src/node/export/import-xlsx';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { reviewFor, snippetAt } from '../../scripts/security-review.mjs';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Builds the import worker as `npm run build` does (electron-vite with electron.vite.config.ts, main
 * build), that entry alone (0.2 s here), so the check runs on a clean clone, where `npm test`
 * builds out/ only after the unit tests, and always checks the bundle of the source as it is now. The
 * folder is inside the project: the bundle leaves its packages (exceljs …) to node_modules, as out/main does.
 */
async function buildImportWorker(outDir: string): Promise<void> {
  const main = (await resolveConfig({ root: ROOT, logLevel: 'warn' }, 'build', 'production')).config?.main;
  if (!main) throw new Error('electron.vite.config.ts 没有 main 的构建配置');
  const input = { 'import-worker': join(ROOT, 'src/node/export/import-worker.ts') };
  // Vite 8 reads rolldownOptions (rollupOptions is its old name, still set by the config): narrow both.
  await build({ ...main, logLevel: 'warn', build: { ...main.build, outDir, emptyOutDir: true, rollupOptions: { ...main.build?.rollupOptions, input }, rolldownOptions: { ...main.build?.rolldownOptions, input } } });
}

describe('Chromium', () => {
  it('runs sandboxed unless as root', () => {
    expect(chromiumFlags(false)).not.toContain('--no-sandbox');
    expect(chromiumFlags(true)).toContain('--no-sandbox');
    expect(chromiumFlags(false)).toContain('--disable-background-networking');
  });

  it('renders PDFs in a page where no script of the document runs', async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await newPrintPage(browser);
      await page.setContent('<title>before</title><p id="p">static</p><script>document.title = "ran"; document.getElementById("p").textContent = "script";</script>');
      expect(await page.title()).toBe('before');
      expect(await page.textContent('#p')).toBe('static');
      // Our own evaluate still works (the 目录 numbers are written that way).
      expect(await page.evaluate('1 + 1')).toBe(2);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('the import worker entry', () => {
  it('is the TypeScript source beside import-xlsx.ts in development', () => {
    expect(importWorkerUrl().pathname).toMatch(/src\/node\/export\/import-worker\.ts$/);
  });

  // out/main as the build lays it out, in a folder of this test's own.
  let built = '';
  beforeAll(async () => {
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    built = mkdtempSync(join(ROOT, 'node_modules/.cache/import-worker-'));
    await buildImportWorker(join(built, 'main'));
  }, 60_000);
  afterAll(() => {
    if (built) rmSync(built, { recursive: true, force: true });
  });

  it('is import-worker.js beside the built bundle (main/index.js), and it imports', async () => {
    const url = importWorkerUrl(pathToFileURL(join(built, 'main/index.js')).href);
    expect(url.pathname).toMatch(/\/main\/import-worker\.js$/);
    const sample = sampleFiling();
    const bytes = await buildWorkbook(sample, getTemplate(sample.template));
    const result = await new Promise<{ result?: { ok: boolean } }>((resolve, reject) => {
      const w = new Worker(url, { workerData: { bytes, name: 'built.xlsx', options: {} } });
      w.once('message', (m: { result?: { ok: boolean } }) => void w.terminate().then(() => resolve(m)));
      w.once('error', reject);
    });
    expect(result.result?.ok).toBe(true);
  }, 60_000);
});

describe('security review', () => {
  const source = 'a\n  webPreferences: {\n    preload: x,\n  },\n});\n';
  const reviewed = [{ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', snippet: snippetAt(source, 3), why: 'reviewed' }];

  it('covers the reviewed code wherever it moved, and nothing else', () => {
    expect(snippetAt(source, 3)).toBe('preload: x, }, });');
    const moved = '\n\n' + source;
    expect(reviewFor({ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', snippet: snippetAt(moved, 5) }, reviewed)).toBeDefined();
    // Same check, same file, other code: a new finding that needs its own review.
    expect(reviewFor({ check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', snippet: 'preload: evil, }, });' }, reviewed)).toBeUndefined();
    expect(reviewFor({ check: 'PRELOAD_JS_CHECK', file: 'main/other.ts', snippet: snippetAt(source, 3) }, reviewed)).toBeUndefined();
    // A review without a snippet covers nothing.
    expect(reviewFor({ check: 'X', file: 'f', snippet: '' }, [{ check: 'X', file: 'f', why: 'old' }])).toBeUndefined();
  });

  it('the recorded reviews name the code they cover', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'security/electronegativity-reviewed.json'), 'utf8')) as { reviewed: Array<{ snippet?: string }> };
    for (const r of file.reviewed) expect(r.snippet?.length).toBeGreaterThan(10);
  });
});
