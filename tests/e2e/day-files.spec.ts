// The smaller rough edges of files (issue 16, item 13): a backup an open error points to can be chosen,
// a file of another kind is named as such, a file that is gone leaves 最近.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

test.use({ viewport: { width: 1366, height: 768 } });

test('the chooser lists .jsgk.bak backups, names a .docx as not openable, and a missing file leaves 最近', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  const dir = app.dataDir;
  await shell.saveAs(dir, '本年.jsgk');
  const t02 = await shell.openTable('T02');
  await t02.type('2120899', 3, '1000');
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);
  await writeFile(join(dir, '说明.docx'), '不是决算通文件');

  // The backup the save kept is offered and opens.
  await page.getByTestId('cmd-open').click();
  await page.getByTestId('chooser-dir').fill(dir);
  await expect(page.getByTestId('chooser-entry-本年.jsgk.bak')).toBeVisible();
  await expect(page.getByTestId('chooser-entry-说明.docx')).toHaveCount(0);
  // A .docx typed by name is not "missing": it is there, and not a filing.
  await page.getByTestId('chooser-name').fill('说明.docx');
  await page.getByTestId('chooser-ok').click();
  await expect(page.getByTestId('file-chooser')).toContainText('“说明.docx”不是可以在这里打开的文件');
  await expect(page.getByTestId('file-chooser')).not.toContainText('当前文件夹中没有文件');
  await page.getByTestId('chooser-entry-本年.jsgk.bak').click();
  await page.getByTestId('chooser-ok').click();
  await expect(shell.fileName()).toHaveText('本年.jsgk.bak');
  await expect((await shell.openTable('T02')).cell('2120899', 3)).toHaveText('18,877,239.00');

  // A file removed from disk fails to open once, then is gone from 最近.
  await shell.saveAs(dir, '将删除.jsgk');
  await shell.open(dir, '本年.jsgk');
  const gone = join(dir, '将删除.jsgk');
  expect(await shell.recentPaths()).toContain(gone);
  await rm(gone);
  await page.getByTestId('cmd-recent').click();
  await page.getByTestId('recent-list').locator(`button[title="${gone}"]`).click();
  await expect(page.getByTestId('dialog')).toContainText('找不到文件');
  await page.getByTestId('dialog-ok').click();
  expect(await shell.recentPaths()).not.toContain(gone);
});
