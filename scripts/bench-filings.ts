// The filings and edits the engine benchmarks share (bench-engine.ts, bench-edit.ts): the sample grown
// to N× its coded rows, and edits of entered cells prepared before any timer starts.
import { findCode, getCatalog } from '../src/shared/catalog/index';
import type { Edit, Filing, TableValues } from '../src/shared/filing/types';
import { Decimal } from '../src/shared/money/money';
import { sampleFiling } from '../src/shared/sample/index';
import { getTemplate } from '../src/shared/templates/registry';

export const template = getTemplate('shanxi-2022');

/** N× = about N times the sample's coded rows (89): k copies of each 项 row, k = 2.8 N. */
export const SIZES = [['1x', 1], ['20x', 56], ['100x', 280]] as const;

export type CellEdit = { edit: Extract<Edit, { kind: 'cell' }>; number: number };

/** The sample with every 项 row of every coded table copied k times under made-up codes (customCodes),
 * and every entered figure of the fixed tables multiplied by k, so every rule balances (or fails) as
 * before. No stated (imported) totals: HyperFormula has nothing to compare them with. */
export function synthetic(k: number): Filing {
  const f = sampleFiling();
  f.stated = {};
  if (k === 1) return f;
  const catalog = getCatalog('function', 2022);
  const pools = new Map<string, string[]>();
  const customCodes: Filing['customCodes'] = [];
  const pool = (cls: string): string[] => {
    let p = pools.get(cls);
    if (p) return p;
    p = [];
    for (let g = 20; g <= 98; g++) {
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

/** n edits of entered 项 cells of 公开05表 栏2 (each feeds its 款, 类, 合计, 公开04/06表 rules),
 * spread over the first rows and toggling each between its figure and figure + 1. */
export function prepareEdits(f: Filing, n: number): CellEdit[] {
  const rows = Object.keys(f.tables.T05).sort().slice(0, 8);
  const out: CellEdit[] = [];
  const state = new Map(rows.map((r) => [r, new Decimal(f.tables.T05[r]['2'] ?? '0')]));
  for (let i = 0; i < n; i++) {
    const row = rows[i % rows.length];
    const base = new Decimal(f.tables.T05[row]['2'] ?? '0');
    const next = state.get(row)!.eq(base) ? base.plus(1) : base;
    state.set(row, next);
    out.push({ edit: { kind: 'cell', table: 'T05', row, col: 2, value: next.toFixed(2) }, number: next.toNumber() });
  }
  return out;
}

