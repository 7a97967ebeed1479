// Two windows on one host: the second is neither offered nor allowed to discard the first one's live
// autosave (of its file or of its unsaved draft); once the first is gone (closed or crashed: its presence
// ended), its copies are offered. A copy from another process is offered once that process is gone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServices } from '../../src/node/services/host-services';
import { WindowPresence } from '../../src/node/services/window-presence';
import { newFiling } from '../../src/shared/filing/new-filing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-rw-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const filing = () => newFiling({ template: 'shanxi-2022', year: 2022, department: '测试局' });
const names = (list: Array<{ path: string | null; draftId?: string }>) => list.map((e) => e.draftId ?? e.path).sort();

describe('recovery copies across windows', () => {
  it('hides another live window’s copies, refuses to discard them, and offers them once it is gone', async () => {
    const host = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    const a = { holder: 'window-a' };
    const b = { holder: 'window-b' };
    const endA = host.holdWindow(a.holder);
    host.holdWindow(b.holder);
    const file = join(dir, 'a.jsgk');
    expect((await host.saveFiling(a, { path: file, filing: filing() })).ok).toBe(true);
    await host.writeRecovery(a, { path: file, filing: filing() });
    await host.writeRecovery(a, { path: null, filing: filing(), draftId: 'draft-aaaa' });
    await host.writeRecovery(b, { path: null, filing: filing(), draftId: 'draft-bbbb' });
    expect(names(await host.listRecovery(a))).toEqual([file, 'draft-aaaa'].sort());
    // Window b sees only its own draft: a's file and draft are a's live work.
    expect(names(await host.listRecovery(b))).toEqual(['draft-bbbb']);
    const aCopy = (await host.listRecovery(a)).find((e) => e.path === file)!;
    await expect(host.discardRecovery(b, aCopy.id)).rejects.toThrow('另一个仍在使用的窗口');
    // The page is told nothing about who wrote a copy.
    expect(Object.keys(aCopy).sort()).toEqual(['filing', 'id', 'path', 'savedAt']);

    // a crashes: its presence ends without any call from it. Its file is released and its copies are offered.
    endA();
    expect(names(await host.listRecovery(b))).toEqual([file, 'draft-aaaa', 'draft-bbbb'].sort());
    expect((await host.openFiling(b, file)).ok).toBe(true);
    await host.discardRecovery(b, aCopy.id);
    expect(names(await host.listRecovery(b))).toEqual(['draft-aaaa', 'draft-bbbb']);
  });

  it('a window that never held its presence (or a reload of the same window) owns nothing live', async () => {
    const host = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    await host.writeRecovery({ holder: 'gone' }, { path: null, filing: filing(), draftId: 'draft-gone' });
    expect(names(await host.listRecovery({ holder: 'other' }))).toEqual(['draft-gone']);
    // The same window after a reload (same holder) gets its own copy back even while its old page lingers.
    host.holdWindow('tab-1');
    await host.writeRecovery({ holder: 'tab-1' }, { path: null, filing: filing(), draftId: 'draft-tab1' });
    expect(names(await host.listRecovery({ holder: 'tab-1' }))).toEqual(['draft-gone', 'draft-tab1']);
    expect(names(await host.listRecovery({ holder: 'other' }))).toEqual(['draft-gone']);
  });

  it('a copy from an earlier host (a crash and restart) is offered; one from another running process is not, until it exits', async () => {
    const first = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    first.holdWindow('tab-1');
    await first.writeRecovery({ holder: 'tab-1' }, { path: null, filing: filing(), draftId: 'draft-tab1' });
    // The host died with the tab still "present": a new host in this process has no such window.
    const second = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    expect(names(await second.listRecovery({ holder: 'tab-2' }))).toEqual(['draft-tab1']);

    // A writer in another process: its window's live work while that process runs.
    const alive = new Set([4242]);
    const p = new WindowPresence(() => undefined, (pid) => alive.has(pid));
    expect(p.ownedByOther({ host: 'other-host', pid: 4242, holder: 'tab-1' }, 'tab-2')).toBe(true);
    alive.clear();
    expect(p.ownedByOther({ host: 'other-host', pid: 4242, holder: 'tab-1' }, 'tab-2')).toBe(false);
    // This process itself stands for a closed earlier host, never for a live other process.
    expect(p.ownedByOther({ host: 'other-host', pid: process.pid, holder: 'tab-1' }, 'tab-2')).toBe(false);
  });

  it('a window is gone only when its last hold ends (a reload overlaps the old page and the new)', () => {
    const gone: string[] = [];
    const p = new WindowPresence((h) => gone.push(h));
    const oldPage = p.hold('tab-1');
    const newPage = p.hold('tab-1');
    oldPage();
    oldPage();
    expect(p.isAlive('tab-1')).toBe(true);
    expect(gone).toEqual([]);
    newPage();
    expect(p.isAlive('tab-1')).toBe(false);
    expect(gone).toEqual(['tab-1']);
  });
});
