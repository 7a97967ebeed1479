// A clerk's work in the table grids: typing with Excel habits, subtotals that follow, pasting a block from
// Excel/WPS and undoing it in one step, adding a 功能分类 row, switching to 万元.
import { test, expect } from '../support/fixtures';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';

const SHOTS = 'tests/artifacts';

test.describe('公开03表 支出决算表', () => {
  test('a 项 value changes its 款, 类 and 合计 at once; undo puts them back', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await expect(t03.cell('2010501', 2)).toHaveText('26,643.00');
    await expect(t03.cell('20105', 2)).toHaveText('2,974,450.18');
    await expect(t03.cell('201', 2)).toHaveText('2,993,231.58');
    await expect(t03.cell('合计', 2)).toHaveText('5,591,809.19');
    await expect(shell.dirtyMark()).toHaveCount(0);

    await t03.type('2010501', 2, '126643');

    await expect(t03.cell('2010501', 2)).toHaveText('126,643.00');
    await expect(t03.cell('2010501', 1)).toHaveText('126,643.00');
    await expect(t03.cell('20105', 2)).toHaveText('3,074,450.18');
    await expect(t03.cell('201', 2)).toHaveText('3,093,231.58');
    await expect(t03.cell('合计', 2)).toHaveText('5,691,809.19');
    await expect(t03.cell('合计', 1)).toHaveText('42,043,654.36');
    // Enter commits and moves down, as in Excel.
    expect(await t03.focused()).toEqual({ row: '2010504', col: 'c2' });
    await expect(shell.dirtyMark()).toBeVisible();
    await app.page.screenshot({ path: `${SHOTS}/tables-t03-edited.png` });

    // Undo from another table brings the clerk back to where the change is undone.
    await shell.openTable('T01');
    await shell.undo();
    await expect(t03.root).toBeVisible();
    await expect(t03.cell('2010501', 2)).toHaveText('26,643.00');
    await expect(t03.cell('合计', 2)).toHaveText('5,591,809.19');
    await expect.poll(() => t03.focused()).toEqual({ row: '2010501', col: 'c2' });
    await shell.redo();
    await expect(t03.cell('合计', 2)).toHaveText('5,691,809.19');
  });

  test('computed cells are marked and cannot be typed into', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await expect(t03.cell('20105', 2)).toHaveClass(/js-computed/);
    await expect(t03.cell('2010501', 1)).toHaveClass(/js-computed/);
    await expect(t03.cell('2010501', 2)).not.toHaveClass(/js-computed/);
    await t03.select('20105', 2);
    await app.page.keyboard.type('5');
    await app.page.keyboard.press('Enter');
    await expect(t03.cell('20105', 2)).toHaveText('2,974,450.18');
    await expect(shell.dirtyMark()).toHaveCount(0);
  });

  test('unreadable input is refused at the cell and nothing changes', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    for (const [typed, reason] of [
      ['abc', '不是有效金额'],
      ['1.2.3', '多个小数点'],
      ['1.234', '最多 2 位'],
    ]) {
      await t03.type('2010501', 2, typed);
      await expect(t03.message()).toContainText(reason);
      await expect(t03.message()).toContainText('公开03表 2010501 基本支出');
      await expect(t03.cell('2010501', 2)).toHaveText('26,643.00');
    }
    await app.page.screenshot({ path: `${SHOTS}/tables-refused-input.png` });
    await expect(shell.dirtyMark()).toHaveCount(0);
  });

  test('Delete clears a cell as one undoable edit; Esc abandons an edit; Tab moves right', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await t03.select('2010501', 2);
    await app.page.keyboard.press('Delete');
    await expect(t03.cell('2010501', 2)).toHaveText('');
    await expect(t03.cell('合计', 2)).toHaveText('5,565,166.19');
    await shell.undo();
    await expect(t03.cell('2010501', 2)).toHaveText('26,643.00');

    await t03.select('2010501', 2);
    await app.page.keyboard.press('F2');
    await app.page.keyboard.type('999');
    await app.page.keyboard.press('Escape');
    await expect(t03.cell('2010501', 2)).toHaveText('26,643.00');

    await app.page.keyboard.press('Tab');
    expect(await t03.focused()).toEqual({ row: '2010501', col: 'c3' });
  });

  test('pasting a 3×2 block from Excel lands from the focused cell and undoes in one step', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await t03.select('2010501', 4);
    // As Excel/WPS put it on the clipboard: tabs, CRLF, a trailing newline, separators, a blank cell.
    await t03.paste('1,000.00\t2000\t300.5\r\n4,000.25\t\t6000\r\n');
    await expect(t03.done()).toContainText('已粘贴 6 个单元格');
    await expect(t03.cell('2010501', 4)).toHaveText('1,000.00');
    await expect(t03.cell('2010501', 5)).toHaveText('2,000.00');
    await expect(t03.cell('2010501', 6)).toHaveText('300.50');
    await expect(t03.cell('2010504', 4)).toHaveText('4,000.25');
    await expect(t03.cell('2010504', 5)).toHaveText('');
    await expect(t03.cell('2010504', 6)).toHaveText('6,000.00');
    await expect(t03.cell('合计', 4)).toHaveText('5,000.25');
    await expect(t03.cell('2010501', 1)).toHaveText('29,943.50');
    await app.page.screenshot({ path: `${SHOTS}/tables-pasted.png` });

    await shell.undo();
    for (const [row, col] of [
      ['2010501', 4],
      ['2010501', 5],
      ['2010501', 6],
      ['2010504', 4],
      ['2010504', 6],
    ] as const) {
      await expect(t03.cell(row, col)).toHaveText('');
    }
    await expect(t03.cell('2010501', 1)).toHaveText('26,643.00');
    // One paste, one step: nothing is left to undo.
    await expect(app.page.getByTestId('cmd-undo')).toBeDisabled();
  });

  test('a paste that would write a computed cell or an unreadable value is refused whole', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await t03.select('2010504', 2);
    // The second line lands on 20132 组织事务, a computed 款 row.
    await t03.paste('1\t2\n3\t4\n');
    await expect(t03.message()).toContainText('公开03表 20132');
    await expect(t03.message()).toContainText('自动计算');
    await expect(t03.cell('2010504', 2)).toHaveText('2,947,807.18');

    await t03.select('2010501', 4);
    await t03.paste('10\t1.2.3\n');
    await expect(t03.message()).toContainText('多个小数点');
    await expect(t03.cell('2010501', 4)).toHaveText('');
    await expect(shell.dirtyMark()).toHaveCount(0);
  });

  test('shift-arrow selects a rectangle that copies as TSV', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await t03.select('2010501', 2);
    // The grid must hold the focus before the keys are sent (on a loaded machine it can lag the click).
    await expect.poll(() => t03.focused()).toEqual({ row: '2010501', col: 'c2' });
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Shift+ArrowRight');
    await expect(t03.root.locator('.js-sel')).toHaveCount(4);
    expect(await t03.copy()).toBe('26643.00\t\r\n2947807.18\t647699.48');
  });

  test('adding a 功能分类 项 by code brings its 款 in code order; removing it is undoable', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await t03.addCode('2010102', '2010102');
    await expect(t03.cell('2010102', 2)).toBeVisible();
    // The new row takes the focus, ready for typing.
    await expect.poll(() => t03.focused()).toEqual({ row: '2010102', col: 'c2' });
    let ids = await t03.rowIds();
    expect(ids.slice(0, 5)).toEqual(['合计', '201', '20101', '2010102', '20105']);
    await expect(t03.root.locator('.ag-row[row-id="20101"] [col-id="lab0"]')).toHaveText('人大事务');
    await t03.type('2010102', 2, '500');
    await expect(t03.cell('20101', 2)).toHaveText('500.00');
    await expect(t03.cell('201', 2)).toHaveText('2,993,731.58');
    await app.page.screenshot({ path: `${SHOTS}/tables-added-row.png` });

    // By part of the name, too.
    await app.page.getByTestId('add-code-input').fill('一般行政管理');
    await expect(app.page.getByTestId('add-code-option-2010102')).toContainText('已有');
    await app.page.getByTestId('add-code-input').fill('');

    // Remove by the row's context menu…
    await t03.cell('2010102', 3).click({ button: 'right' });
    await app.page.getByTestId('row-menu-remove').click();
    await expect(t03.root.locator('.ag-row[row-id="2010102"]')).toHaveCount(0);
    ids = await t03.rowIds();
    expect(ids).not.toContain('20101');
    await expect(t03.cell('201', 2)).toHaveText('2,993,231.58');
    await shell.undo();
    await expect(t03.cell('2010102', 2)).toHaveText('500.00');
    // …or by the button, for the focused row.
    await t03.select('2010102', 3);
    await app.page.getByTestId('remove-row').click();
    await expect(t03.root.locator('.ag-row[row-id="2010102"]')).toHaveCount(0);
  });

  test('万元: display and entry follow the unit switch', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t03 = await shell.openTable('T03');
    await shell.setUnit('万元');
    await expect(app.page.getByTestId('title-unit')).toHaveText('金额单位：万元');
    await expect(t03.cell('合计', 1)).toHaveText('4,194.37');
    await expect(t03.cell('2010501', 2)).toHaveText('2.66');
    await t03.type('2010501', 2, '1.5');
    await expect(t03.cell('2010501', 2)).toHaveText('1.50');
    await app.page.screenshot({ path: `${SHOTS}/tables-wanyuan.png` });
    await shell.setUnit('元');
    await expect(t03.cell('2010501', 2)).toHaveText('15,000.00');
    await expect(t03.cell('合计', 2)).toHaveText('5,580,166.19');
  });
});

test('公开01表 shows income and spending side by side with 行次 and 栏次', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t01 = await shell.openTable('T01');
  await expect(app.page.getByTestId('title-block')).toContainText('收入支出决算总表');
  await expect(app.page.getByTestId('title-block')).toContainText('公开01表');
  await expect(app.page.getByTestId('title-block')).toContainText('部门名称：阳泉市大数据应用局');
  await expect(app.page.getByTestId('title-block')).toContainText('2022年度');
  await expect(t01.cell('1/32', 1)).toHaveText('23,066,415.36');
  await expect(t01.cell('1/32', 2)).toHaveText('3,640,931.06');
  // Blank numbered lines keep their 行次.
  await expect(t01.root.locator('.ag-row[row-id="9/40"] [col-id="no0"]')).toHaveText('9');
  await expect(t01.root.locator('.ag-row[row-id="栏次"] [col-id="c2"]')).toHaveText('2');
  await app.page.screenshot({ path: `${SHOTS}/tables-t01.png` });
});

test('新建 starts a blank filing from the template: only 合计 rows, 本表无数据, no findings', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  await app.page.getByTestId('cmd-new').click();
  await app.page.getByTestId('new-filing-ok').click();
  await expect(shell.fileName()).toContainText('未命名');
  await expect(app.page.getByTestId('meta-department')).toHaveValue('阳泉市大数据应用局');
  const t03 = await shell.openTable('T03');
  expect(await t03.rowIds()).toEqual(['合计']);
  await expect(app.page.getByTestId('no-data')).toHaveText('说明：本表无数据');
  await expect(shell.errorCount()).toHaveText('✖ 强制 0');
  await t03.addCode('2010501', '2010501');
  await t03.type('2010501', 2, '100');
  await expect(t03.cell('合计', 1)).toHaveText('100.00');
  await expect(app.page.getByTestId('no-data')).toHaveCount(0);
  // The new figure is not in 公开01表 yet, so the cross-table check says so.
  await expect(shell.navState('T03')).toContainText('✖');
});

test('a code missing from the catalogue can be added with its name, checked for shape and parent', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t03 = await shell.openTable('T03');
  const input = app.page.getByTestId('add-code-input');
  // A 项 under a 款 that does not exist is refused with the reason.
  await input.fill('2018850');
  await app.page.getByTestId('custom-code-start').click();
  await app.page.getByTestId('custom-code-name').fill('某专项');
  await app.page.getByTestId('custom-code-add').click();
  await expect(t03.message()).toContainText('上级款级科目 20188 不存在');
  expect(await t03.rowIds()).not.toContain('2018850');

  await input.fill('2013288');
  await app.page.getByTestId('custom-code-start').click();
  await app.page.getByTestId('custom-code-name').fill('党建专项工作');
  await app.page.getByTestId('custom-code-add').click();
  await expect(t03.root.locator('.ag-row[row-id="2013288"] [col-id="lab0"]')).toHaveText('党建专项工作');
  await t03.type('2013288', 2, '1000');
  await expect(t03.cell('20132', 2)).toHaveText('19,781.40');
});

test('the toolbar exports the tables to Excel into a chosen folder', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  await app.page.getByTestId('cmd-export').click();
  await app.page.getByTestId('cmd-export-xlsx').click();
  // The sample's 强制 errors stand: the app says the workbook will be marked a draft.
  await expect(app.page.getByTestId('dialog')).toContainText('审核未通过：强制 2 条');
  await app.page.getByTestId('dialog-ok').click();
  await expect(app.page.getByTestId('file-chooser')).toBeVisible();
  await app.page.getByTestId('chooser-dir').fill(app.dataDir);
  await app.page.getByTestId('chooser-name').fill('公开表');
  await app.page.getByTestId('chooser-ok').click();
  await expect(app.page.getByTestId('status-message')).toContainText('已导出', { timeout: 30_000 });
  expect(existsSync(join(app.dataDir, '公开表.xlsx'))).toBe(true);
});
