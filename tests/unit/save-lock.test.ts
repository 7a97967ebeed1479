// Lost updates: saves of one file that all expect the same version on disk. Whether in separate processes
// (two app instances) or in one host, exactly one is told "saved" and the others get a conflict; the file
// holds the one that was told so. A lock left by a dead process is taken over; a live one is waited for.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFilingFile, writeFileAtomic } from '../../src/node/files/file-store';
import type { FileSystem } from '../../src/node/files/fs-adapter';
import { nodeFileSystem } from '../../src/node/files/fs-adapter';
import { lockPath } from '../../src/node/files/save-lock';
import { parseFiling } from '../../src/shared/filing/schema';
import { smallFiling } from '../support/filing-fixture';

let dir: string;
let child: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juesuan-lock-'));
  child = join(dir, 'child.mjs');
  await build({ entryPoints: [resolve(import.meta.dirname, '../support/save-once-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts `n` processes, waits until all are up, then lets them save at once. */
async function raceProcesses(file: string, expected: number, n: number): Promise<string[]> {
  const kids = Array.from({ length: n }, (_, i) => {
    const p = spawn(process.execPath, [child, file, String(expected), `w${i}`]);
    let out = '';
    const ready = new Promise<void>((r) => p.stdout.on('data', (c: Buffer) => ((out += c.toString()), out.includes('ready') && r())));
    const done = new Promise<string>((r) => p.on('exit', () => r(out.replace('ready\n', '').trim())));
    return { p, ready, done };
  });
  await Promise.all(kids.map((k) => k.ready));
  for (const k of kids) k.p.stdin.write('go\n');
  return Promise.all(kids.map((k) => k.done));
}

describe('saves racing on one file', () => {
  it('across processes: exactly one of six is saved, five get a conflict, over five rounds', async () => {
    const file = join(dir, 'race.jsgk');
    for (let round = 0; round < 5; round++) {
      await saveFilingFile(file, smallFiling());
      const expected = (await stat(file)).mtimeMs;
      const outcomes = await raceProcesses(file, expected, 6);
      expect(outcomes.filter((o) => o === 'ok'), outcomes.join(',')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(5);
      const winner = outcomes.indexOf('ok');
      const saved = parseFiling(await readFile(file, 'utf8'));
      expect(saved.ok && saved.filing.explanations.writer).toBe(`w${winner}`);
      expect(await readdir(dir)).not.toContain(`.race.jsgk.lock`);
    }
  }, 60_000);

  it('in one process: ten saves with the same expected version, one ok', async () => {
    const file = join(dir, 'one-host.jsgk');
    await saveFilingFile(file, smallFiling());
    const expected = (await stat(file)).mtimeMs;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => saveFilingFile(file, smallFiling({ explanations: { n: String(i) } }), { expectedMtimeMs: expected })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(9);
  });

  it('takes over a lock left by a dead process, and waits out a live one', async () => {
    const file = join(dir, 'stale.jsgk');
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = dead.pid!;
    await new Promise((r) => dead.on('exit', r));
    await writeFile(lockPath(file), JSON.stringify({ pid: deadPid, host: hostname(), at: Date.now(), nonce: 'x' }));
    expect((await saveFilingFile(file, smallFiling())).ok).toBe(true);
    expect(await readdir(dir)).not.toContain('.stale.jsgk.lock');
    // A lock held by a live process (this one's parent stands in for another instance) is respected.
    await writeFile(lockPath(file), JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now(), nonce: 'y' }));
    const r = await saveFilingFile(file, smallFiling(), { lockWaitMs: 300 });
    expect(r).toMatchObject({ ok: false, code: 'busy' });
    if (!r.ok) expect(r.message).toContain('正在被另一个');
    await rm(lockPath(file));
  });
});

describe('what a save keeps', () => {
  it('keeps the file\'s mode (a 0600 file stays 0600)', async () => {
    const file = join(dir, 'private.jsgk');
    await saveFilingFile(file, smallFiling());
    await chmod(file, 0o600);
    expect((await saveFilingFile(file, smallFiling({ explanations: { a: 'b' } }))).ok).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('flushes the .bak copy before renaming it into place', async () => {
    const file = join(dir, 'bak.jsgk');
    await saveFilingFile(file, smallFiling());
    const calls: string[] = [];
    const fs: FileSystem = {
      ...nodeFileSystem,
      syncFile: async (p) => (calls.push(`sync ${p}`), nodeFileSystem.syncFile(p)),
      rename: async (a, b) => (calls.push(`rename ${a} ${b}`), nodeFileSystem.rename(a, b)),
    };
    expect((await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(smallFiling())), {}, fs)).ok).toBe(true);
    const sync = calls.findIndex((c) => c.startsWith('sync') && c.endsWith('.baktmp'));
    const rename = calls.findIndex((c) => c.startsWith('rename') && c.endsWith('.jsgk.bak'));
    expect(sync).toBeGreaterThanOrEqual(0);
    expect(sync).toBeLessThan(rename);
  });
});
