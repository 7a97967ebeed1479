// The value of every cell of a filing. Which cells exist and what a computed cell sums come from the
// table model (src/shared/table/model.ts); this file orders the computed cells, evaluates them, and
// after an edit moves each sum by the change (new − old) along the cells downstream, so one edit costs
// the same at any size. A FilingModel is rebuilt when rows are added or removed and reused for every
// cell edit. Values are held in 分 as bigint (exact, and far cheaper to add than Decimal); Decimal is
// what callers get back. Every cell of a model is numbered (dense ids, one structure = one numbering):
// values are an array by id, a computed cell's addends and the dependency order are ids, so a full
// computation builds no string key. A model is cached per template and row set (the same structure
// re-opened, or a batch of filings alike, reuses it).
import type Decimal from 'decimal.js';
import type { TableDef, Template } from '../types/template';
import type { Filing } from './types';
import { ZERO, fenOf, fenToDecimal } from '../money/money';
import { type CellKey, type CellRef, TOTAL_ROW, cellKey, cellOf, keyOf } from '../types/cell-ref';
import { type CellKind, type TableModel, kindOf, tableModel, termsOf } from '../table/model';

export interface Term {
  key: CellKey;
  sign: 1 | -1;
}

export interface ComputedCell {
  key: CellKey;
  /** The cell's id in its model. */
  id: number;
  terms: Term[];
  /** The terms' cells as ids in the model (-1: no such cell, counts as blank), and their signs. */
  termIds: Int32Array;
  termSigns: Int8Array;
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
  /** The dense numbering of the model's cells (entered and computed). */
  readonly ids: ReadonlyMap<CellKey, number>;
  readonly keys: readonly CellKey[];
  /** table → row → id by 栏次 of the row's entered cells (-1: not entered), for reading a filing. */
  readonly enteredIds: ReadonlyMap<string, ReadonlyMap<string, Int32Array>>;
  /** Computed cells by id (undefined for entered cells). */
  readonly computedById: ReadonlyArray<ComputedCell | undefined>;
  /** id → the computed cells that read it (ids), with signs. Built on first use. */
  readonly dependentIds: ReadonlyArray<readonly DependentId[] | undefined>;
}

export interface DependentId {
  id: number;
  sign: 1 | -1;
}

/**
 * Cell values in 分, by the model's cell ids; a blank cell holds 0n (blank counts as 0). Keyed access
 * (get/set by CellKey) is for edits and callers; the full computation works on `fen` by id.
 */
export class CellValues {
  constructor(
    readonly model: FilingModel,
    readonly fen: bigint[],
  ) {}

  get(key: CellKey): bigint | undefined {
    const i = this.model.ids.get(key);
    return i === undefined ? undefined : this.fen[i];
  }

  /** Cells outside the model hold nothing (as a full computation would ignore them). */
  set(key: CellKey, v: bigint): this {
    const i = this.model.ids.get(key);
    if (i !== undefined) this.fen[i] = v;
    return this;
  }

  delete(key: CellKey): void {
    this.set(key, 0n);
  }

  keys(): IterableIterator<CellKey> {
    return this.model.keys.values();
  }

  *[Symbol.iterator](): IterableIterator<[CellKey, bigint]> {
    const { keys } = this.model;
    for (let i = 0; i < keys.length; i++) yield [keys[i], this.fen[i]];
  }
}

class Model implements FilingModel {
  order: CellKey[] = [];
  /** The same order, as the cells themselves (no lookups while computing). */
  orderCells: ComputedCell[] = [];
  cycles: CellKey[][] = [];
  cyclic = new Set<CellKey>();
  readonly ids = new Map<CellKey, number>();
  readonly keys: CellKey[] = [];
  readonly enteredIds = new Map<string, Map<string, Int32Array>>();
  readonly computedById: Array<ComputedCell | undefined> = [];
  private dependentsIndex: Map<CellKey, Term[]> | null = null;
  private dependentIdsIndex: Array<DependentId[] | undefined> | null = null;
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

  get dependentIds(): Array<DependentId[] | undefined> {
    if (!this.dependentIdsIndex) {
      const index: Array<DependentId[] | undefined> = new Array(this.keys.length);
      for (const c of this.computed.values()) {
        for (let i = 0; i < c.termIds.length; i++) {
          const id = c.termIds[i];
          if (id < 0) continue;
          (index[id] ??= []).push({ id: c.id, sign: c.termSigns[i] as 1 | -1 });
        }
      }
      this.dependentIdsIndex = index;
    }
    return this.dependentIdsIndex;
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

  /** Numbers every entered and computed cell: entered cells table by table, then computed ones. */
  number(): void {
    for (const m of this.models.values()) {
      const byRow = new Map<string, Int32Array>();
      const maxCol = Math.max(0, ...m.def.columns.map((c) => c.col));
      for (const line of m.lines) {
        let ids: Int32Array | null = null;
        for (const col of line.cols) {
          if (kindOf(line, col) !== 'entered') continue;
          ids ??= new Int32Array(maxCol + 1).fill(-1);
          ids[col] = this.add(cellKey(m.def.id, line.row, col));
        }
        if (ids && !byRow.has(line.row)) byRow.set(line.row, ids);
      }
      this.enteredIds.set(m.def.id, byRow);
    }
    for (const c of this.computed.values()) this.computedById[this.add(c.key)] = c;
    this.computedById.length = this.keys.length;
  }

  private add(key: CellKey): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    return id;
  }
}

/** A computed cell of one table model; ids are given when the filing's model numbers its cells. */
function computedCell(key: CellKey, terms: Term[], origin: ComputedCell['origin']): ComputedCell {
  return { key, id: -1, terms, termIds: new Int32Array(0), termSigns: new Int8Array(0), origin };
}

/** The computed cells of one table model, with their addends as keys (shared: copied per filing model). */
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
        out.push(computedCell(key, terms, 'hierarchy'));
        continue;
      }
      const f = termsOf(m, line, col);
      if (f) out.push(computedCell(key, f.terms.map((x) => ({ key: keyOf(x.ref), sign: x.sign })), f.origin));
    }
  }
  if (!m.coded) FIXED_COMPUTED.set(m, out);
  return out;
}

/** A fixed table's model depends on the template only: so do its computed cells (shared, never changed). */
const FIXED_COMPUTED = new WeakMap<TableModel, ComputedCell[]>();

/** Models by template and row set: the last few structures seen (a batch, a re-opened filing). */
const MODELS = new WeakMap<Template, Array<{ signature: string; model: Model }>>();
const MODELS_KEPT = 4;

/** What a model depends on besides the template: the row keys of each coded table. */
function signatureOf(filing: Filing, template: Template): string {
  let s = '';
  for (const t of template.tables) if (t.kind === 'coded') s += `${t.id}:${Object.keys(filing.tables[t.id] ?? {}).join(',')};`;
  return s;
}

export function buildModel(filing: Filing, template: Template): FilingModel {
  const signature = signatureOf(filing, template);
  let kept = MODELS.get(template);
  if (!kept) MODELS.set(template, (kept = []));
  const hit = kept.find((x) => x.signature === signature);
  if (hit) return hit.model;
  const model = newModel(filing, template);
  kept.unshift({ signature, model });
  if (kept.length > MODELS_KEPT) kept.pop();
  return model;
}

function newModel(filing: Filing, template: Template): Model {
  const tables = new Map(template.tables.map((t) => [t.id, t]));
  const models = new Map<string, TableModel>();
  const computed = new Map<CellKey, ComputedCell>();
  for (const t of template.tables) {
    const m = tableModel(t, t.kind === 'coded' ? Object.keys(filing.tables[t.id] ?? {}) : []);
    models.set(t.id, m);
    // Copied: ids belong to this filing model, the table's cells may be shared by many.
    for (const c of computedCells(m)) computed.set(c.key, { ...c });
  }
  const model = new Model(template, tables, models, computed);
  model.number();
  for (const c of computed.values()) {
    c.id = model.ids.get(c.key)!;
    c.termIds = Int32Array.from(c.terms, (t) => model.ids.get(t.key) ?? -1);
    c.termSigns = Int8Array.from(c.terms, (t) => t.sign);
  }
  orderComputed(model);
  return model;
}

/**
 * Depth-first, addends before the cells they feed. A back edge closes a cycle: its cells are recorded
 * (and count as 0, in a full and an incremental run alike), and the walk goes on, so it always ends.
 */
function orderComputed(model: Model): void {
  const { order, cycles, cyclic, computedById } = model;
  const state = new Uint8Array(model.keys.length);
  const path: ComputedCell[] = [];
  const visit = (c: ComputedCell): void => {
    const s = state[c.id];
    if (s === 2) return;
    if (s === 1) {
      const cycle = path.slice(path.lastIndexOf(c)).map((x) => x.key);
      cycles.push(cycle);
      for (const k of cycle) cyclic.add(k);
      return;
    }
    state[c.id] = 1;
    path.push(c);
    for (const id of c.termIds) {
      const d = id >= 0 ? computedById[id] : undefined;
      if (d) visit(d);
    }
    path.pop();
    state[c.id] = 2;
    order.push(c.key);
    model.orderCells.push(c);
  };
  for (const c of model.computed.values()) visit(c);
}

/** Whether a map (stated figures, say) holds anything: no array made, unlike Object.keys. */
export function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
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

/** Every cell's value: entered cells as held (blank = 0), computed cells in dependency order. */
export function computeValues(model: FilingModel, filing: Filing): CellValues {
  const fen: bigint[] = new Array<bigint>(model.keys.length).fill(0n);
  // Walk what the filing holds (mostly blanks are absent), keeping only cells the template enters.
  for (const table in filing.tables) {
    const byRow = model.enteredIds.get(table);
    if (!byRow) continue;
    const rows = filing.tables[table];
    for (const row in rows) {
      const ids = byRow.get(row);
      if (!ids) continue;
      const cols = rows[row];
      for (const col in cols) {
        const id = ids[Number(col)];
        if (id === undefined || id < 0) continue;
        const v = fenOf(cols[col]);
        if (v !== null) fen[id] = v;
      }
    }
  }
  const cells = model instanceof Model ? model.orderCells : model.order.map((k) => model.computed.get(k)!);
  const cyclic = model.cyclic;
  for (const c of cells) {
    if (cyclic.size > 0 && cyclic.has(c.key)) continue;
    const { termIds, termSigns } = c;
    let v = 0n;
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i];
      if (id < 0) continue;
      v = termSigns[i] === 1 ? v + fen[id] : v - fen[id];
    }
    fen[c.id] = v;
  }
  return new CellValues(model, fen);
}

/**
 * One entered cell changed by `delta` (its value in `values` already updated): every computed cell
 * downstream moves by sign × delta, exactly, without re-adding its other addends. Cells on a cycle
 * stay 0. Adds the computed cells whose value changed to `changed`.
 */
export function propagate(model: FilingModel, values: CellValues, key: CellKey, delta: bigint, changed: Set<CellKey>): void {
  const id = model.ids.get(key);
  if (id === undefined) return;
  const ids = new Set<number>();
  propagateIds(model, values.fen, id, delta, ids);
  for (const i of ids) changed.add(model.keys[i]);
}

/** propagate by cell id (the engine's edit path: no key is built or looked up per cell). */
export function propagateIds(model: FilingModel, fen: bigint[], id: number, delta: bigint, changed: Set<number>): void {
  if (delta === 0n) return;
  const deps = model.dependentIds[id];
  if (!deps) return;
  const cyclic = model.cyclic.size > 0 ? model.cyclic : null;
  for (const d of deps) {
    if (cyclic && cyclic.has(model.keys[d.id])) continue;
    const step = d.sign === 1 ? delta : -delta;
    fen[d.id] += step;
    changed.add(d.id);
    propagateIds(model, fen, d.id, step, changed);
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
  return f === undefined || f === 0n ? ZERO : fenToDecimal(f);
}

/** Convenience for one-off use (export, narrative): the value of every cell of a filing. */
export function computeFiling(filing: Filing, template: Template): { model: FilingModel; values: CellValues; value(cell: CellRef): Decimal } {
  const model = buildModel(filing, template);
  const values = computeValues(model, filing);
  return { model, values, value: (cell) => valueOf(values, cell) };
}

export { TOTAL_ROW, cellOf };
