// The desk's pool of checker threads: the same rows, findings and 未核对 as checking in one thread, in the
// walk's order, for good, broken, unreadable and hostile files alike; a thread that dies costs only the
// file it was checking; a thread that cannot start makes the run check in this thread; cancelling stops
// the threads.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import type { DeskChecked } from '../../src/node/desk/read';
import { checkEntries } from '../../src/node/desk/read';
import type { PoolOptions } from '../../src/node/desk/pool';
import { checkEntriesPooled, liveDeskThreads } from '../../src/node/desk/pool';
import { listInputs } from '../../src/node/desk/walk';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-pool-'));
const inbox = join(dir, 'inbox');
const CRASHING = pathToFileURL(join(process.cwd(), 'tests/support/crashing-desk-worker.ts'));

beforeAll(() => {
  mkdirSync(join(inbox, 'sub'), { recursive: true });
  const base = sampleFiling();
  for (let i = 0; i < 30; i++) {
    // Each differs (its 单位 and one figure), and some carry a planted imbalance.
    const f = { ...base, meta: { ...base.meta, department: `单位${i}` }, tables: { ...base.tables, T10: { ...base.tables.T10, '17': { '1': String(i) } } } };
    writeFileSync(join(inbox, i % 3 ? 'sub' : '', `${String(i).padStart(2, '0')}.jsgk`), serializeFiling(f));
  }
  writeFileSync(join(inbox, '上海.jsgk'), serializeFiling(putuoSample()));
  writeFileSync(join(inbox, 'c-损坏.jsgk'), '{"format": "juesuan-filing", ');
  writeFileSync(join(inbox, 'd-恶意.jsgk'), '{"format":"juesuan-filing","version":1,"__proto__":{"polluted":true}}');
  writeFileSync(join(inbox, 'e-改名的PDF.jsgk'), '%PDF-1.7 not really');
  writeFileSync(join(inbox, 'f-坏工作簿.xlsx'), 'PK\u0003\u0004 not a zip');
  symlinkSync(join(dir, 'gone.jsgk'), join(inbox, 'g-断开的链接.jsgk'));
  execFileSync('mkfifo', [join(inbox, 'h-管道.jsgk')]);
  symlinkSync(join(inbox, 'sub'), join(inbox, 'i-文件夹.jsgk'));
  writeFileSync(join(inbox, 'j-崩溃.jsgk'), serializeFiling(base));
});

async function collect(gen: AsyncGenerator<DeskChecked>): Promise<DeskChecked[]> {
  const out: DeskChecked[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

async function both(options: PoolOptions) {
  const entries = await listInputs([inbox]);
  const display = (e: { display: string }) => e.display;
  const alone = await collect(checkEntries(entries, display));
  const pooled = await collect(checkEntriesPooled(entries, display, {}, undefined, { size: 2, minFiles: 0, ...options }));
  return { entries, alone, pooled };
}

describe('the desk on a pool of threads', () => {
  it('gives the same rows, findings and 未核对, in the walk order, as checking in one thread', async () => {
    const { entries, alone, pooled } = await both({});
    expect(pooled.map((r) => r.row.file)).toEqual(entries.map((e) => e.display));
    expect(pooled).toEqual(alone);
    // The folder is what it should be: good filings with findings, and every bad file a row with its reason.
    const by = (name: string) => pooled.find((r) => r.row.file.endsWith(name))!;
    expect(by('00.jsgk').row).toMatchObject({ unit: '单位0', state: '未通过', errors: 2 });
    expect(by('00.jsgk').findings.length).toBeGreaterThan(0);
    expect(by('上海.jsgk').row.template).toContain('上海');
    for (const bad of ['c-损坏.jsgk', 'd-恶意.jsgk', 'e-改名的PDF.jsgk', 'f-坏工作簿.xlsx', 'g-断开的链接.jsgk', 'h-管道.jsgk', 'i-文件夹.jsgk']) {
      expect(by(bad).row.state, bad).toBe('无法读取');
      expect(by(bad).row.reason, bad).toBeTruthy();
    }
    expect(liveDeskThreads()).toBe(0);
  });

  it('answers a file whose thread died with a row saying so, and checks every other file', async () => {
    const { alone, pooled } = await both({ worker: CRASHING });
    const crashed = pooled.find((r) => r.row.file.endsWith('j-崩溃.jsgk'))!;
    expect(crashed.row.state).toBe('无法读取');
    expect(crashed.row.reason).toContain('审核线程意外停止');
    expect(crashed.row.reason).toContain('其余文件照常审核');
    // Everything else exactly as in one thread, including the file sent to the same thread after it.
    const others = (rs: DeskChecked[]) => rs.filter((r) => !r.row.file.endsWith('j-崩溃.jsgk'));
    expect(others(pooled)).toEqual(others(alone));
    expect(liveDeskThreads()).toBe(0);
  });

  it('checks in this thread when its threads cannot start', async () => {
    // A heap too small to load the checker: each thread dies before it is ready.
    const { alone, pooled } = await both({ heapMb: 2 });
    expect(pooled).toEqual(alone);
  });

  it('stops its threads when cancelled, answering the rows it has', async () => {
    const entries = await listInputs([inbox]);
    const stop = new AbortController();
    const rows: string[] = [];
    for await (const r of checkEntriesPooled(entries, (e) => e.display, {}, stop.signal, { size: 2, minFiles: 0 })) {
      rows.push(r.row.file);
      if (rows.length === 5) stop.abort();
    }
    expect(rows).toEqual(entries.slice(0, 5).map((e) => e.display));
    expect(liveDeskThreads()).toBe(0);
  });
});
