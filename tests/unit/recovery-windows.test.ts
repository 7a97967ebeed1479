// Two windows on one host: the second is not offered the first one's live autosave (of a file it holds,
// or of its unsaved draft); once the first is gone (closed or crashed), its copies are offered again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServices } from '../../src/node/services/host-services';
import { newFiling } from '../../src/shared/filing/new-filing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-rw-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recovery copies across windows', () => {
  it('hides another live window’s copies and offers them once it is gone', async () => {
    const host = createHostServices({ kind: 'browser', appVersion: 't', dataDir: dir });
    const a = { holder: 'window-a' };
    const b = { holder: 'window-b' };
    const filing = newFiling({ template: 'shanxi-2022', year: 2022, department: '测试局' });
    const file = join(dir, 'a.jsgk');
    expect((await host.saveFiling(a, { path: file, filing })).ok).toBe(true);
    await host.writeRecovery(a, { path: file, filing });
    await host.writeRecovery(a, { path: null, filing, draftId: 'draft-aaaa' });
    await host.writeRecovery(b, { path: null, filing, draftId: 'draft-bbbb' });
    expect((await host.listRecovery(a)).map((e) => e.draftId ?? e.path).sort()).toEqual([file, 'draft-aaaa'].sort());
    // Window b sees only its own draft: a's file and draft are a's live work.
    expect((await host.listRecovery(b)).map((e) => e.draftId ?? e.path)).toEqual(['draft-bbbb']);
    host.releaseHolder('window-a');
    expect((await host.listRecovery(b)).map((e) => e.draftId ?? e.path).sort()).toEqual([file, 'draft-aaaa', 'draft-bbbb'].sort());
  });
});
