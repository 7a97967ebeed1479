// The Electron host's security, tested without Electron: window options, the URL and sender checks, the
// IPC handlers (with a fake ipcMain) and the menu.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain, MenuItemConstructorOptions } from 'electron';
import { SECURE_WEB_PREFERENCES, allowPermission, isAllowedNavigation, isOwnUrl, isTrustedSender, type TrustedOrigin } from '../../src/main/policy';
import { registerIpc } from '../../src/main/ipc';
import { APP_INDEX_URL } from '../../src/main/app-protocol';
import { buildMenuTemplate } from '../../src/main/menu-template';
import { HOST_CHANNELS, type MenuEvent } from '../../src/shared/host-api';
import { createHostServices } from '../../src/node/services/host-services';
import { HOST_ARG_PARSERS, parseHostArgs } from '../../src/node/services/host-args';
import { smallFiling } from '../support/filing-fixture';

const trusted: TrustedOrigin = { pageUrl: APP_INDEX_URL };
const own = APP_INDEX_URL;

describe('window options', () => {
  it('has the secure settings', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
  });
  it('refuses every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p)).toBe(false);
  });
});

describe('own-URL, navigation and sender checks', () => {
  it('accepts our page, with a hash or query', () => {
    expect(isOwnUrl(own, trusted)).toBe(true);
    expect(isOwnUrl(own + '#/T02', trusted)).toBe(true);
  });

  it.each([
    ['another page of ours', 'app://juesuan/evil.html'],
    ['a prefix trick', own + '.evil.html'],
    ['another app host', 'app://evil/index.html'],
    ['a port on our host', 'app://juesuan:1/index.html'],
    ['credentials on our host', 'app://x@juesuan/index.html'],
    ['the built page as a file', 'file:///opt/juesuan/out/renderer/index.html'],
    ['a local file', 'file:///etc/passwd'],
    ['a remote file host', 'file://evil.example/opt/juesuan/out/renderer/index.html'],
    ['a web page', 'https://evil.example/'],
    ['a lookalike dev URL', 'http://localhost:5173@evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>1</script>'],
    ['not a URL', 'index.html'],
    ['empty', ''],
  ])('refuses %s', (_what, url) => {
    expect(isOwnUrl(url, trusted)).toBe(false);
    expect(isAllowedNavigation(url, trusted)).toBe(false);
  });

  it('accepts the dev server only when one is configured, by origin', () => {
    const dev = { ...trusted, devUrl: 'http://localhost:5173/' };
    expect(isOwnUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOwnUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnUrl('http://localhost:5173/', trusted)).toBe(false);
  });

  it('rejects a forged frame URL, a subframe and a missing frame', () => {
    expect(isTrustedSender({ url: own, parent: null }, trusted)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, trusted)).toBe(false);
    expect(isTrustedSender({ url: own, parent: { url: own } }, trusted)).toBe(false);
    expect(isTrustedSender(null, trusted)).toBe(false);
  });
});

describe('IPC argument parsers', () => {
  it('has one parser per channel', () => {
    expect(Object.keys(HOST_ARG_PARSERS).sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
  });

  it.each([
    ['openFiling', []],
    ['openFiling', [42]],
    ['openFiling', ['relative.jsgk']],
    ['openFiling', ['/a\u0000.jsgk']],
    ['saveFiling', [{ path: '/tmp/a.exe', filing: smallFiling() }]],
    ['saveFiling', [{ path: '/tmp/a.jsgk', filing: { ...smallFiling(), version: 99 } }]],
    ['saveFiling', [{ path: '/tmp/a.jsgk', filing: smallFiling(), force: 'yes' }]],
    ['saveFiling', [{ path: '/tmp/a.jsgk', filing: smallFiling(), extra: 1 }]],
    ['pickPath', [{ mode: 'delete', title: 'x' }]],
    ['pickPath', [{ mode: 'open', title: 'x', extensions: ['../sh'] }]],
    ['setSettings', [{ recentFiles: 'a' }]],
    ['exportPdf', [{ filing: smallFiling(), path: '/tmp/a.xlsx' }]],
    ['importXlsx', ['/tmp/a.jsgk']],
    ['info', ['extra']],
    ['writeRecovery', [{ path: 'x', filing: smallFiling() }]],
  ] as const)('%s refuses %j', (method, args) => {
    expect(() => parseHostArgs(method, args as unknown as unknown[])).toThrow();
  });

  it('passes well-formed arguments through as clean copies', () => {
    const [req] = parseHostArgs('saveFiling', [{ path: '/tmp/a.jsgk', filing: smallFiling(), expectedMtimeMs: 12.5 }]);
    expect(req).toEqual({ path: '/tmp/a.jsgk', filing: smallFiling(), expectedMtimeMs: 12.5 });
  });
});

describe('IPC handlers (fake ipcMain)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  async function setup() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (ch: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(ch, fn) } as unknown as IpcMain;
    const dataDir = await mkdtemp(join(tmpdir(), 'juesuan-ipc-'));
    dirs.push(dataDir);
    const services = createHostServices({ kind: 'electron', appVersion: '1', dataDir });
    const log: string[] = [];
    registerIpc(ipcMain, services, trusted, (l) => log.push(l));
    const event = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender: { id: 7 } });
    return { handlers, event, log };
  }

  it('registers one handler per channel', async () => {
    const { handlers } = await setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
  });

  it('answers our page and refuses a forged sender', async () => {
    const { handlers, event, log } = await setup();
    const info = handlers.get('host:info')!;
    await expect(info(event(own))).resolves.toMatchObject({ kind: 'electron' });
    await expect(info(event('https://evil.example/'))).rejects.toThrow('拒绝访问');
    await expect(info(event(own, { url: own }))).rejects.toThrow('拒绝访问');
    await expect(info({ senderFrame: null, sender: { id: 1 } })).rejects.toThrow('拒绝访问');
    expect(log.length).toBe(3);
  });

  it('refuses malformed arguments before any service runs', async () => {
    const { handlers, event } = await setup();
    await expect(handlers.get('host:open-filing')!(event(own), '../../etc/passwd')).rejects.toThrow('完整路径');
    await expect(handlers.get('host:save-filing')!(event(own), { path: '/tmp/x.jsgk', filing: { __proto__: null, format: 'x' } })).rejects.toThrow();
  });
});

describe('menu', () => {
  it('has 文件, 编辑, 视图, 帮助 with the usual accelerators, sending named actions', () => {
    const sent: MenuEvent[] = [];
    const menu = buildMenuTemplate({ recentFiles: ['/home/a/决算.jsgk'], send: (e) => sent.push(e), isMac: false, dev: false });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const items = (m: MenuItemConstructorOptions): MenuItemConstructorOptions[] => (m.submenu as MenuItemConstructorOptions[]).flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i) : [])]);
    const file = items(menu[0]);
    const byLabel = (label: string) => file.find((i) => i.label === label)!;
    expect(byLabel('新建').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('打开…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('保存').accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel('另存为…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel('关闭').accelerator).toBe('CmdOrCtrl+W');
    const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();
    expect(file[0].label).toBe('起始页');
    click(byLabel('起始页'));
    click(byLabel('保存'));
    click(file.find((i) => i.label === '1. 决算.jsgk')!);
    expect(sent).toEqual([{ action: 'start-page' }, { action: 'save' }, { action: 'open-recent', path: '/home/a/决算.jsgk' }]);
    const edit = items(menu[1]);
    expect(edit.map((i) => i.label).filter(Boolean)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(edit.find((i) => i.label === '粘贴')?.role).toBe('paste');
    // 帮助: 使用说明 on F1 and 关于决算通, both named actions the renderer's exhaustive switch handles.
    const help = items(menu[3]);
    expect(help.find((i) => i.label === '使用说明')?.accelerator).toBe('F1');
    sent.length = 0;
    for (const i of help) click(i);
    expect(sent).toEqual([{ action: 'help' }, { action: 'about' }]);
  });
});
