// The value of every cell of a filing. Which cells exist and what a computed cell sums come from the
// table model (src/shared/table/model.ts); this file orders the computed cells, evaluates them, and
// after an edit moves each sum by the change (new − old) along the cells downstream, so one edit costs
// the same at any size. A FilingModel is rebuilt when rows are added or removed and reused for every
// cell edit. Values are held in 分 as bigint (exact, and far cheaper to add than Decimal); Decimal is
// what callers get back.
import type Decimal from 'decimal.js';
import type { TableDef, Template } from '../templates/types';
import type { Filing } from './types';
import { ZERO, fenOf, fenToDecimal } from '../money/money';
import { type CellKey, type CellRef, TOTAL_ROW, cellKey, cellOf, keyOf } from '../table/cell-ref';
import { type CellKind, type TableModel, kindOf, tableModel, termsOf } from '../table/model';

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
  tables: ReadonlyMap<string, TableDef>;
  /** The table model of every table, for this filing's rows. */
  models: ReadonlyMap<string, TableModel>;
  computed: ReadonlyMap<CellKey, ComputedCell>;
  /** Computed cells in dependency order (every addend before the cells it feeds). */
  order: CellKey[];
  /** Each cycle once, as the cells around it. Cells on a cycle count as 0. */
  cycles: CellKey[][];
  cyclic: Set<CellKey>;
  kind(cell: CellRef): CellKind | null;
  /** Whether a clerk types into this cell (it exists and is neither computed nor ——). */
  isEntered(table: string, row: string, col: number): boolean;
  /** An addend → the computed cells that read it, with the sign it is read with. Built on first use. */
  readonly dependents: ReadonlyMap<CellKey, readonly Term[]>;
  /** Every cell a clerk types into. Built on first use. */
  readonly entered: ReadonlySet<CellKey>;
}

/** Cell values in 分; a cell that is absent is blank, which counts as 0. */
export type CellValues = Map<CellKey, bigint>;

class Model implements FilingModel {
  order: CellKey[] = [];
  /** The same order, as the cells themselves (no lookups while computing). */
  orderCells: ComputedCell[] = [];
  cycles: CellKey[][] = [];
  cyclic = new Set<CellKey>();
  private dependentsIndex: Map<CellKey, Term[]> | null = null;
  private enteredIndex: Set<CellKey> | null = null;

  constructor(
    readonly template: Template,
    readonly tables: Map<string, TableDef>,
    readonly models: Map<string, TableModel>,
    readonly computed: Map<CellKey, ComputedCell>,
  ) {}

  kind(cell: CellRef): CellKind | null {
    const m = this.models.get(cell.table);
    return m ? kindOf(m.line(cell.row), cell.col) : null;
  }

  isEntered(table: string, row: string, col: number): boolean {
    const m = this.models.get(table);
    return !!m && kindOf(m.line(row), col) === 'entered';
  }

  get dependents(): Map<CellKey, Term[]> {
    if (!this.dependentsIndex) {
      const index = new Map<CellKey, Term[]>();
      for (const c of this.computed.values()) {
        for (const term of c.terms) {
          const reader = { key: c.key, sign: term.sign };
          const list = index.get(term.key);
          if (list) list.push(reader);
          else index.set(term.key, [reader]);
        }
      }
      this.dependentsIndex = index;
    }
    return this.dependentsIndex;
  }

  get entered(): Set<CellKey> {
    if (!this.enteredIndex) {
      const out = new Set<CellKey>();
      for (const m of this.models.values()) {
        for (const line of m.lines) for (const col of line.cols) if (kindOf(line, col) === 'entered') out.add(cellKey(m.def.id, line.row, col));
      }
      this.enteredIndex = out;
    }
    return this.enteredIndex;
  }
}

/** A fixed table's model depends on the template only: so do its computed cells (shared, never changed). */
const FIXED_COMPUTED = new WeakMap<TableModel, ComputedCell[]>();

/** The computed cells of one table model, with their addends as keys. */
function computedCells(m: TableModel): ComputedCell[] {
  const cached = FIXED_COMPUTED.get(m);
  if (cached) return cached;
  const out: ComputedCell[] = [];
  const id = m.def.id;
  for (const line of m.lines) {
    if (line.computed.size === 0) continue;
    for (const col of line.cols) {
      const key = cellKey(id, line.row, col);
      if (line.sums) {
        // The model's 类/款/合计 sum (termsOf), keyed directly: tens of thousands of these at 100×.
        if (kindOf(line, col) !== 'computed') continue;
        const terms: Term[] = [];
        for (const child of line.children) terms.push({ key: cellKey(id, child, col), sign: 1 });
        out.push({ key, terms, origin: 'hierarchy' });
        continue;
      }
      const f = termsOf(m, line, col);
      if (f) out.push({ key, terms: f.terms.map((x) => ({ key: keyOf(x.ref), sign: x.sign })), origin: f.origin });
    }
  }
  if (!m.coded) FIXED_COMPUTED.set(m, out);
  return out;
}

export function buildModel(filing: Filing, template: Template): FilingModel {
  const tables = new Map(template.tables.map((t) => [t.id, t]));
  const models = new Map<string, TableModel>();
  const computed = new Map<CellKey, ComputedCell>();
  for (const t of template.tables) {
    const m = tableModel(t, t.kind === 'coded' ? Object.keys(filing.tables[t.id] ?? {}) : []);
    models.set(t.id, m);
    for (const c of computedCells(m)) computed.set(c.key, c);
  }
  const model = new Model(template, tables, models, computed);
  orderComputed(model);
  return model;
}

/**
 * Depth-first, addends before the cells they feed. A back edge closes a cycle: its cells are recorded
 * (and count as 0, in a full and an incremental run alike), and the walk goes on, so it always ends.
 */
function orderComputed(model: Model): void {
  const { computed, order, cycles, cyclic } = model;
  // The computed addends of each computed cell, looked up once, so the walk below touches objects only.
  const deps = new Map<ComputedCell, ComputedCell[]>();
  for (const c of computed.values()) {
    const list: ComputedCell[] = [];
    for (const t of c.terms) {
      const d = computed.get(t.key);
      if (d) list.push(d);
    }
    deps.set(c, list);
  }
  const state = new Map<ComputedCell, 1 | 2>();
  const path: ComputedCell[] = [];
  const visit = (c: ComputedCell): void => {
    const s = state.get(c);
    if (s === 2) return;
    if (s === 1) {
      const cycle = path.slice(path.lastIndexOf(c)).map((x) => x.key);
      cycles.push(cycle);
      for (const k of cycle) cyclic.add(k);
      return;
    }
    state.set(c, 1);
    path.push(c);
    for (const d of deps.get(c)!) visit(d);
    path.pop();
    state.set(c, 2);
    order.push(c.key);
    model.orderCells.push(c);
  };
  for (const c of computed.values()) visit(c);
}

/** A stored figure in 分; a malformed figure counts as blank (the file schema reports it). */
export const storedFen = fenOf;

/** An entered figure in 分, or null when blank. */
export function enteredFen(filing: Filing, table: string, row: string, col: number): bigint | null {
  return fenOf(filing.tables[table]?.[row]?.[String(col)]);
}

/** A stated (imported) figure of a computed cell in 分, or null. */
export function statedFen(filing: Filing, table: string, row: string, col: number): bigint | null {
  return fenOf(filing.stated[table]?.[row]?.[String(col)]);
}

export function statedValue(filing: Filing, table: string, row: string, col: number): Decimal | null {
  const f = statedFen(filing, table, row, col);
  return f === null ? null : fenToDecimal(f);
}

function evalCell(c: ComputedCell, values: CellValues): bigint {
  let v = 0n;
  for (const t of c.terms) {
    const x = values.get(t.key);
    if (x !== undefined) v = t.sign === 1 ? v + x : v - x;
  }
  return v;
}

/** Every cell's value: entered cells as held (blank = absent), computed cells in dependency order. */
export function computeValues(model: FilingModel, filing: Filing): CellValues {
  const values: CellValues = new Map();
  // Walk what the filing holds (mostly blanks are absent), keeping only cells the template enters.
  for (const [table, rows] of Object.entries(filing.tables)) {
    const m = model.models.get(table);
    if (!m) continue;
    for (const row in rows) {
      const cols = rows[row];
      const line = m.line(row);
      if (!line) continue;
      for (const col in cols) {
        if (kindOf(line, Number(col)) !== 'entered') continue;
        const v = fenOf(cols[col]);
        if (v !== null) values.set(cellKey(table, row, Number(col)), v);
      }
    }
  }
  const cells = model instanceof Model ? model.orderCells : model.order.map((k) => model.computed.get(k)!);
  const cyclic = model.cyclic;
  for (const c of cells) values.set(c.key, cyclic.size > 0 && cyclic.has(c.key) ? 0n : evalCell(c, values));
  return values;
}

/**
 * One entered cell changed by `delta` (its value in `values` already updated): every computed cell
 * downstream moves by sign × delta, exactly (Decimal), without re-adding its other addends. Cells on a
 * cycle stay 0. Adds the computed cells whose value changed to `changed`.
 */
export function propagate(model: FilingModel, values: CellValues, key: CellKey, delta: bigint, changed: Set<CellKey>): void {
  if (delta === 0n) return;
  for (const d of model.dependents.get(key) ?? []) {
    if (model.cyclic.has(d.key)) continue;
    const step = d.sign === 1 ? delta : -delta;
    values.set(d.key, (values.get(d.key) ?? 0n) + step);
    changed.add(d.key);
    propagate(model, values, d.key, step, changed);
  }
}

/** Every computed cell downstream of the given cells (transitively). */
export function downstream(model: FilingModel, keys: Iterable<CellKey>): CellKey[] {
  const seen = new Set<CellKey>();
  const stack = [...keys];
  while (stack.length > 0) {
    const k = stack.pop()!;
    for (const d of model.dependents.get(k) ?? []) {
      if (!seen.has(d.key)) {
        seen.add(d.key);
        stack.push(d.key);
      }
    }
  }
  return [...seen];
}

/** The rows of a table in print order: template rows for fixed tables, 合计 + codes for coded ones. */
export function rowsOf(model: FilingModel, table: string): string[] {
  return (model.models.get(table)?.lines ?? []).map((l) => l.row);
}

/** entered / computed / none (no cell there, or ——). */
export function cellKind(model: FilingModel, cell: CellRef): 'entered' | 'computed' | 'none' {
  const k = model.kind(cell);
  return k === 'entered' || k === 'computed' ? k : 'none';
}

/** A cell's value in 元 (blank = 0). */
export function valueOf(values: CellValues, cell: CellRef): Decimal {
  const f = values.get(keyOf(cell));
  return f === undefined ? ZERO : fenToDecimal(f);
}

/** Convenience for one-off use (export, narrative): the value of every cell of a filing. */
export function computeFiling(filing: Filing, template: Template): { model: FilingModel; values: CellValues; value(cell: CellRef): Decimal } {
  const model = buildModel(filing, template);
  const values = computeValues(model, filing);
  return { model, values, value: (cell) => valueOf(values, cell) };
}

export { TOTAL_ROW, cellOf };
