// The file store: opening refuses what is not a filing and writes nothing; saving is atomic, keeps a
// backup, refuses a conflicting save, and survives a full disk or a read-only folder with the old file intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, open, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFilingFile, saveFilingFile } from '../../src/node/files/file-store';
import { nodeFileSystem, type FileSystem } from '../../src/node/files/fs-adapter';
import { listDir } from '../../src/node/files/dir-listing';
import { serializeFiling } from '../../src/shared/filing/schema';
import { smallFiling } from '../support/filing-fixture';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file system whose writes fail with `code` after `afterBytes` bytes (a disk filling up mid-write). */
function failingWrites(code: string, afterBytes = 0): FileSystem {
  return {
    ...nodeFileSystem,
    async writeNewDurable(path, data) {
      if (afterBytes > 0) await nodeFileSystem.writeNewDurable(path, data.subarray(0, afterBytes));
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  };
}

async function listing(): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('opening', () => {
  it('opens a saved filing with its mtime', async () => {
    const file = join(dir, 'a.jsgk');
    await writeFile(file, serializeFiling(smallFiling()));
    const r = await readFilingFile(file);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.filing).toEqual(smallFiling());
      expect(r.mtimeMs).toBeGreaterThan(0);
      expect(r.readOnly).toBe(false);
    }
  });

  it('refuses a 100 MB file without reading it, and writes nothing', async () => {
    const file = join(dir, 'huge.jsgk');
    const h = await open(file, 'w');
    await h.truncate(100 * 1024 * 1024); // sparse: no disk space used
    await h.close();
    const before = await listing();
    const r = await readFilingFile(file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('100 MB');
    expect(!r.ok && r.message).toContain('20 MB');
    expect(await listing()).toEqual(before);
  });

  it('refuses an xlsx renamed to .jsgk, naming what it is', async () => {
    const file = join(dir, 'renamed.jsgk');
    await writeFile(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x00, 0x80]));
    const r = await readFilingFile(file);
    expect(!r.ok && r.message).toBe('这是一个 Excel 文件，请用 导入 打开');
  });

  it('refuses binary junk and invalid UTF-8', async () => {
    const file = join(dir, 'junk.jsgk');
    await writeFile(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    const r = await readFilingFile(file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('junk.jsgk');
    expect(!r.ok && r.message).toMatch(/不是文本|二进制/);
  });

  it('refuses a truncated file, naming the file and what is wrong, and leaves it as it was', async () => {
    const file = join(dir, 'cut.jsgk');
    const text = serializeFiling(smallFiling());
    await writeFile(file, text.slice(0, 300));
    const before = await listing();
    const r = await readFilingFile(file);
    expect(!r.ok && r.message).toMatch(/cut\.jsgk.*(不完整|损坏)/);
    expect(await listing()).toEqual(before);
    expect(await readFile(file, 'utf8')).toBe(text.slice(0, 300));
  });

  it('says when the file is missing or a folder', async () => {
    const missing = await readFilingFile(join(dir, 'gone.jsgk'));
    expect(!missing.ok && missing.code).toBe('not-found');
    const folder = await readFilingFile(dir);
    expect(!folder.ok && folder.message).toContain('文件夹');
  });
});

describe('saving', () => {
  it('writes the canonical text and keeps the previous version as .bak', async () => {
    const file = join(dir, 'a.jsgk');
    const first = await saveFilingFile(file, smallFiling());
    expect(first.ok).toBe(true);
    expect(await listing()).toEqual(['a.jsgk']);
    const changed = smallFiling({ explanations: { x: '第二版' } });
    const second = await saveFilingFile(file, changed, { expectedMtimeMs: first.ok ? first.mtimeMs : null });
    expect(second.ok).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(serializeFiling(changed));
    expect(await readFile(file + '.bak', 'utf8')).toBe(serializeFiling(smallFiling()));
    expect(await listing()).toEqual(['a.jsgk', 'a.jsgk.bak']);
  });

  it('refuses with code conflict when the file changed on disk, and saves when forced', async () => {
    const file = join(dir, 'a.jsgk');
    const first = await saveFilingFile(file, smallFiling());
    if (!first.ok) throw new Error(first.message);
    await utimes(file, new Date(), new Date(Date.now() + 5000)); // someone else saved
    const refused = await saveFilingFile(file, smallFiling({ explanations: { x: 'mine' } }), { expectedMtimeMs: first.mtimeMs });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.code).toBe('conflict');
    expect(!refused.ok && refused.message).toContain('改动过');
    expect(await readFile(file, 'utf8')).toBe(serializeFiling(smallFiling()));
    const forced = await saveFilingFile(file, smallFiling({ explanations: { x: 'mine' } }), { expectedMtimeMs: first.mtimeMs, force: true });
    expect(forced.ok).toBe(true);
  });

  it('on a full disk (ENOSPC mid-write) says so in Chinese and leaves the old file whole', async () => {
    const file = join(dir, 'a.jsgk');
    await saveFilingFile(file, smallFiling());
    const before = await listing();
    const r = await saveFilingFile(file, smallFiling({ explanations: { x: 'new' } }), {}, failingWrites('ENOSPC', 100));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('磁盘空间不足');
    expect(!r.ok && r.message).toContain('原文件保持不变');
    expect(await readFile(file, 'utf8')).toBe(serializeFiling(smallFiling()));
    expect(await listing()).toEqual(before); // the partial temporary file is gone
  });

  it.each([['EACCES'], ['EPERM'], ['EROFS']])('in a read-only folder (%s) says so and leaves the old file', async (code) => {
    const file = join(dir, 'a.jsgk');
    await saveFilingFile(file, smallFiling());
    const r = await saveFilingFile(file, smallFiling({ explanations: { x: 'new' } }), {}, failingWrites(code));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
    expect(!r.ok && r.message).toMatch(/只读|没有写入权限/);
    expect(!r.ok && r.message).toContain('另存为');
    expect(await readFile(file, 'utf8')).toBe(serializeFiling(smallFiling()));
  });

  it('tidies up temporary files an interrupted save left long ago, but not fresh ones', async () => {
    const file = join(dir, 'a.jsgk');
    await writeFile(join(dir, '.a.jsgk.0123456789ab.tmp'), 'half');
    await utimes(join(dir, '.a.jsgk.0123456789ab.tmp'), new Date(), new Date(Date.now() - 3600_000));
    await writeFile(join(dir, '.a.jsgk.ba9876543210.tmp'), 'another save, running now');
    await writeFile(join(dir, '.other.jsgk.0123456789ab.tmp'), 'not ours');
    await utimes(join(dir, '.other.jsgk.0123456789ab.tmp'), new Date(), new Date(Date.now() - 3600_000));
    expect((await saveFilingFile(file, smallFiling())).ok).toBe(true);
    expect(await listing()).toEqual(['.a.jsgk.ba9876543210.tmp', '.other.jsgk.0123456789ab.tmp', 'a.jsgk']);
  });

  it('into a folder that does not exist says so', async () => {
    const r = await saveFilingFile(join(dir, 'nope', 'a.jsgk'), smallFiling());
    expect(!r.ok && r.message).toContain('文件夹不存在');
  });
});

describe('listing a folder for the in-app chooser', () => {
  it('lists folders first, then files, hiding dot files', async () => {
    await writeFile(join(dir, 'b.jsgk'), '');
    await writeFile(join(dir, '.a.jsgk.123.tmp'), '');
    await (await open(join(dir, 'a.xlsx'), 'w')).close();
    await import('node:fs/promises').then((f) => f.mkdir(join(dir, 'z-folder')));
    const r = await listDir(dir);
    if ('ok' in r) throw new Error(r.message);
    expect(r.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['dir:z-folder', 'file:a.xlsx', 'file:b.jsgk']);
    expect(r.parent).toBe(join(dir, '..'));
  });

  it('says when the folder is missing', async () => {
    const r = await listDir(join(dir, 'missing'));
    expect('ok' in r && r.message).toContain('找不到文件夹');
  });
});

/**
 * The same faults for real, where the test may mount a file system (root with CAP_SYS_ADMIN, as in CI
 * here): a 16 KB tmpfs fills up (ENOSPC), then is remounted read-only (EROFS). chmod alone proves nothing
 * as root, which writes through any permission bits.
 */
describe('real faults on a tiny tmpfs', () => {
  let mnt = '';
  let mounted = false;
  beforeEach(async () => {
    mnt = await mkdtemp(join(tmpdir(), 'juesuan-mnt-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mnt], { stdio: 'ignore' });
      mounted = true;
    } catch {
      mounted = false;
      console.log('files.test: 无法挂载 tmpfs（需要 root 和 mount 权限），跳过真实的磁盘已满/只读测试；上面用注入的文件系统测试了同样的情况。');
    }
  });
  afterEach(async () => {
    if (mounted) execFileSync('umount', [mnt], { stdio: 'ignore' });
    await rm(mnt, { recursive: true, force: true });
  });

  it('a disk that fills up mid-save leaves the old file whole', async ({ skip }) => {
    if (!mounted) skip();
    const file = join(mnt, 'a.jsgk');
    expect((await saveFilingFile(file, smallFiling())).ok).toBe(true);
    const big = smallFiling({ overview: { duties: '职'.repeat(20_000), organization: [] } });
    const r = await saveFilingFile(file, big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('ENOSPC');
    expect(!r.ok && r.message).toContain('磁盘空间不足');
    expect(await readFile(file, 'utf8')).toBe(serializeFiling(smallFiling()));
    expect(await readdir(mnt)).toEqual(['a.jsgk']);
  });

  it('a read-only disk refuses the save with EROFS and the file still opens', async ({ skip }) => {
    if (!mounted) skip();
    const file = join(mnt, 'a.jsgk');
    expect((await saveFilingFile(file, smallFiling())).ok).toBe(true);
    execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'ignore' });
    const r = await saveFilingFile(file, smallFiling({ explanations: { x: 'new' } }));
    expect(!r.ok && r.code).toBe('EROFS');
    expect(!r.ok && r.message).toContain('只读');
    const opened = await readFilingFile(file);
    expect(opened.ok && opened.readOnly).toBe(true);
    expect(opened.ok && opened.filing).toEqual(smallFiling());
  });
});
