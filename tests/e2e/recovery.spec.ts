// Files you can trust: what is saved comes back the same; work left unsaved when the app died is offered
// back at the next start with what differs from the saved file; 新建 asks for template, year, name, unit.
import { test, expect } from '../support/fixtures';
import type { App } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { RecoveryStore } from '../../src/node/services/recovery-store';

const SHOTS = 'tests/artifacts';

interface Entry {
  id: string;
  path: string | null;
  filing: { tables: Record<string, Record<string, Record<string, string>>> };
}

/**
 * The copies on disk, read as the host reads them. Not through the API: a test's request is a window of
 * its own, and a live page's copies are not offered to another window.
 */
async function recoveryEntries(app: App): Promise<Entry[]> {
  return (await new RecoveryStore(app.dataDir).list()) as unknown as Entry[];
}

/** The shortest autosave interval the settings accept; the page reads it again before every wait. */
async function fastAutosave(app: App): Promise<void> {
  const r = await app.call('setSettings', { autosaveSeconds: 5 });
  expect(r.status).toBe(200);
  await app.page.reload();
}

test('save, reopen, see the same figures', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 2, '3000000');
  await expect(t03.cell('2010504', 1)).toHaveText('3,647,699.48');
  await expect(shell.dirtyMark()).toBeVisible();
  await shell.saveAs(app.dataDir, '保存后重开.jsgk');
  const figures = { c1: await t03.text('2010504', 1), c2: await t03.text('2010504', 2), total: await t03.text('合计', 1) };

  // Another file in between, so the figures really come from the saved file.
  await shell.open(app.dataDir, '示例-阳泉市大数据应用局-2022.jsgk');
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText('2,947,807.18');

  await shell.open(app.dataDir, '保存后重开.jsgk');
  await expect(shell.dirtyMark()).toHaveCount(0);
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText(figures.c2);
  await expect(t03.cell('2010504', 1)).toHaveText(figures.c1);
  await expect(t03.cell('合计', 1)).toHaveText(figures.total);
  expect(figures.c2).toBe('3,000,000.00');
});

test('edit, kill the host, start again and recover the edit, told how it differs from the saved file', async ({ app }) => {
  test.setTimeout(90_000);
  await fastAutosave(app);
  let shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 2, '3000000');
  await expect(shell.dirtyMark()).toBeVisible();
  // Nothing is written to the clerk's file; a recovery copy appears within the interval.
  await expect
    .poll(async () => (await recoveryEntries(app)).map((e) => [e.path, e.filing.tables.T03?.['2010504']?.['2']]), { timeout: 20_000, intervals: [500] })
    .toEqual([[app.sampleFile, '3000000.00']]);

  await app.crashAndRestart();
  shell = new AppPage(app.page);
  const dialog = app.page.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByTestId('recovery-file')).toContainText('示例-阳泉市大数据应用局-2022.jsgk');
  await expect(dialog.getByTestId('recovery-difference')).toHaveText('与已保存的文件相比：1 个单元格不同。');
  await expect(dialog.getByTestId('recovery-changes')).toContainText('公开03表 2010504 基本支出（栏2）：2,947,807.18 → 3,000,000.00');
  await app.page.screenshot({ path: `${SHOTS}/recovery-dialog.png` });
  await dialog.getByTestId('recovery-restore').click();
  await expect(dialog).toHaveCount(0);

  await shell.ready();
  await expect(shell.fileName()).toHaveText('示例-阳泉市大数据应用局-2022.jsgk');
  await expect(shell.dirtyMark()).toBeVisible();
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText('3,000,000.00');
  // The recovered work holds its file like any open file: another tab is refused it.
  expect(((await app.call('openFiling', app.sampleFile)).body.result as { code?: string }).code).toBe('already-open');

  // Saving puts the edit in the file and the copy is no longer offered.
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);
  await expect.poll(async () => (await recoveryEntries(app)).length).toBe(0);
  await app.crashAndRestart();
  shell = new AppPage(app.page);
  await shell.ready();
  await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 2)).toHaveText('3,000,000.00');
});

test('丢弃 drops the recovery copy and the saved file opens unchanged; 稍后 keeps it for the next start', async ({ app }) => {
  test.setTimeout(90_000);
  await fastAutosave(app);
  let shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 3, '1');
  await expect.poll(async () => (await recoveryEntries(app)).length, { timeout: 20_000, intervals: [500] }).toBe(1);

  await app.crashAndRestart();
  await expect(app.page.getByTestId('recovery-dialog')).toBeVisible({ timeout: 20_000 });
  await app.page.getByTestId('recovery-later').click();
  shell = new AppPage(app.page);
  await shell.ready();
  await expect(shell.dirtyMark()).toHaveCount(0);
  expect((await recoveryEntries(app)).length).toBe(1);

  await app.crashAndRestart();
  await expect(app.page.getByTestId('recovery-changes')).toContainText('公开03表 2010504 项目支出（栏3）：647,699.48 → 1.00', { timeout: 20_000 });
  await app.page.getByTestId('recovery-discard').click();
  await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
  shell = new AppPage(app.page);
  await shell.ready();
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 3)).toHaveText('647,699.48');
  expect(await recoveryEntries(app)).toEqual([]);
});

test('不保存 when opening another file drops that work\'s recovery copy, so it is not offered again', async ({ app }) => {
  test.setTimeout(90_000);
  await fastAutosave(app);
  const shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 3, '2');
  await expect.poll(async () => (await recoveryEntries(app)).length, { timeout: 20_000, intervals: [500] }).toBe(1);
  // AppPage.open answers the unsaved-changes question with 不保存.
  await shell.open(app.dataDir, '示例-阳泉市大数据应用局-2022.jsgk');
  t03 = await shell.openTable('T03');
  await expect(t03.cell('2010504', 3)).toHaveText('647,699.48');
  await expect.poll(async () => (await recoveryEntries(app)).length).toBe(0);
});

test('新建 asks for template, year, 部门名称 and 金额单位, and asks first about unsaved changes', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  let t03 = await shell.openTable('T03');
  await t03.type('2010504', 2, '1');
  await expect(shell.dirtyMark()).toBeVisible();

  // Unsaved changes: 新建 asks first, and 取消 keeps the work.
  await app.page.getByTestId('cmd-new').click();
  await expect(app.page.getByTestId('dialog')).toContainText('有未保存的修改');
  await app.page.getByTestId('dialog-cancel').click();
  await expect(app.page.getByTestId('new-filing-dialog')).toHaveCount(0);
  await expect(t03.cell('2010504', 2)).toHaveText('1.00');

  await app.page.getByTestId('cmd-new').click();
  await app.page.getByTestId('dialog-other').click();
  const dialog = app.page.getByTestId('new-filing-dialog');
  await expect(dialog).toBeVisible();
  // Every year from 2022 to this one; a template outside its years only with the plain warning.
  const yearSelect = app.page.getByTestId('new-filing-year');
  const templateSelect = app.page.getByTestId('new-filing-template');
  const note = app.page.getByTestId('new-filing-years-note');
  await expect(yearSelect.locator('option').first()).toHaveText(`${Math.max(2022, new Date().getFullYear())}年度`);
  await expect(yearSelect.locator('option').last()).toHaveText('2022年度');
  await yearSelect.selectOption('2024');
  await expect(templateSelect).toHaveValue('shanghai-2024');
  await expect(templateSelect.locator('option')).toHaveText(['上海市区级部门决算 2024年度', '山西省 2022年度 部门决算公开（非本年度表样）']);
  await expect(note).toHaveCount(0);
  await templateSelect.selectOption('shanxi-2022');
  await expect(note).toContainText('官方表样和审核口径可能已经调整');
  await yearSelect.selectOption('2022');
  await expect(templateSelect).toHaveValue('shanxi-2022');
  await expect(note).toHaveCount(0);
  await app.page.screenshot({ path: `${SHOTS}/new-filing-dialog.png` });
  await app.page.getByTestId('new-filing-department').fill('阳泉市测试中心');
  await app.page.getByTestId('new-filing-unit-万元').check();
  await app.page.getByTestId('new-filing-ok').click();
  await expect(dialog).toHaveCount(0);

  await expect(shell.fileName()).toContainText('未命名');
  await expect(shell.dirtyMark()).toHaveCount(0);
  await expect(app.page.getByTestId('meta-department')).toHaveValue('阳泉市测试中心');
  await expect(app.page.getByTestId('unit-switch')).toHaveValue('万元');
  t03 = await shell.openTable('T03');
  expect(await t03.rowIds()).toEqual(['合计']);
  await t03.addCode('2010501', '2010501');
  await t03.type('2010501', 2, '1.5');
  await expect(t03.cell('合计', 1)).toHaveText('1.50');
  await shell.setUnit('元');
  await expect(t03.cell('合计', 1)).toHaveText('15,000.00');

  // 取消 in the 新建 dialog changes nothing.
  await shell.saveAs(app.dataDir, '新单位.jsgk');
  await app.page.getByTestId('cmd-new').click();
  await app.page.getByTestId('new-filing-cancel').click();
  await expect(shell.fileName()).toHaveText('新单位.jsgk');
});
