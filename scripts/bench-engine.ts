// Benchmark of the rule engine against HyperFormula running the same sums and the same checks as
// spreadsheet formulas. Like for like: the filings carry no imported totals (so no check exists on one
// side only), every edit is prepared before any timer starts, both engines are warmed with the same
// ≥ 200 edits, and the timed edits alternate between the two engines round by round.
// Sizes: the sample (1×) and the sample grown to about 20× and 100× its coded rows (every 项 row copied
// under made-up codes).
// Run: npx tsx scripts/bench-engine.ts [--json] [--runs N]. Prints figures; asserts nothing.
// --json prints exactly one JSON object:
//   {"sizes":{"1x":{"rows":N,"full_ms":x,"edit_ms":x,"hf_edit_ms":x},"20x":{…},"100x":{…}},"batch_per_s":x}
import { cpus, loadavg } from 'node:os';
import { HyperFormula } from 'hyperformula';
import { parseFiling, serializeFiling } from '../src/shared/filing/schema';
import type { Filing } from '../src/shared/filing/types';
import { sampleFiling } from '../src/shared/sample/index';
import { createEngine, evaluateAll } from '../src/shared/rules/engine';
import { SIZES, prepareEdits, synthetic, template } from './bench-filings';
import { spreadsheetOf } from './bench-spreadsheet';

const args = process.argv.slice(2);
const JSON_ONLY = args.includes('--json');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 300;
const WARMUP = 200;

const median = (samples: number[]): number => {
  const s = [...samples].sort((a, b) => a - b);
  return round(s[Math.floor(s.length / 2)]);
};
const round = (ms: number) => Math.round(ms * 10000) / 10000;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

interface SizeResult {
  rows: number;
  full_ms: number;
  edit_ms: number;
  hf_edit_ms: number;
  checks: number;
  failing: { ours: number; hf: number };
}

function benchSize(f: Filing): SizeResult {
  const sheet = spreadsheetOf(f, template);
  const hf = HyperFormula.buildFromSheets(sheet.sheets, { licenseKey: 'gpl-v3' });
  const engine = createEngine(f, template);
  const edits = prepareEdits(f, WARMUP + RUNS);
  const addr = edits.map((e) => sheet.address(e.edit));
  const hfEdit = (i: number) => hf.setCellContents(addr[i], [[edits[i].number]]);
  const oursEdit = (i: number) => engine.apply([edits[i].edit]);
  for (let i = 0; i < WARMUP; i++) {
    oursEdit(i);
    hfEdit(i);
  }
  for (let i = 0; i < 20; i++) evaluateAll(f, template);
  const ours: number[] = [];
  const theirs: number[] = [];
  const full: number[] = [];
  // Interleaved: each round times one edit on each side, in alternating order, then one full check.
  for (let r = 0; r < RUNS; r++) {
    const i = WARMUP + r;
    if (r % 2 === 0) {
      ours.push(time(() => oursEdit(i)));
      theirs.push(time(() => hfEdit(i)));
    } else {
      theirs.push(time(() => hfEdit(i)));
      ours.push(time(() => oursEdit(i)));
    }
    if (r % 3 === 0) full.push(time(() => evaluateAll(f, template)));
  }
  const hfFailing = (hf.getSheetValues(hf.getSheetId('Checks')!) as number[][]).filter((row) => row[0] === 1).length;
  const oursFailing = sheet.countChecksFailing(engine);
  hf.destroy();
  return { rows: sheet.rows, full_ms: median(full), edit_ms: median(ours), hf_edit_ms: median(theirs), checks: sheet.checks, failing: { ours: oursFailing, hf: hfFailing } };
}

/** Sample filings checked per second in one process: parse (with the schema) + every rule. */
function benchBatch(): { wall: number; cpu: number } {
  const text = serializeFiling(sampleFiling());
  const once = () => {
    const r = parseFiling(text);
    if (!r.ok) throw new Error(r.message);
    evaluateAll(r.filing, template);
  };
  for (let i = 0; i < 100; i++) once();
  const rates: number[] = [];
  // CPU time as well: on a shared, loaded machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage();
  for (let round = 0; round < 5; round++) {
    const n = 200;
    const t = time(() => {
      for (let i = 0; i < n; i++) once();
    });
    rates.push((n / t) * 1000);
  }
  const used = process.cpuUsage(cpu);
  return { wall: Math.round(median(rates)), cpu: Math.round((5 * 200) / ((used.user + used.system) / 1e6)) };
}

// The batch first, in a fresh process heap (after the 100× filing its figures would time the GC of that).
const { wall: batch, cpu: batchCpu } = benchBatch();
const sizes: Record<string, SizeResult> = {};
for (const [name, k] of SIZES) sizes[name] = benchSize(synthetic(k));

const compact = Object.fromEntries(Object.entries(sizes).map(([k, s]) => [k, { rows: s.rows, full_ms: s.full_ms, edit_ms: s.edit_ms, hf_edit_ms: s.hf_edit_ms }]));
if (JSON_ONLY) {
  console.log(JSON.stringify({ sizes: compact, batch_per_s: batch }));
} else {
  console.log(`machine: ${cpus().length} cpus, load ${loadavg()[0].toFixed(2)}; ${RUNS} timed edits per size after ${WARMUP} warm-up edits`);
  for (const [k, s] of Object.entries(sizes)) {
    console.log(
      `${k.padEnd(5)} ${String(s.rows).padStart(6)} coded rows  full ${s.full_ms} ms  edit ${s.edit_ms} ms  HyperFormula edit ${s.hf_edit_ms} ms  ` +
        `ours/HF ${round(s.edit_ms / s.hf_edit_ms)}  checks ${s.checks} (failing: ours ${s.failing.ours}, HF ${s.failing.hf})`,
    );
  }
  console.log(`batch: ${batch} sample filings/s (parse + schema + every rule); ${batchCpu}/s of this process's CPU time`);
  console.log('targets: edit ≤ 0.05 ms at every size; ours/HF < 1 at 20× and 100×; full ≤ 7 ms at 20×; batch ≥ 500/s');
  console.log(JSON.stringify({ sizes: compact, batch_per_s: batch }));
}
