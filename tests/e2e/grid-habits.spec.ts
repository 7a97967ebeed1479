// Excel habits at 1366×768: the fill handle in four directions, zoom that scales the columns as well as
// the text, 公开01表 fully visible, and 生成下一年度文件 asking 保存 / 不保存 / 取消.
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

test.use({ viewport: { width: 1366, height: 768 } });

const SHOTS = 'tests/artifacts';

test('公开01表 at 1366×768: the last column is not hidden under the scrollbar', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t01 = await shell.openTable('T01');
  await expect(t01.cell('1/32', 2)).toHaveText('3,640,931.06');
  // Every column's right edge is the cell itself, the last one's too (not the grid's scrollbar over it).
  expect(await t01.rightEdgeVisible('1/32', 2)).toBe(true);
  expect(await t01.rightEdgeVisible('1/32', 1)).toBe(true);
  const grid = (await t01.root.boundingBox())!;
  const last = (await t01.cell('1/32', 2).boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(grid.x + grid.width);
  await app.page.screenshot({ path: `${SHOTS}/grid-1366-T01.png` });
});

test('the fill handle fills right, left and up as well as down: entered cells only, one undo step each', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t05 = await shell.openTable('T05');

  // Right: 基本支出 into 项目支出 of the same line.
  await t05.select('2010501', 2);
  await t05.dragFill(['2010501', 2], ['2010501', 3]);
  await expect(t05.cell('2010501', 3)).toHaveText('26,643.00');
  await expect(t05.done()).toContainText('已填充 1 个单元格');
  await expect(t05.cell('2010501', 1)).toHaveText('53,286.00');
  await shell.undo();
  await expect(t05.cell('2010501', 3)).toHaveText('');

  // Left over the computed 合计 (栏1): only the entered 栏2 is filled.
  await t05.select('2010504', 3);
  await t05.dragFill(['2010504', 3], ['2010504', 1]);
  await expect(t05.cell('2010504', 2)).toHaveText('647,699.48');
  await expect(t05.done()).toContainText('已填充 1 个单元格');
  await expect(t05.cell('2010504', 1)).toHaveText('1,295,398.96');
  await shell.undo();
  await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');

  // Up across the computed 款 20132: the two entered lines above take the value, in one step.
  await t05.select('2013299', 2);
  await t05.dragFill(['2013299', 2], ['2010501', 2]);
  await expect(t05.cell('2010501', 2)).toHaveText('18,781.40');
  await expect(t05.cell('2010504', 2)).toHaveText('18,781.40');
  await expect(t05.done()).toContainText('已填充 2 个单元格');
  await expect(t05.selected()).toHaveCount(4);
  await app.page.screenshot({ path: `${SHOTS}/grid-1366-fill-up.png` });
  await shell.undo();
  await expect(t05.cell('2010501', 2)).toHaveText('26,643.00');
  await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');
  await expect(shell.statusMessage()).toContainText('已撤销：填充');
});

test('zoom scales the columns and rows with the text, as Excel does', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const t05 = await shell.openTable('T05');
  await t05.select('2010504', 2);
  const width = await t05.columnWidth(2);
  const height = (await t05.cell('2010504', 2).boundingBox())!.height;
  await app.page.keyboard.press('Control+=');
  await app.page.keyboard.press('Control+=');
  // 125%: every width and height by the same factor (to the pixel).
  await expect.poll(() => t05.columnWidth(2)).toBeCloseTo(width * 1.25, -0.5);
  expect((await t05.cell('2010504', 2).boundingBox())!.height).toBeCloseTo(height * 1.25, -0.5);
  await expect(t05.cell('2010504', 2)).toHaveText('2,947,807.18');
  await app.page.screenshot({ path: `${SHOTS}/grid-1366-zoom-125.png` });
  await app.page.keyboard.press('Control+0');
  await expect.poll(() => t05.columnWidth(2)).toBe(width);
});

test('生成下一年度文件 with unsaved changes asks 保存 / 不保存 / 取消, as Excel does', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 2, '1');
  await expect(shell.dirtyMark()).toBeVisible();
  const ask = async () => {
    await app.page.getByTestId('nav-narrative').click();
    await app.page.getByTestId('nv-next-year').click();
    const dialog = app.page.getByTestId('dialog');
    await expect(dialog).toContainText('生成2023年度文件之前要保存吗');
    await expect(dialog.getByRole('button')).toHaveText(['保存', '不保存', '取消']);
  };

  // 取消: nothing happens.
  await ask();
  await app.page.getByTestId('dialog-cancel').click();
  await expect(shell.fileName()).toHaveText('示例-阳泉市大数据应用局-2022.jsgk');
  await expect(shell.dirtyMark()).toBeVisible();

  // 保存: the edit is in the file, then next year's filing opens (unsaved) and the old file is let go.
  await ask();
  await app.page.getByTestId('dialog-ok').click();
  await expect(shell.fileName()).toContainText('未命名');
  await expect(shell.statusMessage()).toContainText('已生成2023年度文件');
  expect(((await app.call('openFiling', app.sampleFile)).body.result as { ok: boolean }).ok).toBe(true);
  await app.call('closeFiling', app.sampleFile);
  await shell.open(app.dataDir, '示例-阳泉市大数据应用局-2022.jsgk');
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText('1.00');

  // 不保存: next year's filing opens and the file keeps what was saved.
  await t03.type('2010504', 2, '2');
  await ask();
  await app.page.getByTestId('dialog-other').click();
  await expect(shell.fileName()).toContainText('未命名');
  await shell.open(app.dataDir, '示例-阳泉市大数据应用局-2022.jsgk');
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText('1.00');
});
