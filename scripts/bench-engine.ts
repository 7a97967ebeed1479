// Benchmark of the rule engine: full evaluation, incremental re-evaluation after one edit, batch check
// throughput, and HyperFormula running the same sums and balance checks as spreadsheet formulas.
// Run: npx tsx scripts/bench-engine.ts [runs]. Prints JSON; asserts nothing (targets are printed beside).
import { cpus, loadavg } from 'node:os';
import { HyperFormula } from 'hyperformula';
import { buildModel, rowsOf } from '../src/shared/filing/compute';
import { cellOf } from '../src/shared/filing/cell-key';
import { parseFiling, serializeFiling } from '../src/shared/filing/schema';
import type { Edit, Filing, TableValues } from '../src/shared/filing/types';
import { createEngine, evaluateAll } from '../src/shared/rules/engine';
import { buildInstances } from '../src/shared/rules/instances';
import { findCode, getCatalog } from '../src/shared/catalog/index';
import { sampleFiling } from '../src/shared/sample/index';
import { getTemplate } from '../src/shared/templates/registry';
import type { Template } from '../src/shared/templates/types';
import { Decimal } from '../src/shared/money/money';

const RUNS = Number(process.argv[2] ?? 200);
const template = getTemplate('shanxi-2022');

function stats(samples: number[]): { median: number; p95: number; runs: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: s.length };
}
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The sample with every 项 row of every coded table copied k times under made-up codes (customCodes), and
 * every entered figure of the fixed tables multiplied by k, so every rule balances (or fails) as before. */
function synthetic(k: number): Filing {
  const f = sampleFiling();
  const catalog = getCatalog('function', 2022);
  const pools = new Map<string, string[]>();
  const customCodes: Filing['customCodes'] = [];
  const pool = (cls: string): string[] => {
    let p = pools.get(cls);
    if (p) return p;
    p = [];
    for (let g = 60; g <= 98; g++) {
      const group = `${cls}${g}`;
      if (findCode(catalog, group)) continue;
      customCodes.push({ catalog: 'function', code: group, name: `测试款${group}` });
      for (let i = 1; i <= 99; i++) p.push(`${group}${String(i).padStart(2, '0')}`);
    }
    pools.set(cls, p);
    return p;
  };
  const assigned = new Map<string, string[]>();
  const codesFor = (leaf: string): string[] => {
    let codes = assigned.get(leaf);
    if (codes) return codes;
    const p = pool(leaf.slice(0, 3));
    codes = p.splice(0, k);
    for (const code of codes) customCodes.push({ catalog: 'function', code, name: `测试项${code}` });
    assigned.set(leaf, codes);
    return codes;
  };
  for (const t of template.tables) {
    const values = f.tables[t.id] ?? {};
    const out: TableValues = {};
    if (t.kind === 'coded') {
      for (const [leaf, cols] of Object.entries(values)) for (const code of codesFor(leaf)) out[code] = { ...cols };
    } else {
      for (const [row, cols] of Object.entries(values)) {
        out[row] = {};
        for (const [col, v] of Object.entries(cols)) out[row][col] = new Decimal(v).times(k).toFixed(2);
      }
    }
    f.tables[t.id] = out;
  }
  f.customCodes = customCodes;
  return f;
}

function countCodedRows(f: Filing): number {
  const model = buildModel(f, template);
  let n = 0;
  for (const t of template.tables) if (t.kind === 'coded') n += rowsOf(model, t.id).length;
  return n;
}

/** Toggles one entered 项 cell of 公开05表 (feeding its 款, 类, 合计, 公开04表 rules, 公开06表 links). */
function editOf(f: Filing, i: number): Extract<Edit, { kind: 'cell' }> {
  const row = Object.keys(f.tables.T05).sort()[0];
  const base = new Decimal(f.tables.T05[row]['2'] ?? '0');
  return { kind: 'cell', table: 'T05', row, col: 2, value: base.plus(i % 2 === 0 ? 1 : 0).toFixed(2) };
}

/** Runs before timing, so the figures are of JIT-compiled code, as in a clerk's session after a few edits. */
const WARMUP = 30;

function benchEngine(f: Filing) {
  for (let i = 0; i < WARMUP; i++) evaluateAll(f, template);
  const warm = createEngine(f, template);
  for (let i = 0; i < WARMUP; i++) warm.apply([editOf(f, i + 1)]);
  const full: number[] = [];
  for (let i = 0; i < RUNS; i++) full.push(time(() => evaluateAll(f, template)));
  const engine = createEngine(f, template);
  const incremental: number[] = [];
  for (let i = 0; i < RUNS; i++) incremental.push(time(() => engine.apply([editOf(f, i + 1)])));
  return { full: stats(full), incremental: stats(incremental), findings: engine.findings.length };
}

function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The same data in HyperFormula: one sheet per table, computed cells and rule checks as formulas. */
function benchHyperFormula(f: Filing, t: Template) {
  const model = buildModel(f, t);
  const rowIndex = new Map<string, Map<string, number>>();
  for (const table of t.tables) rowIndex.set(table.id, new Map(rowsOf(model, table.id).map((r, i) => [r, i])));
  const ref = (key: string): string => {
    const c = cellOf(key);
    const r = rowIndex.get(c.table)?.get(c.row);
    if (r === undefined) return '0';
    return `${c.table}!${colName(c.col)}${r + 1}`;
  };
  const sheets: Record<string, Array<Array<string | number | null>>> = {};
  for (const table of t.tables) {
    const n = rowIndex.get(table.id)!.size;
    sheets[table.id] = Array.from({ length: n }, () => Array(13).fill(null));
  }
  for (const key of model.entered) {
    const c = cellOf(key);
    const v = f.tables[c.table]?.[c.row]?.[String(c.col)];
    if (v !== undefined) sheets[c.table][rowIndex.get(c.table)!.get(c.row)!][c.col - 1] = Number(v);
  }
  for (const comp of model.computed.values()) {
    const c = cellOf(comp.key);
    const terms = comp.terms.map((x) => (x.sign === -1 ? '-' : '+') + ref(x.key)).join('');
    sheets[c.table][rowIndex.get(c.table)!.get(c.row)!][c.col - 1] = `=0${terms}`;
  }
  const checks: Array<Array<string>> = [];
  for (const inst of buildInstances(model, f)) {
    if (inst.kind !== 'check') continue;
    const side = (s: typeof inst.left) =>
      '0' + s.terms.map((x) => (x.sign === -1 ? '-' : '+') + (x.kind === 'lastYear' ? String(Number(f.narrative.lastYear[x.name] ?? 0)) : ref(x.key))).join('');
    const diff = `(${side(inst.left)})-(${side(inst.right)})`;
    checks.push([inst.op === 'eq' ? `=IF(ABS(${diff})<0.005,0,1)` : `=IF(${diff}<0.005,0,1)`]);
  }
  sheets.Checks = checks;
  let hf!: HyperFormula;
  const build = time(() => {
    hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  });
  const sheetId = hf.getSheetId('T05')!;
  const edit = editOf(f, 1);
  const row = rowIndex.get('T05')!.get(edit.row)!;
  const base = Number(f.tables.T05[edit.row]['2'] ?? 0);
  for (let i = 0; i < WARMUP; i++) hf.setCellContents({ sheet: sheetId, row, col: 1 }, [[base + (i % 2 === 0 ? 1 : 0)]]);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    samples.push(time(() => hf.setCellContents({ sheet: sheetId, row, col: 1 }, [[base + (i % 2 === 0 ? 1 : 0)]])));
  }
  const failing = (hf.getSheetValues(hf.getSheetId('Checks')!) as number[][]).filter((r) => r[0] === 1).length;
  hf.destroy();
  return { build: round(build), recalcAfterEdit: stats(samples), checks: checks.length, failingChecks: failing };
}

function benchBatch(f: Filing): { filingsPerSecond: number; files: number } {
  const text = serializeFiling(f);
  for (let i = 0; i < 5; i++) evaluateAll(f, template);
  const n = Math.max(20, Math.floor(RUNS / 2));
  const t = time(() => {
    for (let i = 0; i < n; i++) {
      const r = parseFiling(text);
      if (!r.ok) throw new Error(r.message);
      evaluateAll(r.filing, template);
    }
  });
  return { filingsPerSecond: Math.round((n / t) * 1000), files: n };
}

const sample = sampleFiling();
const big = synthetic(56);
// Wall-clock figures: on a shared machine they grow with the load printed here.
const result: Record<string, unknown> = { machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0] * 100) / 100, runs: RUNS, warmup: WARMUP } };
for (const [name, f, targets] of [
  ['sample', sample, { incrementalMs: 1, fullMs: 20 }],
  ['synthetic20x', big, { incrementalMs: 5, fullMs: 200 }],
] as const) {
  const ours = benchEngine(f);
  const hf = benchHyperFormula(f, template);
  result[name] = {
    codedRows: countCodedRows(f),
    targets,
    ours,
    hyperformula: hf,
    ratioIncrementalOursToHF: round(ours.incremental.median / hf.recalcAfterEdit.median),
    batch: benchBatch(f),
  };
}
console.log(JSON.stringify(result, null, 2));
