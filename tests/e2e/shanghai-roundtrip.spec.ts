// The Shanghai sample (普陀 2024) in the app at 1366×768: opened from its .jsgk, 表六 shown as printed in two
// panels (人员经费 | 公用经费), exported from the app as xlsx and PDF, and the xlsx imported back: recognised
// as the Shanghai layout, with the same findings (counts and messages) as the file it came from.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { ROOT } from '../support/global-setup';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';

const SHOTS = 'tests/artifacts';
test.use({ viewport: { width: 1366, height: 768 } });

async function exportAs(page: Page, kind: 'xlsx' | 'pdf', dir: string, name: string): Promise<void> {
  // The sample's published slips stand: the app says the file will be a marked draft, and the clerk goes on.
  await new AppPage(page).exportTo(kind, dir, name, '审核未通过：强制 3 条');
  // A status line from the previous export may still show: wait for the file itself.
  await expect.poll(() => existsSync(join(dir, name)), { timeout: 120_000 }).toBe(true);
  await expect(page.getByTestId('export-progress')).toHaveCount(0, { timeout: 120_000 });
}

async function findingTexts(findings: FindingsPage): Promise<string[]> {
  return (await findings.items().allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the Shanghai sample: 表六 in two panels, export xlsx and PDF, import the xlsx back with the same findings', async ({ app }) => {
  test.setTimeout(300_000);
  test.skip(!existsSync(process.env.JUESUAN_CHROMIUM ?? '/usr/bin/chromium'), '没有 Chromium，无法生成 PDF');
  const page = app.page;
  const shell = new AppPage(page);
  const findings = new FindingsPage(page);
  await shell.ready();
  const made = spawnSync('npx', ['tsx', 'src/node/cli/main.ts', 'sample', '--template', 'shanghai-2024', '--out', join(app.dataDir, '普陀2024.jsgk')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(made.status, made.stderr).toBe(0);
  await shell.open(app.dataDir, '普陀2024.jsgk');

  await expect(shell.errorCount()).toHaveText('✖ 强制 3');
  const before = await findingTexts(findings);
  const warnings = await shell.warningCount().innerText();
  // 3 强制 between printed totals and 7 尾差/提示 (sample-shanghai.test.ts lists them).
  expect(before.length).toBe(10);

  // 表六 as printed: 编码 | 名称 | 决算数 twice, 301 beside 302, the two totals on one line (302 shows the
  // printed 440.90, as the export prints it; the sum of its parts, 440.88, is the 尾差 提示 on the cell).
  const sh06 = await shell.openTable('SH06');
  await expect(sh06.root.locator('.ag-header-cell-text', { hasText: '经济分类科目编码' })).toHaveCount(2);
  await expect(sh06.root.locator('.ag-header-cell-text', { hasText: '决算数' })).toHaveCount(2);
  await expect(sh06.cell('301/302', 1)).toHaveText('4,816.14');
  await expect(sh06.cell('301/302', 1001)).toHaveText('440.90');
  await page.screenshot({ path: `${SHOTS}/shanghai-sh06-panels.png` });

  await exportAs(page, 'xlsx', app.dataDir, '普陀2024.xlsx');
  await exportAs(page, 'pdf', app.dataDir, '普陀2024.pdf');
  expect(readFileSync(join(app.dataDir, '普陀2024.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

  await shell.importXlsx(app.dataDir, '普陀2024.xlsx');
  const report = page.getByTestId('dialog');
  await expect(report).toContainText('读入报告');
  await expect(report).toContainText('模板：按“上海市区级部门决算 2024年度”读入');
  await expect(report).toContainText('部门名称“上海市普陀区规划和自然资源局”');
  await expect(report).not.toContainText('未提供');
  await page.getByTestId('dialog-ok').click();

  await expect(shell.errorCount()).toHaveText('✖ 强制 3');
  await expect(shell.warningCount()).toHaveText(warnings);
  expect(await findingTexts(findings)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/shanghai-imported.png` });
});
