// 公开06表 一般公共预算财政拨款支出决算明细表: every 经济分类 类/款 in print order, rows keyed by code;
// each 类 = Σ its 款 (both columns); 人员经费合计 = 301 + 303; 公用经费合计 = the other 类.
// Printed as four side-by-side blocks (人员经费 | 公用经费 ×3).
import { ECONOMIC_2022_ENTRIES } from '../../catalog/economic-2022';
import type { Formula, RowDef, TableDef, TermRef } from '../types';

export const PERSONNEL_TOTAL = '人员经费合计';
export const PUBLIC_TOTAL = '公用经费合计';
export const PERSONNEL_CLASSES = ['301', '303'];
export const PUBLIC_CLASSES = ['302', '307', '309', '310', '311', '312', '313', '399'];

/** 其中：基本支出 is not applicable (printed ——) for these codes in the seed. */
const NO_BASIC = new Set(['30921', '30922', '30999', '313', '31302', '31303', '31304']);

const COLS = [1, 2];

function hasCell(code: string, col: number): boolean {
  return !(col === 2 && NO_BASIC.has(code));
}

function sumOf(codes: string[], col: number): Formula {
  return { sum: codes.filter((c) => hasCell(c, col)).map((row): TermRef => ({ row, col })) };
}

function computedSums(code: string, parts: string[]): Record<number, Formula> {
  const out: Record<number, Formula> = {};
  for (const col of COLS) if (hasCell(code, col)) out[col] = sumOf(parts, col);
  return out;
}

const itemsOf = (cls: string): string[] =>
  ECONOMIC_2022_ENTRIES.filter((e) => e.code.length === 5 && e.code.startsWith(cls)).map((e) => e.code);

const codeRows: RowDef[] = ECONOMIC_2022_ENTRIES.map((e): RowDef => {
  const isClass = e.code.length === 3;
  const row: RowDef = { row: e.code, label: e.name, code: e.code, indent: isClass ? 0 : 1 };
  if (isClass) {
    row.bold = true;
    row.computed = computedSums(e.code, itemsOf(e.code));
  }
  if (NO_BASIC.has(e.code)) row.na = [2];
  return row;
});

const totalRows: RowDef[] = [
  { row: PERSONNEL_TOTAL, label: '人员经费合计', bold: true, computed: computedSums(PERSONNEL_TOTAL, PERSONNEL_CLASSES) },
  { row: PUBLIC_TOTAL, label: '公用经费合计', bold: true, computed: computedSums(PUBLIC_TOTAL, PUBLIC_CLASSES) },
];

/** Codes from `first` to `last` inclusive, in catalogue order. */
function span(first: string, last: string): string[] {
  const codes = ECONOMIC_2022_ENTRIES.map((e) => e.code);
  const a = codes.indexOf(first);
  const b = codes.indexOf(last);
  if (a < 0 || b < a) throw new Error(`公开06表分栏定义有误：${first}–${last}`);
  return codes.slice(a, b + 1);
}

export const t06: TableDef = {
  id: 'T06',
  number: '公开06表',
  title: '一般公共预算财政拨款支出决算明细表',
  kind: 'fixed',
  catalog: 'economic',
  columns: [
    { col: 1, label: '金额' },
    { col: 2, label: '其中：基本支出' },
  ],
  rows: [...codeRows, ...totalRows],
  blocks: [
    [...span('301', '30399'), PERSONNEL_TOTAL],
    span('302', '30299'),
    span('307', '31010'),
    [...span('31011', '39999'), PUBLIC_TOTAL],
  ],
  notes: ['注：本表反映部门本年度一般公共预算财政拨款支出明细情况（其中包括基本支出明细情况）。'],
};
