// 公开01表 收入支出决算总表: two-sided, income 行1–31 (col 1), spending 行32–62 (col 2).
import type { RowDef, TableDef } from '../types';
import { SPENDING_CLASSES, blankRows, rowRange, sumRows } from './common';

const INCOME = [1];
const SPENDING = [2];

const incomeRows: RowDef[] = [
  { row: '1', label: '一、一般公共预算财政拨款收入', cols: INCOME },
  { row: '2', label: '二、政府性基金预算财政拨款收入', cols: INCOME },
  { row: '3', label: '三、国有资本经营预算财政拨款收入', cols: INCOME },
  { row: '4', label: '四、上级补助收入', cols: INCOME },
  { row: '5', label: '五、事业收入', cols: INCOME },
  { row: '6', label: '六、经营收入', cols: INCOME },
  { row: '7', label: '七、附属单位上缴收入', cols: INCOME },
  { row: '8', label: '八、其他收入', cols: INCOME },
  ...blankRows(9, 26),
  { row: '27', label: '本年收入合计', bold: true, cols: INCOME, computed: { 1: sumRows(rowRange(1, 8), 1) } },
  { row: '28', label: '使用非财政拨款结余', cols: INCOME },
  { row: '29', label: '年初结转和结余', cols: INCOME },
  ...blankRows(30, 30),
  { row: '31', label: '总计', bold: true, cols: INCOME, computed: { 1: sumRows(['27', '28', '29'], 1) } },
];

const spendingRows: RowDef[] = [
  ...SPENDING_CLASSES.map(([code, label], i): RowDef => ({ row: String(32 + i), label, code, cols: SPENDING })),
  { row: '58', label: '本年支出合计', bold: true, cols: SPENDING, computed: { 2: sumRows(rowRange(32, 57), 2) } },
  { row: '59', label: '结余分配', cols: SPENDING },
  { row: '60', label: '年末结转和结余', cols: SPENDING },
  ...blankRows(61, 61),
  { row: '62', label: '总计', bold: true, cols: SPENDING, computed: { 2: sumRows(['58', '59', '60'], 2) } },
];

export const t01: TableDef = {
  id: 'T01',
  number: '公开01表',
  title: '收入支出决算总表',
  kind: 'fixed',
  columns: [
    { col: 1, label: '决算数', group: ['收入'] },
    { col: 2, label: '决算数', group: ['支出'] },
  ],
  rows: [...incomeRows, ...spendingRows],
  sides: [
    { title: '收入', rows: incomeRows.map((r) => r.row), cols: INCOME },
    { title: '支出', rows: spendingRows.map((r) => r.row), cols: SPENDING },
  ],
  notes: ['注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。'],
};
