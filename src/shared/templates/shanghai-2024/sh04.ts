// 四、财政拨款收入支出决算总表: two-sided; income in col 1, spending in cols 2–5 (col 2 合计 = the three
// funds). 年初财政拨款结转和结余 has one line per fund on the income side; 年末 is split by column instead.
import type { Formula, RowDef, TableDef } from '../types';
import { CLASS_CODES, SH_SPENDING_CLASSES, spacerRows, sumCols, sumRows } from './common';

const INCOME = [1];
const SPENDING = [2, 3, 4, 5];

/** Fund lines of the income side: 本年收入 and 年初 by fund (rows), in fund order 一般公共 / 基金 / 国资. */
export const SH04_FUNDS = [
  { income: '一般公共预算财政拨款', opening: '年初一般公共预算财政拨款', col: 3, label: '一、一般公共预算财政拨款' },
  { income: '政府性基金预算财政拨款', opening: '年初政府性基金预算财政拨款', col: 4, label: '二、政府性基金预算财政拨款' },
  { income: '国有资本经营预算财政拨款', opening: '年初国有资本经营预算财政拨款', col: 5, label: '三、国有资本经营预算财政拨款' },
] as const;

function perColumn(make: (col: number) => Formula): Record<number, Formula> {
  const out: Record<number, Formula> = {};
  for (const col of SPENDING) out[col] = make(col);
  return out;
}

const incomeRows: RowDef[] = [
  ...SH04_FUNDS.map((f): RowDef => ({ row: f.income, label: f.label, cols: INCOME })),
  ...spacerRows('收入空行', SH_SPENDING_CLASSES.length - SH04_FUNDS.length),
  { row: '本年收入合计', label: '本年收入合计', bold: true, cols: INCOME, computed: { 1: sumRows(SH04_FUNDS.map((f) => f.income), 1) } },
  {
    row: '年初财政拨款结转和结余',
    label: '年初财政拨款结转和结余',
    cols: INCOME,
    computed: { 1: sumRows(SH04_FUNDS.map((f) => f.opening), 1) },
  },
  ...SH04_FUNDS.map((f): RowDef => ({ row: f.opening, label: f.label, indent: 1, cols: INCOME })),
  { row: '收入总计', label: '总计', bold: true, cols: INCOME, computed: { 1: sumRows(['本年收入合计', '年初财政拨款结转和结余'], 1) } },
];

const spendingRows: RowDef[] = [
  ...SH_SPENDING_CLASSES.map(([code, label]): RowDef => ({ row: code, label, code, cols: SPENDING, computed: { 2: sumCols(code, [3, 4, 5]) } })),
  { row: '本年支出合计', label: '本年支出合计', bold: true, cols: SPENDING, computed: perColumn((col) => sumRows([...CLASS_CODES], col)) },
  { row: '年末财政拨款结转和结余', label: '年末财政拨款结转和结余', cols: SPENDING, computed: { 2: sumCols('年末财政拨款结转和结余', [3, 4, 5]) } },
  ...spacerRows('支出空行', 3),
  { row: '支出总计', label: '总计', bold: true, cols: SPENDING, computed: perColumn((col) => sumRows(['本年支出合计', '年末财政拨款结转和结余'], col)) },
];

export const sh04: TableDef = {
  id: 'SH04',
  number: '表四',
  title: '财政拨款收入支出决算总表',
  kind: 'fixed',
  columns: [
    { col: 1, label: '决算数', group: ['收入'] },
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
  notes: ['注：本表反映部门本年度财政拨款总收支和结转结余情况。'],
  unitLabel: '单位',
};
