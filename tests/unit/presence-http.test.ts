// The browser host's presence request: a tab is alive while its request is open; when the connection
// drops (the tab closed or crashed, no call from it), its files are released and its copies offered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserHost } from '../../src/node/server/browser-host';
import { startBrowserHost } from '../../src/node/server/browser-host';
import { exchangeCode } from '../../src/renderer/src/host/http-host';
import { keepPresence } from '../../src/renderer/src/host/presence';
import { newFiling } from '../../src/shared/filing/new-filing';

let dir: string;
let host: BrowserHost;
let session: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-presence-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  host = await startBrowserHost({ appVersion: '9.9.9', dataDir: join(dir, 'data'), rendererDir: join(dir, 'renderer') });
  session = await exchangeCode(host.code, host.origin);
});
afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const listFor = async (client: string) => {
  const res = await fetch(`${host.origin}/api/listRecovery`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-juesuan-session': session, 'x-juesuan-client': client },
    body: '{"args":[]}',
  });
  return ((await res.json()) as { result: Array<{ draftId?: string }> }).result.map((e) => e.draftId);
};

describe('browser host: a tab’s presence', () => {
  it('keeps the tab’s copy from other tabs while its request is open, and offers it once the connection drops', async () => {
    const stop = keepPresence({ session, clientId: 'tab-aaaaaaaa', baseUrl: host.origin, retryMs: 60_000 });
    const filing = newFiling({ template: 'shanxi-2022', year: 2022, department: '测试局' });
    await host.services.writeRecovery({ holder: 'browser:tab-aaaaaaaa' }, { path: null, filing, draftId: 'draft-aaaa' });
    await expect.poll(() => listFor('tab-bbbbbbbb')).toEqual([]);
    expect(await listFor('tab-aaaaaaaa')).toEqual(['draft-aaaa']);
    // The tab goes away: only the connection ends.
    stop();
    await expect.poll(() => listFor('tab-bbbbbbbb')).toEqual(['draft-aaaa']);
  });

  it('is refused without a session or a tab id', async () => {
    const noSession = await fetch(`${host.origin}/api/presence`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-client': 'tab-aaaaaaaa' }, body: '{}' });
    expect(noSession.status).toBe(403);
    const noTab = await fetch(`${host.origin}/api/presence`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-session': session }, body: '{}' });
    expect(noTab.status).toBe(400);
  });
});
