// 审阅台: a reviewer opens a folder, sorts its filings by 强制, opens one read-only, adds a note and sees
// the row follow; files that cannot be read are rows with the reason.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { readFilingFile } from '../../src/node/files/file-store';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { newFiling } from '../../src/shared/filing/new-filing';
import { AppPage } from './pages/app-page';
import { ReviewPage } from './pages/review-page';

test('open a folder on the desk, sort by 强制, open one, add a note, see the row update', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  const inbox = join(app.dataDir, '收件箱');
  await mkdir(join(inbox, '二级单位'), { recursive: true });
  const clean = newFiling({ template: 'shanxi-2022', year: 2022, department: '空白单位' });
  await writeFile(join(inbox, 'a-空白单位.jsgk'), serializeFiling(clean));
  await writeFile(join(inbox, '二级单位', 'b-示例.jsgk'), serializeFiling(sampleFiling()));
  await writeFile(join(inbox, 'c-损坏.jsgk'), '{"format": "juesuan-filing", ');
  await writeFile(join(inbox, 'd-恶意.jsgk'), '{"format":"juesuan-filing","__proto__":{"x":1}}');

  await page.getByTestId('cmd-desk-open').click();
  await page.getByTestId('chooser-dir').fill(inbox);
  await page.getByTestId('chooser-ok').click();
  const rows = page.getByTestId('desk-row');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('desk-folder')).toContainText('共 4 个文件');
  const row = (file: string) => page.locator(`[data-testid="desk-row"][data-file="${file}"]`);
  await expect(row('c-损坏.jsgk').getByTestId('desk-reason')).toContainText('文件已损坏');
  await expect(row('d-恶意.jsgk').getByTestId('desk-reason')).toContainText('__proto__');
  await expect(row('二级单位/b-示例.jsgk').getByTestId('desk-errors')).toHaveText('2');

  // 强制, worst first: the sample with its two errors leads.
  await page.getByTestId('desk-sort-errors').click();
  await expect(rows.first()).toHaveAttribute('data-file', '二级单位/b-示例.jsgk');
  await expect(rows.first().getByTestId('desk-notes')).toHaveText('0/0');
  await page.screenshot({ path: 'tests/artifacts/desk-folder.png' });

  // Filtering by state keeps only the unreadable ones.
  await page.getByTestId('desk-state-filter').selectOption('无法读取');
  await expect(rows).toHaveCount(2);
  await page.getByTestId('desk-state-filter').selectOption('');
  await expect(rows).toHaveCount(4);

  // Open it: read-only, as 审阅… opens a file.
  await rows.first().getByTestId('desk-open').click();
  await expect(page.getByTestId('review-badge')).toHaveText('审阅模式：只读');
  await expect(shell.fileName()).toHaveText('b-示例.jsgk');
  // The reviewer's name is asked before the first note.
  await new ReviewPage(page).setReviewerName('审阅人甲');
  await page.getByTestId('filing-note-add').click();
  await page.getByTestId('panel-note-box-text').fill('公开02表 财政拨款收入与公开01表不一致，请改正后重报。');
  await page.getByTestId('panel-note-box-submit').click();
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);

  await page.getByTestId('cmd-desk-show').click();
  await expect(rows.first()).toHaveAttribute('data-file', '二级单位/b-示例.jsgk');
  await expect(rows.first().getByTestId('desk-notes')).toHaveText('1/0');
  await expect(rows.first()).toHaveClass(/dk-current/);
  const saved = await readFilingFile(join(inbox, '二级单位', 'b-示例.jsgk'));
  expect(saved.ok && saved.filing.review.map((n) => n.text)).toEqual(['公开02表 财政拨款收入与公开01表不一致，请改正后重报。']);

  // 导出汇总表: the summary workbook (read back), its PDF and a 检查表 per filing.
  await page.getByTestId('desk-export').click();
  await page.getByTestId('chooser-dir').fill(app.dataDir);
  await page.getByTestId('chooser-name').fill('汇总表.xlsx');
  await page.getByTestId('chooser-ok').click();
  await expect(page.getByTestId('desk-exported')).toContainText('汇总表.xlsx', { timeout: 60_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(app.dataDir, '汇总表.xlsx'));
  const sheet = wb.getWorksheet('汇总')!;
  const values = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(values.map((r) => [r[0], r[4], r[9], r[11]])).toEqual([
    ['a-空白单位.jsgk', 0, 0, '通过'],
    ['c-损坏.jsgk', 0, 0, '无法读取'],
    ['d-恶意.jsgk', 0, 0, '无法读取'],
    ['二级单位/b-示例.jsgk', 2, 1, '未通过'],
  ]);
  expect((await readdir(join(app.dataDir, '汇总表-检查表'))).sort()).toEqual(['a-空白单位.jsgk-检查表.pdf', 'a-空白单位.jsgk-检查表.xlsx', '二级单位_b-示例.jsgk-检查表.pdf', '二级单位_b-示例.jsgk-检查表.xlsx']);
});
