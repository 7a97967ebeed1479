// The browser host over HTTP and the host services behind both hosts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserHost } from '../../src/node/server/browser-host';
import { startBrowserHost } from '../../src/node/server/browser-host';
import { resolveStaticPath } from '../../src/node/server/static-files';
import { Credentials, checkOrigin } from '../../src/node/server/guard';
import { exchangeCode } from '../../src/renderer/src/host/http-host';
import { createHostServices } from '../../src/node/services/host-services';
import { JsonSettingsStore, settingsFromStored } from '../../src/node/services/settings-store';
import { serializeFiling } from '../../src/shared/filing/schema';
import { smallFiling } from '../support/filing-fixture';

let dir: string;
let host: BrowserHost;
let session: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-server-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  host = await startBrowserHost({ appVersion: '9.9.9', dataDir: join(dir, 'data'), rendererDir: join(dir, 'renderer'), code: 'a'.repeat(64) });
  session = await exchangeCode(host.code, host.origin);
});
afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(method: string, args: unknown[], client = 'tab-aaaaaaaa'): Promise<{ status: number; result?: unknown; error?: string }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-juesuan-session': session, 'x-juesuan-client': client },
    body: JSON.stringify({ args }),
  });
  const body = (await res.json()) as { result?: unknown; error?: string };
  return { status: res.status, ...body };
}

describe('browser host: the door', () => {
  it('trades the one-time code once for a session, sets no cookie, and refuses the code ever after', async () => {
    // beforeEach traded host.code: the address with it, a second trade, and the code as a credential fail.
    const page = await fetch(host.url, { redirect: 'manual' });
    expect(page.status).toBe(403);
    expect(page.headers.get('set-cookie')).toBeNull();
    await expect(exchangeCode(host.code, host.origin)).rejects.toThrow('已使用过');
    const withCode = await fetch(`${host.origin}/api/info`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-session': host.code }, body: '{}' });
    expect(withCode.status).toBe(403);
    // The page itself is the public build: served without any credential, with the CSP, no secret in it.
    const plain = await fetch(`${host.origin}/`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).toBeNull();
    expect(plain.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await plain.text()).not.toContain(session);
    // A fresh code works at its address until it is traded, then never again.
    const fresh = host.issueCode();
    expect((await fetch(`${host.origin}/?code=${fresh}`)).status).toBe(200);
    const second = await exchangeCode(fresh, host.origin);
    expect(second).not.toBe(session);
    expect((await fetch(`${host.origin}/?code=${fresh}`)).status).toBe(403);
  });

  it('answers an internal error with a sentence a clerk understands, never the error itself', async () => {
    const odd = await startBrowserHost({
      appVersion: '1',
      dataDir: join(dir, 'odd'),
      rendererDir: join(dir, 'renderer'),
      exporters: {
        importXlsx: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'col')");
        },
      },
    });
    try {
      const s = await exchangeCode(odd.code, odd.origin);
      const res = await fetch(`${odd.origin}/api/importXlsx`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-session': s }, body: JSON.stringify({ args: [join(dir, 'a.xlsx')] }) });
      expect(res.status).toBe(500);
      const body = (await res.json()) as { error: string };
      expect(body.error).toContain('后台服务出错');
      expect(body.error).not.toContain('Cannot read');
    } finally {
      await odd.close();
    }
  });

  it('keeps codes and sessions apart', () => {
    const c = new Credentials();
    const code = c.issueCode();
    expect(c.sessionValid(code)).toBe(false);
    const s = c.exchange(code);
    expect(s).toMatch(/^[0-9a-f]{64}$/);
    expect(c.sessionValid(s!)).toBe(true);
    expect(c.exchange(code)).toBeNull();
    expect(c.codeValid(code)).toBe(false);
    expect(c.exchange(s)).toBeNull();
    expect(c.sessionValid(undefined)).toBe(false);
  });

  it('refuses API calls without the token, and GET on the API', async () => {
    const res = await fetch(`${host.origin}/api/info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
    const get = await fetch(`${host.origin}/api/info`, { headers: { 'x-juesuan-session': session } });
    expect(get.status).toBe(405);
  });

  it('checks origin and host names as pure functions', () => {
    expect(checkOrigin({ host: '127.0.0.1:80', origin: undefined, secFetchSite: undefined }, 80).ok).toBe(true);
    expect(checkOrigin({ host: 'localhost:80', origin: 'http://localhost:80', secFetchSite: 'same-origin' }, 80).ok).toBe(true);
    expect(checkOrigin({ host: '127.0.0.1:80', origin: 'null', secFetchSite: undefined }, 80).ok).toBe(false);
    expect(checkOrigin({ host: 'attacker.test:80', origin: undefined, secFetchSite: undefined }, 80).ok).toBe(false);
    expect(checkOrigin({ host: undefined, origin: undefined, secFetchSite: undefined }, 80).ok).toBe(false);
  });

  it('maps URL paths inside the renderer folder only', () => {
    const root = '/srv/app';
    expect(resolveStaticPath(root, '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath(root, '/assets/a.js')).toBe('/srv/app/assets/a.js');
    for (const bad of ['/../etc/passwd', '/%2e%2e/x', '/a/%2e%2e/%2e%2e/x', '/..%2fx', '/a\\..\\b', '/%00', '/%E0%A4%A', 'relative', '/C:/x']) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
  });
});

describe('host services over HTTP', () => {
  it('answers info and refuses malformed arguments with 400', async () => {
    const info = await call('info', []);
    expect(info.result).toMatchObject({ kind: 'browser', appVersion: '9.9.9', startupFile: null });
    expect((await call('info', [1])).status).toBe(400);
    expect((await call('listDir', ['../etc'])).status).toBe(400);
    expect((await call('saveFiling', [{ path: join(dir, 'a.txt'), filing: smallFiling() }])).status).toBe(400);
    const bad = await call('saveFiling', [{ path: join(dir, 'a.jsgk'), filing: { ...smallFiling(), tables: { T01: { '1': { '1': 12.5 } } } } }]);
    expect(bad.status).toBe(400);
    expect(bad.error).toContain('表格数据 › T01 › 行 1 › 第 1 栏');
    const polluted = await fetch(`${host.origin}/api/saveFiling`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-juesuan-session': session },
      body: `{"args":[{"path":"${join(dir, 'p.jsgk')}","filing":{"__proto__":{"isAdmin":true}}}]}`,
    });
    expect(polluted.status).toBe(400);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('saves, reopens, and refuses the same file in a second tab until the first closes it', async () => {
    const file = join(dir, '决算.jsgk');
    const saved = await call('saveFiling', [{ path: file, filing: smallFiling() }]);
    expect(saved.result).toMatchObject({ ok: true, path: file });
    const again = await call('openFiling', [file]);
    expect(again.result).toMatchObject({ ok: true, readOnly: false });
    const otherTab = await call('openFiling', [file], 'tab-bbbbbbbb');
    expect(otherTab.result).toMatchObject({ ok: false, code: 'already-open' });
    expect((otherTab.result as { message: string }).message).toContain('已在另一个窗口中打开');
    await call('closeFiling', [file]);
    expect((await call('openFiling', [file], 'tab-bbbbbbbb')).result).toMatchObject({ ok: true });
    const settings = (await call('getSettings', [])).result as { recentFiles: string[] };
    expect(settings.recentFiles[0]).toBe(file);
  });

  it('returns the sample, pickPath null, and 此功能尚未提供 for exports not wired yet', async () => {
    const sample = (await call('sampleFiling', [])).result as { format: string; meta: { department: string } };
    expect(sample.format).toBe('juesuan-filing');
    expect(sample.meta.department).toContain('阳泉');
    expect((await call('pickPath', [{ mode: 'save', title: '另存为', extensions: ['jsgk'] }])).result).toBeNull();
    const exp = await call('exportXlsx', [{ filing: smallFiling(), path: join(dir, 'a.xlsx') }]);
    expect(exp.result).toMatchObject({ ok: false });
  });

  it('writes, lists and discards recovery copies; a save discards the copy of that file', async () => {
    const file = join(dir, 'r.jsgk');
    await call('writeRecovery', [{ path: null, filing: smallFiling() }]);
    await call('writeRecovery', [{ path: file, filing: smallFiling({ explanations: { k: '未保存的修改' } }) }]);
    const list = (await call('listRecovery', [])).result as Array<{ id: string; path: string | null; filing: { explanations: Record<string, string> } }>;
    expect(list.map((e) => e.path).sort()).toEqual([file, null].sort());
    expect(list.find((e) => e.path === file)?.filing.explanations.k).toBe('未保存的修改');
    await call('saveFiling', [{ path: file, filing: smallFiling() }]);
    const after = (await call('listRecovery', [])).result as Array<{ id: string; path: string | null }>;
    expect(after.map((e) => e.path)).toEqual([null]);
    await call('discardRecovery', [after[0].id]);
    expect((await call('listRecovery', [])).result).toEqual([]);
    expect((await call('discardRecovery', ['../../etc/passwd'])).status).toBe(500);
  });

  it('stores settings with checks, and one bad stored field does not lose the others', async () => {
    const set = await call('setSettings', [{ reviewerName: '张审核', autosaveSeconds: 60 }]);
    expect(set.result).toMatchObject({ reviewerName: '张审核', autosaveSeconds: 60, recentFiles: [] });
    expect((await call('setSettings', [{ autosaveSeconds: 1 }])).status).toBe(400);
    expect((await call('setSettings', [{ theme: 'dark' }])).status).toBe(400);
    const stored = JSON.parse(await readFile(join(dir, 'data', 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(stored.reviewerName).toBe('张审核');
    expect(settingsFromStored({ reviewerName: 42, autosaveSeconds: 45, __proto__x: 1 })).toEqual({ recentFiles: [], autosaveSeconds: 45, reviewerName: '' });
  });
});

describe('host services directly', () => {
  it('a corrupt settings file falls back to defaults', async () => {
    await mkdir(join(dir, 'd2'));
    await writeFile(join(dir, 'd2', 'settings.json'), '{ not json');
    const store = new JsonSettingsStore(join(dir, 'd2'));
    expect(await store.get()).toEqual({ recentFiles: [], autosaveSeconds: 30, reviewerName: '' });
  });

  it('opens a file that is not a filing with a message and holds nothing', async () => {
    const services = createHostServices({ kind: 'browser', appVersion: '1', dataDir: join(dir, 'd3') });
    const file = join(dir, 'x.jsgk');
    await writeFile(file, '{"format":"juesuan-filing","version":99}');
    const r = await services.openFiling({ holder: 'a' }, file);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toContain('更新版本');
    await writeFile(file, serializeFiling(smallFiling()));
    expect((await services.openFiling({ holder: 'b' }, file)).ok).toBe(true);
    expect((await services.openFiling({ holder: 'a' }, file)).ok).toBe(false);
    services.releaseHolder('b');
    expect((await services.openFiling({ holder: 'a' }, file)).ok).toBe(true);
  });
});
