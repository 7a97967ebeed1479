// Findings as a clerk meets them: flagged cells, the panel grouped by table, a click that lands on the
// cell, errors that clear as the data is put right, and a 提示 explained, saved and found again.
import { test, expect } from '../support/fixtures';
import { dirname, basename } from 'node:path';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';

const SHOTS = 'tests/artifacts';
const T02_FISCAL = '公开02表 合计 财政拨款收入';

test('the sample\'s 公开02表 errors are listed, flagged on the grid, and a click lands on 合计 财政拨款收入', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  await expect(findings.errors('T02')).toHaveCount(2);
  await expect(findings.finding(T02_FISCAL)).toContainText('41,943,654.36');
  await expect(findings.finding(T02_FISCAL)).toContainText('差 18,877,239.00');
  await expect(shell.navState('T02')).toContainText('✖2');
  await expect(shell.navState('T03')).toContainText('✓');

  await findings.goTo(T02_FISCAL);
  await expect(app.page.getByTestId('grid-T02')).toBeVisible();
  const t02 = (await import('./pages/grid-page')).GridPage;
  const grid = new t02(app.page, 'T02');
  await expect.poll(() => grid.focused()).toEqual({ row: '合计', col: 'c2' });
  // Error cells carry a border and a glyph, not colour alone, and say why on hover.
  await expect(grid.cell('合计', 2)).toHaveClass(/js-err/);
  await expect(grid.cell('合计', 2)).toHaveAttribute('title', /41,943,654\.36/);
  await expect(grid.cell('合计', 4)).not.toHaveClass(/js-err/);
  await app.page.screenshot({ path: `${SHOTS}/findings-t02.png` });
});

test('moving the 政府性基金 18,877,239.00 to 财政拨款收入 clears the 公开02表 errors', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  const t02 = await shell.openTable('T02');
  await expect(t02.cell('212', 3)).toHaveText('18,877,239.00');
  await expect(t02.cell('212', 2)).toHaveText('');

  // Only 2120899 is a 项 and entered; 21208 and 212 are computed and follow.
  await t02.type('2120899', 2, '18,877,239.00');
  await t02.select('2120899', 3);
  await app.page.keyboard.press('Delete');

  await expect(t02.cell('21208', 2)).toHaveText('18,877,239.00');
  await expect(t02.cell('212', 2)).toHaveText('18,877,239.00');
  await expect(t02.cell('212', 3)).toHaveText('');
  await expect(t02.cell('合计', 2)).toHaveText('41,943,654.36');
  await expect(findings.group('T02')).toHaveCount(0);
  await expect(shell.navState('T02')).toContainText('✓');
  await expect(t02.cell('合计', 2)).not.toHaveClass(/js-err/);
  await expect(shell.errorCount()).toHaveText('✖ 强制 0');
  await app.page.screenshot({ path: `${SHOTS}/findings-cleared.png` });
});

test('breaking 公开01表\'s balance shows an error at once; undo takes it away', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  const t01 = await shell.openTable('T01');
  const before = await findings.errors().count();
  await expect(findings.group('T01')).toHaveCount(0);

  // 行32 一般公共服务支出: the spending side no longer equals the income side.
  await t01.type('1/32', 2, '3640932.06');
  await expect(findings.errors('T01')).toHaveCount(1);
  // …and the cross-table rules that read 行32 (公开03表 201, 公开04表) flag it too.
  await expect.poll(() => findings.errors().count()).toBeGreaterThan(before + 1);
  await expect(findings.errors('T01')).toContainText('总计');
  await expect(t01.cell('31/62', 2)).toHaveClass(/js-err/);
  await app.page.screenshot({ path: `${SHOTS}/findings-t01-broken.png` });

  await shell.undo();
  await expect(findings.errors()).toHaveCount(before);
  await expect(findings.group('T01')).toHaveCount(0);
  await expect(t01.cell('31/62', 2)).not.toHaveClass(/js-err/);
});

test('a 提示 explained, saved and reopened keeps its 出错说明', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  const warning = findings.warnings().first();
  await expect(warning).toContainText('30110+30111');
  const text = '差额 1,376.00 元为单位自有资金缴纳的医疗保险，不属于财政拨款基本支出。';
  await findings.explain('30110+30111', text);
  await expect(warning.getByTestId('explanation-done')).toContainText(text);
  await expect(shell.warningCount()).toContainText('已说明 1');
  await app.page.screenshot({ path: `${SHOTS}/findings-explained.png` });

  const dir = dirname(app.sampleFile);
  await shell.saveAs(dir, '已说明.jsgk');
  await expect(shell.fileName()).toHaveText('已说明.jsgk');

  // Open something else, then the saved file again.
  await shell.open(dir, basename(app.sampleFile));
  await expect(findings.warnings().first().getByTestId('explanation-done')).toHaveCount(0);
  await shell.open(dir, '已说明.jsgk');
  await expect(findings.warnings().first().getByTestId('explanation-done')).toContainText(text);
});

test('saving over a file that changed on disk asks before overwriting', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t03 = await shell.openTable('T03');
  await t03.type('2010501', 2, '1');
  // Someone else writes the file after it was opened.
  await writeFile(app.sampleFile, await readFile(app.sampleFile));
  const later = new Date(Date.now() + 60_000);
  await utimes(app.sampleFile, later, later);

  await shell.save();
  const dialog = app.page.getByTestId('dialog');
  await expect(dialog).toContainText('在打开之后被其他程序或窗口修改过');
  await app.page.getByTestId('dialog-cancel').click();
  await expect(shell.dirtyMark()).toBeVisible();

  await shell.save();
  await app.page.getByTestId('dialog-ok').click();
  await expect(shell.dirtyMark()).toHaveCount(0);
  expect(await readFile(app.sampleFile, 'utf8')).toContain('"1.00"');
});
