// What 生成下一年度文件 carries for shanghai-2024 (docs/templates/shanghai-2024.md “Last-year keys”): this
// year's figures under the keys the 情况说明 and the P.LY / P.SH07.last-year rules read, and the 年末 →
// 年初 cells of 表一, 表四 (per fund) and 表八/表九 (per 项).
import { toStored } from '../../money/money';
import type { CellRef } from '../../table/cell-ref';
import { SH04_FUNDS } from '../../templates/shanghai-2024/sh04';
import type { Filing, TableValues } from '../../filing/types';
import type { CellValueFn } from '../output';

const c = (table: string, row: string, col: number): CellRef => ({ table, row, col });

/** narrative.lastYear key → the cell whose value this year it takes. */
export const SH_LAST_YEAR: ReadonlyArray<[key: string, cell: CellRef]> = [
  ['SH01.收入总计', c('SH01', '收入总计', 1)],
  ['SH04.收入总计', c('SH04', '收入总计', 1)],
  ['SH05.合计.1', c('SH05', '合计', 1)],
  ...[2, 4, 6, 8, 10, 12].map((col): [string, CellRef] => [`SH07.${col}`, c('SH07', '1', col)]),
  ['机关运行经费', c('SHN', '机关运行经费', 1)],
  ['SH01.年末结转和结余', c('SH01', '年末结转和结余', 2)],
  ...[2, 3, 4, 5].map((col): [string, CellRef] => [`SH04.年末财政拨款结转和结余.${col}`, c('SH04', '年末财政拨款结转和结余', col)]),
];

export function shanghaiCarry(filing: Filing, value: CellValueFn, put: (tables: Record<string, TableValues>, table: string, row: string, col: number, amount: string) => void): { lastYear: Record<string, string>; tables: Record<string, TableValues> } {
  const lastYear: Record<string, string> = {};
  for (const [key, cell] of SH_LAST_YEAR) lastYear[key] = toStored(value(cell));
  const tables: Record<string, TableValues> = {};
  const amount = (cell: CellRef) => toStored(value(cell));
  put(tables, 'SH01', '年初结转和结余', 1, amount(c('SH01', '年末结转和结余', 2)));
  for (const f of SH04_FUNDS) put(tables, 'SH04', f.opening, 1, amount(c('SH04', '年末财政拨款结转和结余', f.col)));
  // 年末结转和结余 (col 6) of each 项 → next year's 年初 (col 1).
  for (const table of ['SH08', 'SH09']) {
    for (const row of Object.keys(filing.tables[table] ?? {}).filter((r) => /^\d{7}$/.test(r))) put(tables, table, row, 1, amount(c(table, row, 6)));
  }
  return { lastYear, tables };
}
