// The real app, where an Electron binary exists: it starts on the sample, the page is served from
// app://juesuan/ (and file:// is refused), the window is locked down, the page sees window.host (named
// functions only) and no Node, the menu is there, and a second launch hands its file over and quits.
// Where no binary exists (offline machines), every test here is skipped with one printed reason.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { getApplicationMenu, stubAllDialogs } from 'electron-playwright-helpers';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/global-setup';
import { electronBinary } from '../support/electron-binary';
import { writeSampleIfMissing } from '../../src/node/server/main';

const binary = electronBinary(ROOT);
if (!binary) {
  console.log('tests/electron：未找到 Electron 运行程序（node_modules/electron/dist 为空，且未设置 ELECTRON_EXEC_PATH），跳过 Electron 冒烟测试；同样的界面已由 tests/e2e 通过浏览器模式测试。');
}
test.skip(!binary, 'no Electron binary on this machine (offline install); the browser host e2e suite covers the UI');

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'juesuan-electron-'));
  const sample = join(dataDir, '示例.jsgk');
  await writeSampleIfMissing(sample);
  app = await electron.launch({
    executablePath: binary!,
    args: [ROOT],
    env: { ...process.env, JUESUAN_DATA_DIR: dataDir, JUESUAN_STARTUP_FILE: sample },
  });
  await stubAllDialogs(app);
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('the window is locked down', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): object }).getLastWebPreferences());
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
});

test('window.host exposes named functions only, and answers as the Electron host', async () => {
  const shape = await page.evaluate(() => Object.entries((window as unknown as { host?: object }).host ?? {}).map(([k, v]) => `${k}:${typeof v}`));
  expect(shape.length).toBeGreaterThan(10);
  expect(shape.every((s) => s.endsWith(':function'))).toBe(true);
  expect(shape.some((s) => s.startsWith('ipcRenderer') || s.startsWith('invoke:') || s.startsWith('send:'))).toBe(false);
  const info = await page.evaluate(() => (window as unknown as { host: { info(): Promise<{ kind: string; startupFile: string | null }> } }).host.info());
  expect(info.kind).toBe('electron');
  expect(info.startupFile).toContain('示例.jsgk');
});

test('navigation and new windows are refused', async () => {
  await page.evaluate(() => window.open('https://example.com/'));
  expect(app.windows().length).toBe(1);
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});

test('the menu has 文件, 编辑, 视图, 帮助', async () => {
  const menu = await getApplicationMenu(app);
  expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
});

test('the page is served from app://juesuan/, and only our files are', async () => {
  expect(page.url()).toBe('app://juesuan/index.html');
  const status = (url: string) => page.evaluate((u) => fetch(u).then((r) => r.status, () => -1), url);
  expect(await status('app://juesuan/index.html')).toBe(200);
  expect(await status('app://juesuan/assets/..%2f..%2f..%2fpackage.json')).toBe(400);
  expect(await status('app://juesuan/%2e%2e/%2e%2e/package.json')).toBe(404);
});

test('navigation to file:// is refused, the built page included', async () => {
  const before = page.url();
  for (const target of ['file:///etc/passwd', `file://${join(ROOT, 'out/renderer/index.html')}`]) {
    await page.evaluate((t) => {
      window.location.href = t;
    }, target);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  }
});

test('打印… in 打印预览 opens the system print dialog through webContents.print, on a window that runs no script', async () => {
  // The dialog itself is the OS's: the hidden print window's print() is replaced to record what it was asked.
  await app.evaluate(({ app: electronApp }) => {
    electronApp.on('browser-window-created', (_e, win) => {
      const wc = win.webContents as unknown as { print(o: unknown, cb: (ok: boolean, why: string) => void): void; getLastWebPreferences(): { javascript?: boolean } };
      wc.print = (options, cb) => {
        (globalThis as { printed?: unknown }).printed = { options, javascript: wc.getLastWebPreferences().javascript };
        cb(false, 'cancelled');
      };
    });
  });
  await page.getByTestId('cmd-print-preview').click();
  await expect(page.getByTestId('print-preview-frame')).toBeVisible();
  await page.getByTestId('print-preview-print').click();
  await expect.poll(() => app.evaluate(() => (globalThis as { printed?: unknown }).printed)).toEqual({ options: { silent: false, printBackground: true }, javascript: false });
  await expect(page.getByTestId('status-message')).toContainText('已取消打印');
  await expect.poll(() => app.windows().length).toBe(1);
  await page.getByTestId('print-preview-close').click();
});

test('a second launch hands its file over to the running app and quits', async () => {
  const other = join(dataDir, '其他单位.jsgk');
  await writeSampleIfMissing(other);
  const env: NodeJS.ProcessEnv = { ...process.env, JUESUAN_DATA_DIR: dataDir };
  delete env.JUESUAN_STARTUP_FILE;
  const second = spawn(binary!, [ROOT, other], { env, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the second launch did not quit within 20 s')), 20_000);
    second.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(0);
  await expect(page).toHaveTitle(/其他单位\.jsgk/, { timeout: 15_000 });
  expect(app.windows().length).toBe(1);
});
