// The renderer's HTTP adapter against a real browser host: every HostApi call arrives and answers, the tab
// id decides who holds a file, and a refused call throws a HostCallError with the server's reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserHost } from '../../src/node/server/browser-host';
import { startBrowserHost } from '../../src/node/server/browser-host';
import { HostCallError, createHttpHost, exchangeCode, releaseOnPageHide } from '../../src/renderer/src/host/http-host';
import { smallFiling } from '../support/filing-fixture';

let dir: string;
let host: BrowserHost;
let session: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-client-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<html><head></head></html>');
  host = await startBrowserHost({ appVersion: '1', dataDir: join(dir, 'data'), rendererDir: join(dir, 'renderer') });
  session = await exchangeCode(host.code, host.origin);
});
afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('createHttpHost', () => {
  it('calls the host and holds files per tab', async () => {
    const tabA = createHttpHost({ session, clientId: 'tab-aaaaaaaa', baseUrl: host.origin });
    const tabB = createHttpHost({ session, clientId: 'tab-bbbbbbbb', baseUrl: host.origin });
    expect((await tabA.info()).kind).toBe('browser');
    expect(await tabA.pickPath({ mode: 'open', title: '打开' })).toBeNull();
    const file = join(dir, 'a.jsgk');
    const saved = await tabA.saveFiling({ path: file, filing: smallFiling() });
    expect(saved.ok).toBe(true);
    expect(tabA.heldPaths()).toEqual([file]);
    expect(await tabB.openFiling(file)).toMatchObject({ ok: false, code: 'already-open' });
    // The tab goes away: the keepalive release frees the file for the other tab.
    releaseOnPageHide({ session, clientId: 'tab-aaaaaaaa', baseUrl: host.origin }, tabA.heldPaths());
    await expect.poll(async () => (await tabB.openFiling(file)).ok).toBe(true);
    expect((await tabB.getSettings()).recentFiles).toEqual([file]);
    const listing = await tabB.listDir(dir);
    if (!('entries' in listing)) throw new Error(listing.message);
    expect(listing.entries.map((e: { name: string }) => e.name)).toContain('a.jsgk');
  });

  it('throws HostCallError with the reason on a refused call', async () => {
    const wrong = createHttpHost({ session: 'nope', clientId: 'tab-aaaaaaaa', baseUrl: host.origin });
    await expect(wrong.info()).rejects.toBeInstanceOf(HostCallError);
    const right = createHttpHost({ session, clientId: 'tab-aaaaaaaa', baseUrl: host.origin });
    await expect(right.openFiling('not/absolute.jsgk')).rejects.toThrow('完整路径');
    const gone = createHttpHost({ session, clientId: 'tab-aaaaaaaa', baseUrl: 'http://127.0.0.1:1' });
    await expect(gone.info()).rejects.toThrow('npm start');
  });
});
