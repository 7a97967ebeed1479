// Importing a workbook the app did not write, as a reviewer would: one holding only 公开01表. The read
// report is shown, the missing tables are 未提供 (not zeros), their rules are counted as 未核对, and a
// clerk who confirms a table has no figures (本表无数据) makes it present, so its rules run again.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

async function onlyT01(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收支总表');
  ws.addRow(['收入支出决算总表']);
  ws.addRow(['公开01表']);
  ws.addRow(['部门名称：测试局', '2022年度', '', '金额单位：元']);
  ws.addRow(['项目', '行次', '决算数', '项目', '行次', '决算数']);
  ws.addRow(['栏次', '', 1, '栏次', '', 2]);
  ws.addRow(['一、一般公共预算财政拨款收入', 1, 832.82, '一、一般公共服务支出', 32, 832.82]);
  ws.addRow(['本年收入合计', 27, 832.82, '本年支出合计', 58, 832.82]);
  ws.addRow(['总计', 31, 832.82, '总计', 62, 832.82]);
  await wb.xlsx.writeFile(path);
}

test('a workbook with only 公开01表: report, 未核对 counts, and 本表无数据 makes a table present', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  await onlyT01(join(app.dataDir, '只有01表.xlsx'));

  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-import-xlsx').click();
  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toBeVisible();
  await page.getByTestId('chooser-dir').fill(app.dataDir);
  await page.getByTestId('chooser-name').fill('只有01表.xlsx');
  await page.getByTestId('chooser-ok').click();

  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText('读入报告');
  await expect(dialog).toContainText('未提供：公开02表、公开03表');
  await page.getByTestId('dialog-ok').click();

  // No false errors about the missing tables; what was not checked is counted.
  await expect(shell.errorCount()).toHaveText('✖ 强制 0');
  const unchecked = page.getByTestId('status-unchecked');
  await expect(unchecked).toBeVisible();
  const before = Number((await unchecked.innerText()).replace(/\D/g, ''));
  expect(before).toBeGreaterThan(10);
  await expect(page.getByTestId('findings-unchecked')).toContainText(`未核对 ${before}`);
  await expect(page.getByTestId('unchecked').first()).toContainText('未提供');
  await expect(shell.navState('T02')).toContainText('未提供');

  await page.getByTestId('nav-T02').click();
  await expect(page.getByTestId('absent-banner')).toContainText('公开02表未提供');
  await page.screenshot({ path: 'tests/artifacts/import-absent.png' });
  await page.getByTestId('mark-empty').click();
  await expect(page.getByTestId('absent-banner')).toHaveCount(0);
  await expect(shell.navState('T02')).not.toContainText('未提供');
  // Present with no figures: 公开02表 合计 0.00 against 公开01表 行27 is now a real error.
  await expect.poll(async () => Number((await unchecked.innerText()).replace(/\D/g, ''))).toBeLessThan(before);
  await expect(shell.errorCount()).not.toHaveText('✖ 强制 0');
});
