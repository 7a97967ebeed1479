// Two windows (tabs of the browser host) on one data folder: a second window is never offered the first
// one's live autosave; once the first crashes (nothing of its own runs), the next window offers it back.
import { test, expect } from '../support/fixtures';
import type { App } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { StartPage } from './pages/start-page';
import { RecoveryStore } from '../../src/node/services/recovery-store';

test.use({ viewport: { width: 1366, height: 768 } });

const copiesOnDisk = async (app: App) => (await new RecoveryStore(app.dataDir).list()).map((e) => [e.path, e.filing.tables.T03?.['2010504']?.['2']]);

test('a second window is not offered the first window’s live autosave; after the first crashes, the next window is', async ({ app }) => {
  test.setTimeout(120_000);
  expect((await app.call('setSettings', { autosaveSeconds: 5 })).status).toBe(200);
  await app.page.reload();
  const first = new AppPage(app.page);
  await first.ready();
  const t03 = await first.openTable('T03');
  await t03.type('2010504', 2, '3000000');
  await expect.poll(() => copiesOnDisk(app), { timeout: 20_000, intervals: [500] }).toEqual([[app.sampleFile, '3000000.00']]);

  // The second window starts while the first is alive: no offer, and the copy stays on disk.
  // It asks for copies first, then opens the startup file, which the first window holds: that refusal
  // showing means the question about copies was already answered, with nothing to offer.
  const second = await app.openTab();
  await expect(second.getByTestId('dialog')).toContainText('已在另一个窗口中打开');
  await expect(second.getByTestId('recovery-dialog')).toHaveCount(0);
  await second.getByTestId('dialog-ok').click();
  // The startup file could not be opened here, so this window shows the 起始页 (not a second copy of the file).
  await new StartPage(second).visible();
  await expect(second.getByTestId('recovery-dialog')).toHaveCount(0);
  expect(await copiesOnDisk(app)).toEqual([[app.sampleFile, '3000000.00']]);

  // The first window crashes: no unload handler, no request of its own. The host sees its presence end.
  await app.crashPage(app.page);
  const third = await app.openTab();
  const dialog = third.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByTestId('recovery-file')).toContainText('示例-阳泉市大数据应用局-2022.jsgk');
  await expect(dialog.getByTestId('recovery-changes')).toContainText('公开03表 2010504 基本支出（栏2）：2,947,807.18 → 3,000,000.00');
  await third.screenshot({ path: 'tests/artifacts/recovery-second-window-1366.png' });
  await dialog.getByTestId('recovery-restore').click();
  const shell = new AppPage(third);
  await shell.ready();
  // The crashed window's hold on the file ended with it: the work is restored on the file itself.
  await expect(shell.fileName()).toHaveText('示例-阳泉市大数据应用局-2022.jsgk');
  await expect(shell.dirtyMark()).toBeVisible();
  await expect((await shell.openTable('T03')).cell('2010504', 2)).toHaveText('3,000,000.00');
  await second.close();
  await third.close();
});
