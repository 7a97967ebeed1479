// 公开04表 财政拨款收入支出决算总表: two-sided, income 行1–32 (col 1), spending 行33–64 (cols 2–5,
// col 2 合计 = the three funds).
import type { Formula, RowDef, TableDef } from '../types';
import { SPENDING_CLASSES, blankRows, rowRange, sumCols, sumRows } from './common';

const INCOME = [1];
const SPENDING = [2, 3, 4, 5];
const FUND_TOTAL = sumCols; // col 2 of a spending line = col 3 + col 4 + col 5 of the same line

function perColumn(make: (col: number) => Formula): Record<number, Formula> {
  const out: Record<number, Formula> = {};
  for (const col of SPENDING) out[col] = make(col);
  return out;
}

const incomeRows: RowDef[] = [
  { row: '1', label: '一、一般公共预算财政拨款', cols: INCOME },
  { row: '2', label: '二、政府性基金预算财政拨款', cols: INCOME },
  { row: '3', label: '三、国有资本经营预算财政拨款', cols: INCOME },
  ...blankRows(4, 26),
  { row: '27', label: '本年收入合计', bold: true, cols: INCOME, computed: { 1: sumRows(['1', '2', '3'], 1) } },
  { row: '28', label: '年初财政拨款结转和结余', cols: INCOME, computed: { 1: sumRows(['29', '30', '31'], 1) } },
  { row: '29', label: '一般公共预算财政拨款', indent: 1, cols: INCOME },
  { row: '30', label: '政府性基金预算财政拨款', indent: 1, cols: INCOME },
  { row: '31', label: '国有资本经营预算财政拨款', indent: 1, cols: INCOME },
  { row: '32', label: '收入总计', bold: true, cols: INCOME, computed: { 1: sumRows(['27', '28'], 1) } },
];

const spendingRows: RowDef[] = [
  ...SPENDING_CLASSES.map(([code, label], i): RowDef => {
    const row = String(33 + i);
    return { row, label, code, cols: SPENDING, computed: { 2: FUND_TOTAL(row, [3, 4, 5]) } };
  }),
  { row: '59', label: '本年支出合计', bold: true, cols: SPENDING, computed: perColumn((col) => sumRows(rowRange(33, 58), col)) },
  { row: '60', label: '年末财政拨款结转和结余', cols: SPENDING, computed: { 2: FUND_TOTAL('60', [3, 4, 5]) } },
  ...blankRows(61, 63),
  { row: '64', label: '总计', bold: true, cols: SPENDING, computed: perColumn((col) => sumRows(['59', '60'], col)) },
];

export const t04: TableDef = {
  id: 'T04',
  number: '公开04表',
  title: '财政拨款收入支出决算总表',
  kind: 'fixed',
  columns: [
    { col: 1, label: '金额', group: ['收入'] },
    { col: 2, label: '合计', group: ['支出'] },
    { col: 3, label: '一般公共预算财政拨款', group: ['支出'] },
    { col: 4, label: '政府性基金预算财政拨款', group: ['支出'] },
    { col: 5, label: '国有资本经营预算财政拨款', group: ['支出'] },
  ],
  rows: [...incomeRows, ...spendingRows],
  sides: [
    { title: '收入', rows: incomeRows.map((r) => r.row), cols: INCOME },
    { title: '支出', rows: spendingRows.map((r) => r.row), cols: SPENDING },
  ],
  notes: [
    '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  ],
};
