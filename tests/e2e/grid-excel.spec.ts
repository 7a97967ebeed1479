// Excel habits in the grid at 1366×768 with the findings panel open (issue 16, items 1–5): pasting a column
// copied from the clerk's own sheet across a subtotal row, block selection, copy/cut/fill, find across
// tables, undo that says what it undoes, the keyboard into and through the grid, a figure too long.
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';
import { GridPage } from './pages/grid-page';

const SHOTS = 'tests/artifacts';
test.use({ viewport: { width: 1366, height: 768 } });

test.describe('公开05表 paste across a subtotal row', () => {
  test('figures equal to the computed 款 are skipped; the rest is pasted as one step', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t05 = await shell.openTable('T05');
    await t05.select('2010504', 2);
    await t05.paste('2,947,807.18\t647,699.48\n18,781.40\t\n18,781.40\t\n');
    await expect(t05.done()).toContainText('已粘贴 4 个单元格');
    await expect(t05.done()).toContainText('2 个自动计算的单元格与粘贴的数一致，已跳过');
    await expect(t05.cell('20132', 2)).toHaveText('18,781.40');
    await app.page.screenshot({ path: `${SHOTS}/grid-1366-paste-subtotal.png` });
  });

  test('after the paste its own edits count: a changed 项 with its new 款 is accepted', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t05 = await shell.openTable('T05');
    await t05.select('2010504', 2);
    await t05.paste('2,947,807.18\t647,699.48\n19,000.00\t\n19,000.00\t\n');
    await expect(t05.done()).toContainText('已粘贴');
    await expect(t05.cell('2013299', 2)).toHaveText('19,000.00');
    await expect(t05.cell('20132', 2)).toHaveText('19,000.00');
  });

  test('a 款 that differs refuses the paste, naming the row with both figures', async ({ app }) => {
    const shell = new AppPage(app.page);
    await shell.ready();
    const t05 = await shell.openTable('T05');
    await t05.select('2010504', 2);
    await t05.paste('1,000.00\t647,699.48\n18,000.00\t\n18,781.40\t\n');
    const msg = t05.message();
    await expect(msg).toContainText('20132');
    await expect(msg).toContainText('粘贴的是 18,000.00，自动计算为 18,781.40');
    await expect(msg).toContainText('未粘贴任何数据');
    await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');
    await expect(shell.dirtyMark()).toHaveCount(0);
  });
});

test('block: drag, Shift+click, copy, cut (entered cells only), Ctrl+D and the fill handle', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t05 = await shell.openTable('T05');
  await t05.dragSelect(['2010504', 2], ['2013299', 3]);
  await expect(t05.selected()).toHaveCount(6);
  expect(await t05.copy()).toBe('2947807.18\t647699.48\r\n18781.40\t\r\n18781.40\t');

  await t05.select('2010504', 2);
  await t05.shiftClick('20132', 3);
  await expect(t05.selected()).toHaveCount(4);

  await t05.dragSelect(['2010504', 2], ['2013299', 3]);
  expect(await t05.cut()).toBe('2947807.18\t647699.48\r\n18781.40\t\r\n18781.40\t');
  await expect(t05.done()).toContainText('清除了 3 个录入的单元格');
  await expect(t05.cell('2010504', 2)).toHaveText('');
  await expect(t05.cell('20132', 2)).toHaveText('');
  await shell.undo();
  await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');
  await expect(t05.cell('2013299', 2)).toHaveText('18,781.40');
  await expect(shell.statusMessage()).toContainText('已撤销：剪切 公开05表');

  // Ctrl+D: the block fills from its top row; the computed 款 between is left to compute.
  await t05.select('2010504', 2);
  await t05.shiftClick('2013299', 2);
  await app.page.keyboard.press('Control+d');
  await expect(t05.cell('2013299', 2)).toHaveText('2,947,807.18');
  await expect(t05.cell('20132', 2)).toHaveText('2,947,807.18');
  await shell.undo();
  await expect(t05.cell('2013299', 2)).toHaveText('18,781.40');

  // The fill handle dragged from 2010501 down over 2010504.
  await t05.select('2010501', 2);
  await t05.dragFill(['2010501', 2], ['2010504', 2]);
  await expect(t05.cell('2010504', 2)).toHaveText('26,643.00');
  await expect(t05.done()).toContainText('已填充 1 个单元格');
  await app.page.screenshot({ path: `${SHOTS}/grid-1366-block.png` });
});

test('Ctrl+F finds by code, name or amount across tables and jumps to the cell', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  await shell.openTable('T01');
  const bar = await shell.find('647,699.48');
  await expect(bar.getByTestId('find-count')).toContainText('共');
  const hit = bar.getByTestId('find-hit').filter({ hasText: '公开05表 2010504' });
  await expect(hit).toHaveCount(1);
  await hit.click();
  const t05 = new GridPage(app.page, 'T05');
  await expect.poll(() => t05.focused()).toEqual({ row: '2010504', col: 'c3' });

  await app.page.getByTestId('find-input').fill('2013299');
  await app.page.getByTestId('find-input').press('Enter');
  await expect(bar.getByTestId('find-hit').first()).toContainText('2013299');
  await app.page.getByTestId('find-input').fill('行政运行');
  await app.page.getByTestId('find-input').press('Enter');
  await expect(bar.getByTestId('find-hit').first()).toContainText('行政运行');
  await app.page.screenshot({ path: `${SHOTS}/grid-1366-find.png` });
});

test('undo says what it undoes; the unit switch is not a step; an 出错说明 is undone only as the latest step', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  await findings.explain('30110+30111', '差额为单位自有资金缴纳的医疗保险。');
  await expect(shell.warningCount()).toContainText('已说明 1');

  const t05 = await shell.openTable('T05');
  await t05.type('2010504', 2, '100');
  await shell.setUnit('万元');
  await t05.select('2010501', 2);
  await shell.undo();
  await expect(shell.statusMessage()).toHaveText('已撤销：输入 公开05表 2010504 基本支出（栏2）');
  await expect(t05.cell('2010504', 2)).toHaveText('294.78');
  await expect(app.page.getByTestId('unit-switch')).toHaveValue('万元');
  await expect.poll(() => t05.focused()).toEqual({ row: '2010504', col: 'c2' });
  await expect(shell.warningCount()).toContainText('已说明 1');

  // Now the 出错说明 is the latest step, and the status says that is what was undone.
  await shell.undo();
  await expect(shell.statusMessage()).toContainText('已撤销：出错说明（审核结果面板）');
  await expect(shell.warningCount()).not.toContainText('已说明 1');
});

test('one key enters the grid at its first entered cell; Tab moves between entered cells only', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t01 = await shell.openTable('T01');
  await app.page.getByTestId('nav-T01').focus();
  await app.page.keyboard.press('F2');
  const first = await t01.focused();
  expect(first.col).toMatch(/^c\d+$/);
  await expect(t01.cell(first.row!, Number(first.col!.slice(1)))).not.toHaveClass(/js-computed|js-na/);
  // Tab from the page (the last control before the grid: the sample's 示例 banner, after the navigation):
  // the grid's header takes one Tab, the next is the first entered cell.
  await app.page.getByTestId('sample-new').focus();
  await app.page.keyboard.press('Tab');
  await app.page.keyboard.press('Tab');
  expect(await t01.focused()).toEqual(first);
  for (let i = 0; i < 4; i++) {
    await app.page.keyboard.press('Tab');
    const f = await t01.focused();
    expect(f.col).toMatch(/^c\d+$/);
    await expect(t01.cell(f.row!, Number(f.col!.slice(1)))).not.toHaveClass(/js-computed|js-na/);
  }
  const t05 = await shell.openTable('T05');
  await app.page.getByTestId('nav-T05').focus();
  await app.page.keyboard.press('Control+ArrowDown');
  expect(await t05.focused()).toEqual({ row: '2010501', col: 'c2' });
});

test('a 40-digit number is refused saying it is too long, and the cell keeps its value', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t05 = await shell.openTable('T05');
  await t05.type('2010504', 2, '1234567890123456789012345678901234567890');
  await expect(t05.message()).toContainText('数字太长：整数部分有 40 位，最多 15 位整数');
  await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');
  await t05.type('2010501', 2, '1.2万');
  await expect(t05.cell('2010501', 2)).toHaveText('12,000.00');
});

test('zoom: Ctrl+= enlarges the grid, Ctrl+0 restores it, kept in the settings', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t05 = await shell.openTable('T05');
  await t05.select('2010504', 2);
  const before = (await t05.cell('2010504', 2).boundingBox())!.height;
  await app.page.keyboard.press('Control+=');
  await expect.poll(async () => (await t05.cell('2010504', 2).boundingBox())!.height).toBeGreaterThan(before);
  const r = await app.call('getSettings');
  expect((r.body.result as { gridZoom?: number }).gridZoom).toBe(110);
  await app.page.keyboard.press('Control+0');
  await expect.poll(async () => (await t05.cell('2010504', 2).boundingBox())!.height).toBe(before);
});

test('at 1366×768 with the findings panel open every table keeps its labels and first figures in view', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  await expect(findings.root).toBeVisible();
  const panel = (await findings.root.boundingBox())!;
  for (const table of ['T01', 'T02', 'T05', 'T06']) {
    const grid = await shell.openTable(table);
    const box = (await grid.root.boundingBox())!;
    // The grid sits left of the panel, wide and tall enough to work in.
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + 1);
    expect(box.width).toBeGreaterThan(700);
    expect(box.height).toBeGreaterThan(300);
    const first = grid.root.locator('.ag-row:not([row-id="栏次"]) [col-id="c1"]').first();
    const cell = (await first.boundingBox())!;
    expect(cell.x + cell.width).toBeLessThanOrEqual(panel.x);
    await app.page.screenshot({ path: `${SHOTS}/grid-1366-${table}-findings.png` });
  }
});
