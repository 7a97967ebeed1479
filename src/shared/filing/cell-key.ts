// Cells are addressed by one string key inside the engine, so maps and sets stay cheap.
import type { CellRef } from '../templates/types';

/** The key of a cell: 'T02|2010501|1'. Rows never contain '|' (行次, codes, 合计 and named totals). */
export type CellKey = string;

export function cellKey(table: string, row: string, col: number): CellKey {
  return `${table}|${row}|${col}`;
}

export function keyOf(cell: CellRef): CellKey {
  return `${cell.table}|${cell.row}|${cell.col}`;
}

export function cellOf(key: CellKey): CellRef {
  const a = key.indexOf('|');
  const b = key.lastIndexOf('|');
  return { table: key.slice(0, a), row: key.slice(a + 1, b), col: Number(key.slice(b + 1)) };
}

/** The row of a coded table that holds the table's total. */
export const TOTAL_ROW = '合计';
