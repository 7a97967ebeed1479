// Small defects of the clerk's screens at 1366×768: each navigation entry names what it opens (上海's
// input table is 情况说明数据, not a second 情况说明); an undo of a reason slot comes back at the slot; what
// the grid did is said in the status bar, not over the next line's fill handle; a stated total shows as
// the filing states it (and prints), the sum of its parts in its flag and tooltip.
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';
import { GridPage } from './pages/grid-page';
import { NarrativePage } from './pages/narrative-page';

const SHOTS = 'tests/artifacts';
test.use({ viewport: { width: 1366, height: 768 } });

test('上海 2024: every navigation entry has its own name, and each opens what it names', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  // 山西: the tables go by their 表号, as before.
  expect((await shell.navLabels()).slice(0, 3)).toEqual(['概况', '公开01表', '公开02表']);

  await shell.openSample('shanghai-2024');
  const labels = await shell.navLabels();
  expect(labels).toEqual(['概况', '表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九', '情况说明数据', '绩效自评', '情况说明', '审阅意见', '审核公式']);
  expect(new Set(labels).size).toBe(labels.length);
  await expect(page.getByTestId('nav-SHN')).toContainText('不作为公开表印出');
  await page.screenshot({ path: `${SHOTS}/nav-shanghai-1366.png` });

  await page.getByTestId('nav-SHN').click();
  await expect(page.getByTestId('table-SHN')).toContainText('情况说明数据（不作为公开表印出）');
  await expect(new GridPage(page, 'SHN').cell('接待人次', 1)).toHaveText('26');
  await new NarrativePage(page).open();
  await expect(page.getByTestId('nv-view')).toContainText('第三部分 情况说明');
  // The findings panel groups by the same names.
  await expect(new FindingsPage(page).group('SHN')).toContainText('情况说明数据');
});

test('undo and redo of a reason slot open the 情况说明 at that slot with the cursor in it', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const narrative = new NarrativePage(page);
  await shell.ready();
  await narrative.open();
  // A slot offered only on request, at the foot of the page: after the undo it is empty again and would
  // not be offered, yet it is the step undone, so it stays on screen.
  await narrative.showAllSlots();
  await narrative.writeReason('perf.other', '本年度无其他需要说明的事项。');

  await shell.openTable('T01');
  await shell.undo();
  await expect(shell.statusMessage()).toHaveText('已撤销：修改 情况说明 预算绩效的其他需要说明的事项');
  await expect(narrative.slot('perf.other')).toHaveValue('');
  await expect(narrative.slot('perf.other')).toBeFocused();
  await expect(narrative.slot('perf.other')).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/narrative-undo-slot-1366.png` });

  // Ctrl+Y from the slot (not typed in since it took the focus) redoes the step, again at the slot.
  await shell.redo();
  await expect(shell.statusMessage()).toHaveText('已恢复：修改 情况说明 预算绩效的其他需要说明的事项');
  await expect(narrative.slot('perf.other')).toHaveValue('本年度无其他需要说明的事项。');
  await expect(narrative.slot('perf.other')).toBeFocused();
  await expect(narrative.slot('perf.other')).toBeInViewport();

  // From one slot to another: the undo moves the cursor to the slot it restores.
  await narrative.slot('total').scrollIntoViewIfNeeded();
  await narrative.slot('total').click();
  await shell.undo();
  await expect(narrative.slot('perf.other')).toBeFocused();
  await expect(narrative.slot('perf.other')).toHaveValue('');

  // A cell's undo still lands on its cell.
  const t01 = await shell.openTable('T01');
  await t01.type('1/32', 1, '100');
  await narrative.open();
  await shell.undo();
  await expect.poll(() => t01.focused()).toEqual({ row: '1/32', col: 'c1' });
});

test('the fill handle: 已填充 is said in the status bar, and the next line’s handle can be pressed at once', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  const t05 = await shell.openTable('T05');

  await t05.select('2010501', 2);
  await t05.dragFill(['2010501', 2], ['2010501', 3]);
  await expect(t05.cell('2010501', 3)).toHaveText('26,643.00');
  await expect(t05.done()).toHaveText('已填充 1 个单元格（Ctrl+Z 可撤销）。');
  await expect(t05.message()).toHaveCount(0);
  // The line below: its fill handle is not covered (the message used to sit there for 4 s).
  expect(await t05.fillHandleFree('2010504', 2)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/grid-fill-status-1366.png` });

  await t05.select('2010504', 2);
  await t05.dragFill(['2010504', 2], ['2010504', 3]);
  await expect(t05.cell('2010504', 3)).toHaveText('2,947,807.18');
  await expect(t05.done()).toHaveText('已填充 1 个单元格（Ctrl+Z 可撤销）。');

  // A refusal is about the cell just typed in: it still shows there, and goes once the table changes.
  await t05.type('2010501', 2, '1.2.3');
  await expect(t05.message()).toContainText('多个小数点');
  await expect(t05.cell('2010501', 2)).toHaveText('26,643.00');
  await shell.undo();
  await expect(t05.message()).toHaveCount(0);

  // A dash typed alone states a zero, as an imported dash does (a blank is a figure not given).
  await t05.type('2010501', 3, '-');
  await expect(t05.cell('2010501', 3)).toHaveText('0.00');
  await t05.select('2010501', 3);
  await page.keyboard.press('Delete');
  await expect(t05.cell('2010501', 3)).toHaveText('');
});

test('普陀 表六: the stated 302 total shows as printed (440.90); its flag and tooltip give the sum 440.88 and the gap', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const findings = new FindingsPage(page);
  await shell.ready();
  await shell.openSample('shanghai-2024');
  // The findings are the engine's, unchanged by what the grid shows.
  await expect(shell.errorCount()).toHaveText('✖ 强制 3');
  await expect(shell.warningCount()).toContainText('⚠ 提示 7');

  const sh06 = await shell.openTable('SH06');
  await expect(sh06.cell('301/302', 1001)).toHaveText('440.90');
  await expect(sh06.cell('301/302', 1001)).toHaveClass(/js-warn/);
  const tip = await sh06.tooltip('301/302', 1001);
  expect(tip).toContain('302 商品和服务支出 填报数 440.90 ≠');
  expect(tip).toContain('显示的是原表填报数 440.90（导出和打印也用此数）；下级数据之和 440.88，差 0.02');
  await expect(findings.finding('302 商品和服务支出 填报数 440.90')).toContainText('之和 440.88，差 0.02');
  // A total whose stated figure is its sum says nothing more.
  await expect(sh06.cell('301/302', 1)).toHaveText('4,816.14');
  expect(await sh06.tooltip('301/302', 1)).not.toContain('原表填报数');
  await page.screenshot({ path: `${SHOTS}/shanghai-sh06-stated-1366.png` });

  // The printed figure pasted onto it (from the source's workbook, two decimals) is the figure it shows:
  // nothing to change, no refusal. The sum of the parts is not what it shows, and is refused.
  await sh06.select('301/302', 1001);
  expect(await sh06.copy()).toBe('440.90');
  await sh06.paste('440.90');
  await expect(sh06.done()).toContainText('与计算结果一致，无需修改');
  await expect(sh06.message()).toHaveCount(0);
  await sh06.paste('440.88');
  await expect(sh06.message()).toContainText('粘贴的是 440.88，原表填报数为 440.90');

  // An edit of a part drops the stated figure: the cell shows the sum of the parts, which now agree.
  await expect(sh06.cell('30101/30201', 1001)).toHaveText('84.62');
  await sh06.type('30101/30201', 1001, '84.64');
  await expect(sh06.cell('301/302', 1001)).toHaveText('440.90');
  await expect(sh06.cell('301/302', 1001)).not.toHaveClass(/js-warn/);
  expect(await sh06.tooltip('301/302', 1001)).not.toContain('原表填报数');

  // Undo brings the stated figure back, with its flag and the same counts.
  await shell.undo();
  await expect(sh06.cell('30101/30201', 1001)).toHaveText('84.62');
  await expect(sh06.cell('301/302', 1001)).toHaveText('440.90');
  await expect(sh06.cell('301/302', 1001)).toHaveClass(/js-warn/);
  expect(await sh06.tooltip('301/302', 1001)).toContain('下级数据之和 440.88，差 0.02');
  await expect(shell.errorCount()).toHaveText('✖ 强制 3');
  await expect(shell.warningCount()).toContainText('⚠ 提示 7');
});
