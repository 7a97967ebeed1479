// The value of every cell of a filing. Entered cells come from filing.tables; computed cells from the
// template: RowDef.computed (fixed tables), rowFormulas on the leaves of coded tables (row '*' = this
// row), and the 类/款/合计 sums of coded tables. A FilingModel is the structure (which cells exist,
// which are computed, who reads whom, in what order); it is rebuilt when rows are added or removed and
// reused for every cell edit, so recalculation after a keystroke walks only what is downstream.
import Decimal from 'decimal.js';
import type { CellRef, RowDef, TableDef, Template } from '../templates/types';
import type { Filing } from './types';
import { ZERO } from '../money/money';
import { type CellKey, TOTAL_ROW, cellKey } from './cell-key';
import { type CodedRow, codedRows } from './hierarchy';

export interface Term {
  key: CellKey;
  sign: 1 | -1;
}

export interface ComputedCell {
  key: CellKey;
  terms: Term[];
  /** formula: declared by the template; hierarchy: a 类/款/合计 sum of a coded table. */
  origin: 'formula' | 'hierarchy';
}

export interface FilingModel {
  template: Template;
  tables: Map<string, TableDef>;
  /** Coded tables: rows in print order with their level and children. */
  coded: Map<string, CodedRow[]>;
  computed: Map<CellKey, ComputedCell>;
  /** Computed cells in dependency order (every addend before the cells it feeds). */
  order: CellKey[];
  /** Each cycle once, as the cells around it. Cells on a cycle count as 0. */
  cycles: CellKey[][];
  cyclic: Set<CellKey>;
  /** Whether a clerk types into this cell (it exists and is not computed). */
  isEntered(table: string, row: string, col: number): boolean;
  /** Built on first use (incremental recalculation), not for a one-off evaluation. */
  readonly rank: Map<CellKey, number>;
  /** An addend → the computed cells that read it. Built on first use. */
  readonly dependents: Map<CellKey, CellKey[]>;
  /** Every cell a clerk types into. Built on first use. */
  readonly entered: Set<CellKey>;
}

/** Cell values in 元; a cell that is absent is blank, which counts as 0. */
export type CellValues = Map<CellKey, Decimal>;

const ROW_DEFS = new WeakMap<TableDef, Map<string, RowDef>>();

/** A fixed table's RowDef by 行次 (cached per template table: 公开06表 has 150 rows). */
export function rowDefOf(t: TableDef, row: string): RowDef | undefined {
  let m = ROW_DEFS.get(t);
  if (!m) {
    m = new Map((t.rows ?? []).map((r) => [r.row, r]));
    ROW_DEFS.set(t, m);
  }
  return m.get(row);
}

class Model implements FilingModel {
  order: CellKey[] = [];
  cycles: CellKey[][] = [];
  cyclic = new Set<CellKey>();
  private rankIndex: Map<CellKey, number> | null = null;
  private dependentsIndex: Map<CellKey, CellKey[]> | null = null;
  private enteredIndex: Set<CellKey> | null = null;

  constructor(
    readonly template: Template,
    readonly tables: Map<string, TableDef>,
    readonly coded: Map<string, CodedRow[]>,
    readonly computed: Map<CellKey, ComputedCell>,
    /** Coded tables: the leaf rows (held by the filing). */
    private readonly leaves: Map<string, Set<string>>,
  ) {}

  isEntered(table: string, row: string, col: number): boolean {
    const t = this.tables.get(table);
    if (!t || !t.columns.some((c) => c.col === col)) return false;
    if (t.kind === 'coded') return this.leaves.get(table)!.has(row) && !t.rowFormulas?.[col];
    const r = rowDefOf(t, row);
    if (!r || r.blank || r.na?.includes(col) || r.computed?.[col]) return false;
    return (r.cols ?? t.columns.map((c) => c.col)).includes(col);
  }

  get rank(): Map<CellKey, number> {
    this.rankIndex ??= new Map(this.order.map((k, i) => [k, i]));
    return this.rankIndex;
  }

  get dependents(): Map<CellKey, CellKey[]> {
    if (!this.dependentsIndex) {
      const index = new Map<CellKey, CellKey[]>();
      for (const c of this.computed.values()) {
        for (const term of c.terms) {
          const list = index.get(term.key);
          if (list) list.push(c.key);
          else index.set(term.key, [c.key]);
        }
      }
      this.dependentsIndex = index;
    }
    return this.dependentsIndex;
  }

  get entered(): Set<CellKey> {
    if (!this.enteredIndex) {
      const out = new Set<CellKey>();
      for (const t of this.template.tables) {
        const rows = t.kind === 'coded' ? [...this.leaves.get(t.id)!] : (t.rows ?? []).map((r) => r.row);
        for (const row of rows) for (const c of t.columns) if (this.isEntered(t.id, row, c.col)) out.add(cellKey(t.id, row, c.col));
      }
      this.enteredIndex = out;
    }
    return this.enteredIndex;
  }
}

export function buildModel(filing: Filing, template: Template): FilingModel {
  const tables = new Map(template.tables.map((t) => [t.id, t]));
  const coded = new Map<string, CodedRow[]>();
  const leaves = new Map<string, Set<string>>();
  const computed = new Map<CellKey, ComputedCell>();
  const put = (key: CellKey, terms: Term[], origin: ComputedCell['origin']) => computed.set(key, { key, terms, origin });

  for (const t of template.tables) {
    const cols = t.columns.map((c) => c.col);
    if (t.kind === 'coded') {
      const rows = codedRows(Object.keys(filing.tables[t.id] ?? {}));
      coded.set(t.id, rows);
      leaves.set(t.id, new Set(rows.filter((r) => r.leaf).map((r) => r.row)));
      const formulas = t.rowFormulas ?? {};
      for (const r of rows) {
        for (const col of cols) {
          if (!r.leaf) {
            put(cellKey(t.id, r.row, col), r.children.map((child) => ({ key: cellKey(t.id, child, col), sign: 1 })), 'hierarchy');
          } else if (formulas[col]) {
            const terms = formulas[col].sum.map((term): Term => ({
              key: cellKey(term.table ?? t.id, term.row === '*' ? r.row : term.row, term.col),
              sign: term.sign ?? 1,
            }));
            put(cellKey(t.id, r.row, col), terms, 'formula');
          }
        }
      }
    } else {
      for (const r of t.rows ?? []) {
        if (r.blank || !r.computed) continue;
        for (const col of r.cols ?? cols) {
          const f = r.computed[col];
          if (!f || r.na?.includes(col)) continue;
          put(cellKey(t.id, r.row, col), f.sum.map((term): Term => ({ key: cellKey(term.table ?? t.id, term.row, term.col), sign: term.sign ?? 1 })), 'formula');
        }
      }
    }
  }
  const model = new Model(template, tables, coded, computed, leaves);
  orderComputed(model);
  return model;
}

/**
 * Depth-first, addends before the cells they feed. A back edge closes a cycle: its cells are recorded
 * (and count as 0, in a full and an incremental run alike), and the walk goes on, so it always ends.
 */
function orderComputed(model: Model): void {
  const { computed, order, cycles, cyclic } = model;
  const state = new Map<CellKey, 1 | 2>();
  const path: CellKey[] = [];
  const visit = (key: CellKey): void => {
    const s = state.get(key);
    if (s === 2) return;
    if (s === 1) {
      const cycle = path.slice(path.lastIndexOf(key));
      cycles.push(cycle);
      for (const k of cycle) cyclic.add(k);
      return;
    }
    state.set(key, 1);
    path.push(key);
    for (const t of computed.get(key)!.terms) if (computed.has(t.key)) visit(t.key);
    path.pop();
    state.set(key, 2);
    order.push(key);
  };
  for (const key of computed.keys()) visit(key);
}

/** Parses what the filing holds; a malformed figure counts as blank (the file schema reports it). */
function storedValue(s: string | undefined): Decimal | null {
  if (s === undefined || s === '') return null;
  try {
    return new Decimal(s);
  } catch {
    return null;
  }
}

export function enteredValue(filing: Filing, table: string, row: string, col: number): Decimal | null {
  return storedValue(filing.tables[table]?.[row]?.[String(col)]);
}

export function statedValue(filing: Filing, table: string, row: string, col: number): Decimal | null {
  return storedValue(filing.stated[table]?.[row]?.[String(col)]);
}

function evalCell(c: ComputedCell, values: CellValues): Decimal {
  let v = ZERO;
  for (const t of c.terms) {
    const x = values.get(t.key);
    if (x) v = t.sign === 1 ? v.plus(x) : v.minus(x);
  }
  return v;
}

/** Every cell's value: entered cells as held (blank = absent), computed cells in dependency order. */
export function computeValues(model: FilingModel, filing: Filing): CellValues {
  const values: CellValues = new Map();
  // Walk what the filing holds (mostly blanks are absent), keeping only cells the template enters.
  for (const [table, rows] of Object.entries(filing.tables)) {
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, s] of Object.entries(cols)) {
        if (!model.isEntered(table, row, Number(col))) continue;
        const v = storedValue(s);
        if (v) values.set(cellKey(table, row, Number(col)), v);
      }
    }
  }
  for (const key of model.order) values.set(key, model.cyclic.has(key) ? ZERO : evalCell(model.computed.get(key)!, values));
  return values;
}

/**
 * After entered cells changed (values already updated in `values`), recomputes only the computed cells
 * downstream of them, in dependency order. Returns the computed cells whose value changed.
 */
export function recompute(model: FilingModel, values: CellValues, changed: Iterable<CellKey>): CellKey[] {
  const dirty = new Set<CellKey>();
  const stack = [...changed];
  while (stack.length > 0) {
    const k = stack.pop()!;
    for (const d of model.dependents.get(k) ?? []) {
      if (!dirty.has(d)) {
        dirty.add(d);
        stack.push(d);
      }
    }
  }
  const ordered = [...dirty].sort((a, b) => model.rank.get(a)! - model.rank.get(b)!);
  const out: CellKey[] = [];
  for (const key of ordered) {
    const v = model.cyclic.has(key) ? ZERO : evalCell(model.computed.get(key)!, values);
    const old = values.get(key);
    if (!old || !old.eq(v)) out.push(key);
    values.set(key, v);
  }
  return out;
}

/** Every computed cell downstream of the given cells (transitively). */
export function downstream(model: FilingModel, keys: Iterable<CellKey>): CellKey[] {
  const seen = new Set<CellKey>();
  const stack = [...keys];
  while (stack.length > 0) {
    const k = stack.pop()!;
    for (const d of model.dependents.get(k) ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        stack.push(d);
      }
    }
  }
  return [...seen];
}

/** The rows of a table in print order: template rows for fixed tables, 合计 + codes for coded ones. */
export function rowsOf(model: FilingModel, table: string): string[] {
  const coded = model.coded.get(table);
  if (coded) return coded.map((r) => r.row);
  return (model.tables.get(table)?.rows ?? []).map((r) => r.row);
}

export type CellKind = 'entered' | 'computed' | 'none';

export function cellKind(model: FilingModel, cell: CellRef): CellKind {
  if (model.computed.has(cellKey(cell.table, cell.row, cell.col))) return 'computed';
  return model.isEntered(cell.table, cell.row, cell.col) ? 'entered' : 'none';
}

/** Convenience for one-off use (export, narrative): the value of every cell of a filing. */
export function computeFiling(filing: Filing, template: Template): { model: FilingModel; values: CellValues; value(cell: CellRef): Decimal } {
  const model = buildModel(filing, template);
  const values = computeValues(model, filing);
  return { model, values, value: (cell) => values.get(cellKey(cell.table, cell.row, cell.col)) ?? ZERO };
}

export { TOTAL_ROW };
