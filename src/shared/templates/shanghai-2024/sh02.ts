// 二、收入决算表: coded by 功能分类 (one code column, 7-digit 项); col 1 = Σ col 2..7 on every row.
import type { TableDef } from '../types';
import { sumCols } from './common';

export const sh02: TableDef = {
  id: 'SH02',
  number: '表二',
  title: '收入决算表',
  kind: 'coded',
  catalog: 'function',
  columns: [
    { col: 1, label: '本年收入合计' },
    { col: 2, label: '财政拨款收入' },
    { col: 3, label: '上级补助收入' },
    { col: 4, label: '事业收入' },
    { col: 5, label: '经营收入' },
    { col: 6, label: '附属单位上缴收入' },
    { col: 7, label: '其他收入' },
  ],
  rowFormulas: { 1: sumCols('*', [2, 3, 4, 5, 6, 7]) },
  notes: ['注：本表反映部门本年度取得的各项收入情况。'],
  unitLabel: '单位',
};
