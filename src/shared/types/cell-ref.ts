// Cells: how they are addressed (CellRef), keyed inside the engine (CellKey), and named in Chinese as a
// clerk reads them. A leaf module: it imports nothing, so every layer may use it.

/** T01…T10: the public tables of a template. */
export type TableId = string;

/**
 * A cell: table, row, col. row is the 行次 for fixed-layout tables (T01, T04, T07, T10), the
 * classification code for coded tables (T02, T03, T05, T08, T09 by 功能分类; T06 by 经济分类), or
 * '合计' for a coded table's total row. col is the 栏次 number.
 */
export interface CellRef {
  table: TableId;
  row: string;
  col: number;
}

/**
 * The key of a cell: 'T02|2010501|1'. Branded so that a key is only ever made by cellKey/keyOf: a
 * string spelled by hand does not type-check. Rows never contain '|' (行次, codes, 合计, named totals).
 */
export type CellKey = string & { readonly __cellKey: unique symbol };

export function cellKey(table: TableId, row: string, col: number): CellKey {
  return `${table}|${row}|${col}` as CellKey;
}

export function keyOf(cell: CellRef): CellKey {
  return `${cell.table}|${cell.row}|${cell.col}` as CellKey;
}

export function cellOf(key: CellKey): CellRef {
  const a = key.indexOf('|');
  const b = key.lastIndexOf('|');
  return { table: key.slice(0, a), row: key.slice(a + 1, b), col: Number(key.slice(b + 1)) };
}

/** The row of a coded table that holds the table's total. */
export const TOTAL_ROW = '合计';

/** What naming a cell needs of its table (a TableDef has all of it). */
export interface NamedTable {
  number: string;
  kind: 'fixed' | 'coded';
  catalog?: string;
  columns: ReadonlyArray<{ col: number; label: string }>;
  /** A fixed table's lines (a line keyed by its code is named by it). */
  rows?: ReadonlyArray<{ row: string; code?: string }>;
}

/**
 * 行N for a fixed table's numbered 行次; a code, or a line named by its label (合计, 人员经费合计, and every
 * line of a template that prints no 行次, e.g. 上海's 本年收入合计), as it stands.
 */
export function rowName(t: Pick<NamedTable, 'kind' | 'catalog' | 'rows'>, row: string): string {
  if (t.kind === 'coded' || t.catalog || !/^\d+$/.test(row)) return row;
  // A fixed table's line keyed by its 功能分类 code (上海 表一's spending 类 lines) is that code, not a 行次.
  return t.rows?.some((r) => r.row === row && r.code === row) ? row : `行${row}`;
}

/**
 * A cell as a clerk finds it on a table that prints 行次 and 栏次 (山西): 表, 行次 or 科目, column label and
 * 栏次 — "公开02表 合计 财政拨款收入（栏2）", "公开01表 行27 决算数（栏1）". Call table/cell-name.ts cellWords,
 * not this: it names a cell as its template prints it (上海 prints neither number) and uses this where
 * the template prints them. Findings word their sides in rules/labels.ts, shorter inside a sentence.
 */
export function cellName(t: NamedTable | undefined, cell: CellRef): string {
  if (!t) return `${cell.table} ${cell.row} 栏${cell.col}`;
  const c = t.columns.find((x) => x.col === cell.col);
  return `${t.number} ${rowName(t, cell.row)} ${c ? `${c.label}（栏${cell.col}）` : `栏${cell.col}`}`;
}
