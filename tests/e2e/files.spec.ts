// Files through the browser host as the running app uses them: the startup sample opens, the same file is
// refused to a second tab, saves are atomic with a backup and a conflict check, bad files are refused.
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';

test('the app opens the startup sample and holds it against a second tab', async ({ app }) => {
  await expect(app.page.getByText('阳泉市大数据应用局').first()).toBeVisible({ timeout: 30_000 });
  // app.call sends no tab id: to the host it is another tab.
  await expect
    .poll(async () => ((await app.call('openFiling', app.sampleFile)).body.result as { code?: string }).code, { timeout: 15_000 })
    .toBe('already-open');
});

test('the page talks to its host with the session it traded its code for, and a reload keeps its hold', async ({ app }) => {
  await expect(app.page.getByText('阳泉市大数据应用局').first()).toBeVisible({ timeout: 30_000 });
  // The code left the address at once; the session is in this tab's sessionStorage, not in a cookie.
  expect(app.page.url()).toBe(app.url);
  expect(await app.page.evaluate(() => document.cookie)).toBe('');
  expect(await app.page.evaluate(() => sessionStorage.getItem('juesuan-session'))).toBe(app.token);
  await app.page.reload();
  await expect(app.page.getByText('阳泉市大数据应用局').first()).toBeVisible({ timeout: 30_000 });
  const refusals = app.log.filter((l) => l.includes('拒绝'));
  expect(refusals).toEqual([]);
});

test('save, save again with a backup, and a conflict when the file changed on disk', async ({ app }) => {
  const sample = (await app.call('sampleFiling')).body.result;
  const file = join(app.dataDir, '另存.jsgk');
  const first = (await app.call('saveFiling', { path: file, filing: sample })).body.result as { ok: boolean; mtimeMs: number };
  expect(first.ok).toBe(true);
  const second = (await app.call('saveFiling', { path: file, filing: sample, expectedMtimeMs: first.mtimeMs })).body.result as { ok: boolean; mtimeMs: number };
  expect(second.ok).toBe(true);
  expect((await readdir(app.dataDir)).filter((n) => n.startsWith('另存'))).toEqual(['另存.jsgk', '另存.jsgk.bak']);
  await utimes(file, new Date(), new Date(Date.now() + 10_000));
  const conflict = (await app.call('saveFiling', { path: file, filing: sample, expectedMtimeMs: second.mtimeMs })).body.result as { ok: boolean; code?: string; message?: string };
  expect(conflict).toMatchObject({ ok: false, code: 'conflict' });
  expect(conflict.message).toContain('改动过');
  const reopened = (await app.call('openFiling', file)).body.result as { ok: boolean; filing: unknown };
  expect(reopened.ok).toBe(true);
  expect(reopened.filing).toEqual(sample);
});

test('a damaged file is refused with a message naming it, and nothing is written', async ({ app }) => {
  // A folder of its own: the running app writes settings and recovery copies into the data folder.
  const folder = join(app.dataDir, 'inbox');
  await mkdir(folder);
  const file = join(folder, '损坏.jsgk');
  const text = (await readFile(app.sampleFile, 'utf8')).slice(0, 500);
  await writeFile(file, text);
  const before = (await readdir(folder)).sort();
  const r = (await app.call('openFiling', file)).body.result as { ok: boolean; message: string };
  expect(r.ok).toBe(false);
  expect(r.message).toContain('损坏.jsgk');
  expect((await readdir(folder)).sort()).toEqual(before);
  expect(await readFile(file, 'utf8')).toBe(text);
});

test('the in-app chooser can list the data folder', async ({ app }) => {
  const listing = (await app.call('listDir', app.dataDir)).body.result as { entries: Array<{ name: string; kind: string }> };
  expect(listing.entries.map((e) => e.name)).toContain('示例-阳泉市大数据应用局-2022.jsgk');
});
