// 一、收入支出决算总表: two-sided; income in col 1, spending in col 2. Rows keyed by name (no 行次 printed)
// and the spending 类 lines by their 功能分类 code.
import type { RowDef, TableDef } from '../types';
import { CLASS_CODES, SH_SPENDING_CLASSES, spacerRows, sumRows } from './common';

const INCOME = [1];
const SPENDING = [2];

/** Income lines 一…八, in print order; their ids are the names without the ordinal. */
export const SH01_INCOME_LINES = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
] as const;

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

const incomeRows: RowDef[] = [
  ...SH01_INCOME_LINES.map((row, i): RowDef => ({ row, label: `${ORDINALS[i]}、${row}`, cols: INCOME })),
  ...spacerRows('收入空行', SH_SPENDING_CLASSES.length - SH01_INCOME_LINES.length),
  { row: '本年收入合计', label: '本年收入合计', bold: true, cols: INCOME, computed: { 1: sumRows([...SH01_INCOME_LINES], 1) } },
  { row: '使用非财政拨款结余', label: '使用非财政拨款结余', cols: INCOME },
  { row: '年初结转和结余', label: '年初结转和结余', cols: INCOME },
  {
    row: '收入总计',
    label: '总计',
    bold: true,
    cols: INCOME,
    computed: { 1: sumRows(['本年收入合计', '使用非财政拨款结余', '年初结转和结余'], 1) },
  },
];

const spendingRows: RowDef[] = [
  ...SH_SPENDING_CLASSES.map(([code, label]): RowDef => ({ row: code, label, code, cols: SPENDING })),
  { row: '本年支出合计', label: '本年支出合计', bold: true, cols: SPENDING, computed: { 2: sumRows([...CLASS_CODES], 2) } },
  { row: '结余分配', label: '结余分配', cols: SPENDING },
  { row: '年末结转和结余', label: '年末结转和结余', cols: SPENDING },
  {
    row: '支出总计',
    label: '总计',
    bold: true,
    cols: SPENDING,
    computed: { 2: sumRows(['本年支出合计', '结余分配', '年末结转和结余'], 2) },
  },
];

export const sh01: TableDef = {
  id: 'SH01',
  number: '表一',
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
  notes: ['注：本表反映部门本年度的总收支和年末结转结余情况。'],
  unitLabel: '单位',
};
