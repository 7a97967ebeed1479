// One edit at 1×, 20× and 100×, timed by CPU time as well as the wall clock: on a shared, loaded machine
// the wall clock also counts other processes' turns, this process's CPU time much less so. The same
// filings and edits as bench-engine.ts (bench-filings.ts), prepared before any timer starts; the sizes
// take turns batch by batch, so a burst of load falls on all of them alike.
// Run: npx tsx scripts/bench-edit.ts [--edits N] [--batch B] [--warmup W] [--only 100x]. Prints one JSON object
// {"loadavg":x,"sizes":{"1x":{"wall_ms":x,"cpu_ms":x},…}} (medians over batches, per edit). Asserts nothing.
import { loadavg } from 'node:os';
import { createEngine } from '../src/shared/rules/engine';
import { SIZES, prepareEdits, synthetic, template } from './bench-filings';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EDITS = opt('--edits', 20000);
const BATCH = opt('--batch', 100);
const WARMUP = opt('--warmup', 2000);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms: number) => Math.round(ms * 10000) / 10000;

const runs = SIZES.filter(([name]) => !only || name === only).map(([name, k]) => {
  const f = synthetic(k);
  const engine = createEngine(f, template);
  const edits = prepareEdits(f, WARMUP + EDITS).map((e) => [e.edit]);
  for (let i = 0; i < WARMUP; i++) engine.apply(edits[i]);
  return { name, engine, edits, next: WARMUP, wall: [] as number[], cpu: [] as number[] };
});
for (let done = 0; done < EDITS; done += BATCH) {
  for (const r of runs) {
    const c = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < BATCH; i++) r.engine.apply(r.edits[r.next++]);
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    r.wall.push(wall / BATCH);
    r.cpu.push((used.user + used.system) / 1000 / BATCH);
  }
}
const sizes = Object.fromEntries(runs.map((r) => [r.name, { wall_ms: round(median(r.wall)), cpu_ms: round(median(r.cpu)) }]));
console.log(JSON.stringify({ loadavg: Math.round(loadavg()[0] * 100) / 100, sizes }));
