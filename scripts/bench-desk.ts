// Benchmark of the reviewer's desk: N sample-sized .jsgk filings in a folder, read, checked and reduced
// to their summary rows in one process, as `check DIR --summary` does (the same walk and checks on the
// desk's pool of threads, findings worded and kept for the summary). Prints files per second (target ≥ 500) by the wall clock
// and by the CPU time the process used (process.cpuUsage: user + system, every thread), with the load
// average before and after (the machine may be shared), and the heap high-water mark, to show memory
// does not grow with the folder.
// Then times the bundled CLI, `node out/cli/juesuan.mjs check DIR`, on the same folder (start-up included),
// with its CPU time and peak resident memory (/usr/bin/time).
// Run: node --expose-gc --import tsx scripts/bench-desk.ts [files] [--threads K] (without --expose-gc the
// heap figures include garbage not yet collected). Prints JSON; asserts nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFiling, serializeFiling } from '../src/shared/filing/schema';
import { checkAll } from '../src/shared/rules/engine';
import { sampleFiling } from '../src/shared/sample/index';
import { listInputs } from '../src/node/desk/walk';
import { checkOne } from '../src/node/desk/read';
import { checkEntriesPooled, defaultPoolSize } from '../src/node/desk/pool';
import type { DeskRow, SummaryFinding } from '../src/shared/desk/rows';
import { summaryFinding } from '../src/shared/desk/rows';

const N = Number(process.argv[2] ?? 2000);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --threads K: the desk's pool size (default: as the desk decides, min(cores, 4)); 1 = checked in this thread.
const ti = process.argv.indexOf('--threads');
const THREADS = ti > 0 ? Number(process.argv[ti + 1]) : defaultPoolSize();

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-desk-'));
  const base = sampleFiling();
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    // Each file differs (a different 单位 and one figure), as a real inbox would.
    const f = { ...base, meta: { ...base.meta, department: `单位${i}` }, tables: { ...base.tables, T10: { ...base.tables.T10, '17': { '1': String(i % 50) } } } };
    const text = serializeFiling(f);
    bytes = text.length;
    await writeFile(join(dir, `${String(i).padStart(5, '0')}.jsgk`), text);
  }
  // Warm up the engine (JIT), as a long desk run is warm after its first files.
  for (let i = 0; i < 50; i++) await checkOne(join(dir, '00000.jsgk'), 'warm');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  // The worker threads' heaps are not in heapUsed: the resident set shows the whole process.
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const loadBefore = loadavg();
  const cpu0 = process.cpuUsage();
  const rows: DeskRow[] = [];
  const findings: SummaryFinding[] = [];
  const t0 = performance.now();
  const entries = await listInputs([dir]);
  for await (const r of checkEntriesPooled(entries, (e) => e.display, {}, undefined, { size: THREADS, minFiles: 0 })) {
    rows.push(r.row);
    for (const f of r.findings) findings.push(summaryFinding(f));
    if (rows.length % 100 === 0) {
      const m = process.memoryUsage();
      heapPeak = Math.max(heapPeak, m.heapUsed);
      rssPeak = Math.max(rssPeak, m.rss);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const loadAfter = loadavg();
  global.gc?.();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  // The same moment's yardstick: parse + every rule on one file's text in a loop (bench-engine's batch),
  // so the desk's own cost shows apart from the machine's load.
  const text = serializeFiling(base);
  const e0 = process.cpuUsage();
  const et = performance.now();
  for (let i = 0; i < 500; i++) {
    const p = parseFiling(text);
    if (p.ok) checkAll(p.filing);
  }
  const engineMs = performance.now() - et;
  const engineCpu = process.cpuUsage(e0);
  // What a reviewer runs: the bundled CLI (out/cli, `npm run build`) on the same folder, its own process,
  // start-up included; threads as it decides.
  const cliPath = join(ROOT, 'out/cli/juesuan.mjs');
  let cli: { seconds: number; filesPerSecond: number; cpuMsPerFile: number; exitCode: number | null; maxRssMB: number } | string = 'out/cli/juesuan.mjs 不存在：先 npm run build';
  if (existsSync(cliPath)) {
    const c0 = performance.now();
    const timed = existsSync('/usr/bin/time');
    const [cmd, ...args] = [...(timed ? ['/usr/bin/time', '-f', '%U %S %M'] : []), process.execPath, cliPath, 'check', dir];
    const run = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const seconds = (performance.now() - c0) / 1000;
    const [user, sys, maxRssKb] = timed ? (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [NaN, NaN, NaN];
    cli = {
      seconds: Math.round(seconds * 1000) / 1000,
      filesPerSecond: Math.round(N / seconds),
      cpuMsPerFile: Math.round(((user + sys) * 1000 * 1000) / N) / 1000,
      exitCode: run.status,
      maxRssMB: Math.round(maxRssKb / 1024),
    };
  }
  await rm(dir, { recursive: true, force: true });
  console.log(JSON.stringify({
    files: rows.length,
    threads: THREADS,
    cli,
    fileBytes: bytes,
    seconds: Math.round(ms) / 1000,
    filesPerSecond: Math.round((rows.length / ms) * 1000),
    target: '≥ 500 files/s',
    msPerFile: Math.round((ms / rows.length) * 1000) / 1000,
    cpuSeconds: { user: Math.round(cpu.user / 1000) / 1000, system: Math.round(cpu.system / 1000) / 1000 },
    cpuMsPerFile: Math.round((cpuMs / rows.length) * 1000) / 1000,
    filesPerCpuSecond: Math.round((rows.length / cpuMs) * 1000),
    engineAlone: { filesPerSecond: Math.round((500 / engineMs) * 1000), filesPerCpuSecond: Math.round(500 / ((engineCpu.user + engineCpu.system) / 1e6)) },
    deskOverEngineCpu: Math.round(((cpuMs / rows.length) / ((engineCpu.user + engineCpu.system) / 1000 / 500)) * 100) / 100,
    heapPeakGrowthMB: Math.round(((heapPeak - heapBefore) / 1024 / 1024) * 10) / 10,
    rssPeakGrowthMB: Math.round(((rssPeak - rssBefore) / 1024 / 1024) * 10) / 10,
    heapRetainedMB: Math.round((retained / 1024 / 1024) * 10) / 10,
    retainedBytesPerFile: Math.round(retained / rows.length),
    gcExposed: typeof global.gc === 'function',
    note: 'retained = the summary rows and findings text kept for the summary workbook; no filing is kept',
    cpus: cpus().length,
    loadavgBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
    loadavgAfter: loadAfter.map((x) => Math.round(x * 100) / 100),
  }, null, 2));
}

await main();
