// The one model of a table: from its definition and the 项 rows a filing holds, the lines (in print
// order, per side), the cells each line has and their kind (entered, computed, not applicable), what a
// computed cell sums, the header groups of each side and where the 栏次 line goes. The engine, the edit
// check, the grid, print/xlsx and import all read cells from here; nothing else derives them.
import type { CellRef, TableId } from './cell-ref';
import { TOTAL_ROW } from './cell-ref';
import type { ColumnDef, RowDef, TableDef } from '../templates/types';
import { type CodeLevel, type CodedRow, codedRows } from './hierarchy';
import { type HeaderNode, headerTree, treeDepth } from './headers';

/** entered: a clerk types it; computed: a formula or a 类/款/合计 sum fills it; na: printed as ——. */
export type CellKind = 'entered' | 'computed' | 'na';

export type LineLevel = 'total' | CodeLevel | 'fixed' | 'blank';

export interface TableLine {
  /** 行次, code or 合计: the CellRef row. */
  row: string;
  /** What prints in the 行次 (fixed) or 编码 (coded) column. */
  number: string;
  /** The printed label; '' on coded rows (the catalogue names a code, with the filing's own codes). */
  label: string;
  level: LineLevel;
  indent: number;
  bold: boolean;
  /** The 栏次 this line has a cell in (entered, computed or na), in column order. */
  cols: readonly number[];
  /** Subsets of cols. */
  computed: ReadonlySet<number>;
  na: ReadonlySet<number>;
  /** A section heading printed above this line (公开10表). */
  section?: RowDef['section'];
  /** Fixed tables: the template row. */
  def?: RowDef;
  /** Coded tables: a 类/款/合计 line, every cell the sum of the same 栏次 of its children. */
  sums: boolean;
  /** The rows a summing line adds up (empty otherwise). */
  children: readonly string[];
}

export interface TableSide {
  /** 收入 / 支出; '' for a one-sided table. */
  title: string;
  columns: readonly ColumnDef[];
  header: HeaderNode[];
  /** Header rows of this side (the tallest side sets the table's). */
  depth: number;
  /** Lines paired by position across sides; null where this side is shorter (公开01/04表). */
  lines: ReadonlyArray<TableLine | null>;
}

export interface TableModel {
  def: TableDef;
  coded: boolean;
  /**
   * The label columns: item = 项目 | 行次 (the 栏次 line's caption under 项目); code = 科目编码 | 科目名称
   * (coded tables and 公开06表, caption under the code); none = a one unlabelled line (公开07表).
   */
  labels: 'item' | 'code' | 'none';
  sides: TableSide[];
  /** Every line once, in print order (side by side tables: the first side, then the second). */
  lines: readonly TableLine[];
  line(row: string): TableLine | undefined;
  /** Which side holds a 栏次. */
  sideOf(col: number): number | undefined;
}

export interface Term {
  ref: CellRef;
  sign: 1 | -1;
}

const EMPTY: ReadonlySet<number> = new Set();

/** The kind of a cell, or null where the line has no cell in that column. */
export function kindOf(line: TableLine | undefined, col: number): CellKind | null {
  if (!line || !line.cols.includes(col)) return null;
  if (line.na.has(col)) return 'na';
  return line.computed.has(col) ? 'computed' : 'entered';
}

export function cellKindIn(m: TableModel, row: string, col: number): CellKind | null {
  return kindOf(m.line(row), col);
}

/** Counts (车辆数, 台套) print without decimals or unit. */
export function isCount(m: TableModel, line: TableLine, col: number): boolean {
  return (line.def?.kind ?? m.def.columns.find((c) => c.col === col)?.kind) === 'count';
}

/** What a computed cell sums: a template formula, or a coded 类/款/合计 row's children. */
export function termsOf(m: TableModel, line: TableLine, col: number): { terms: Term[]; origin: 'formula' | 'hierarchy' } | null {
  if (kindOf(line, col) !== 'computed') return null;
  const t = m.def;
  if (line.sums) return { terms: line.children.map((row) => ({ ref: { table: t.id, row, col }, sign: 1 })), origin: 'hierarchy' };
  const f = m.coded ? t.rowFormulas?.[col] : line.def?.computed?.[col];
  if (!f) return null;
  const terms = f.sum.map((x): Term => ({ ref: { table: x.table ?? t.id, row: x.row === '*' ? line.row : x.row, col: x.col }, sign: x.sign ?? 1 }));
  return { terms, origin: 'formula' };
}

function fixedLine(t: TableDef, r: RowDef, sideCols: readonly number[]): TableLine {
  const cols = r.blank ? [] : (r.cols ?? sideCols).filter((c) => sideCols.includes(c));
  const na = new Set((r.na ?? []).filter((c) => cols.includes(c)));
  const computed = new Set(Object.keys(r.computed ?? {}).map(Number).filter((c) => cols.includes(c) && !na.has(c)));
  return {
    row: r.row,
    number: r.blank || /^\d+$/.test(r.row) ? r.row : (r.code ?? ''),
    label: r.label,
    level: r.blank ? 'blank' : 'fixed',
    indent: r.indent ?? 0,
    bold: r.bold ?? false,
    cols,
    computed: computed.size ? computed : EMPTY,
    na: na.size ? na : EMPTY,
    section: r.section,
    def: r,
    sums: false,
    children: [],
  };
}

function codedLine(r: CodedRow, all: readonly number[], allSet: ReadonlySet<number>, formulaCols: ReadonlySet<number>): TableLine {
  const total = r.row === TOTAL_ROW;
  return {
    row: r.row,
    number: total ? TOTAL_ROW : r.row,
    label: '',
    level: r.level,
    indent: r.level === 'group' ? 1 : r.level === 'item' ? 2 : 0,
    bold: r.level === 'total' || r.level === 'class',
    cols: all,
    computed: r.leaf ? formulaCols : allSet,
    na: EMPTY,
    sums: !r.leaf,
    children: r.children,
  };
}

function assemble(def: TableDef, sides: TableSide[], lines: TableLine[], labels: TableModel['labels']): TableModel {
  const byRow = new Map<string, TableLine>();
  for (const l of lines) if (!byRow.has(l.row)) byRow.set(l.row, l);
  const sideOfCol = new Map<number, number>();
  sides.forEach((s, i) => s.columns.forEach((c) => sideOfCol.set(c.col, i)));
  const depth = Math.max(...sides.map((s) => s.depth));
  for (const s of sides) s.depth = depth;
  return { def, coded: def.kind === 'coded', labels, sides, lines, line: (row) => byRow.get(row), sideOf: (col) => sideOfCol.get(col) };
}

function side(def: TableDef, title: string, cols: readonly number[], lines: Array<TableLine | null>): TableSide {
  const columns = def.columns.filter((c) => cols.includes(c.col));
  const header = headerTree(columns, title || undefined);
  return { title, columns, header, depth: treeDepth(header), lines };
}

const FIXED = new WeakMap<TableDef, TableModel>();

/**
 * The model of a table. Fixed tables depend on the template only (cached); coded tables on the 项 rows
 * the filing holds (`leaves`: the row keys of filing.tables[T]).
 */
export function tableModel(def: TableDef, leaves: Iterable<string> = []): TableModel {
  if (def.kind === 'coded') {
    const all = def.columns.map((c) => c.col);
    const allSet = new Set(all);
    const formulaCols = new Set(Object.keys(def.rowFormulas ?? {}).map(Number).filter((c) => allSet.has(c)));
    const lines = codedRows(leaves).map((r) => codedLine(r, all, allSet, formulaCols));
    const m = assemble(def, [side(def, '', all, lines)], lines, 'code');
    // A coded table's cells are every column of every line: a depth of 2 leaves room for 项目 over 编码 | 名称.
    for (const s of m.sides) s.depth = Math.max(s.depth, 2);
    return m;
  }
  let m = FIXED.get(def);
  if (m) return m;
  const rows = def.rows ?? [];
  const all = def.columns.map((c) => c.col);
  if (def.sides?.length) {
    const byRow = new Map(rows.map((r) => [r.row, r]));
    const n = Math.max(...def.sides.map((s) => s.rows.length));
    const lines: TableLine[] = [];
    const sides = def.sides.map((s) => {
      const sl: Array<TableLine | null> = [];
      for (let i = 0; i < n; i++) {
        const r = byRow.get(s.rows[i]);
        const l = r ? fixedLine(def, r, s.cols) : null;
        sl.push(l);
        if (l) lines.push(l);
      }
      return side(def, s.title, s.cols, sl);
    });
    m = assemble(def, sides, lines, 'item');
  } else {
    const lines = rows.map((r) => fixedLine(def, r, all));
    const labels = def.catalog ? 'code' : rows.length === 1 && rows[0].label === '' ? 'none' : 'item';
    m = assemble(def, [side(def, '', all, lines)], lines, labels);
  }
  FIXED.set(def, m);
  return m;
}

/** Every cell of a model as (line, 栏次, kind), in print order: what the agreement test enumerates. */
export function* cellsOf(m: TableModel): Generator<{ table: TableId; line: TableLine; col: number; kind: CellKind }> {
  for (const line of m.lines) for (const col of line.cols) yield { table: m.def.id, line, col, kind: kindOf(line, col)! };
}
