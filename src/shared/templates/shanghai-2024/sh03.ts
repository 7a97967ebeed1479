// 三、支出决算表: coded by 功能分类; col 1 = Σ col 2..6 on every row.
import type { TableDef } from '../types';
import { sumCols } from './common';

export const sh03: TableDef = {
  id: 'SH03',
  number: '表三',
  title: '支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: [
    { col: 1, label: '本年支出合计' },
    { col: 2, label: '基本支出' },
    { col: 3, label: '项目支出' },
    { col: 4, label: '上缴上级支出' },
    { col: 5, label: '经营支出' },
    { col: 6, label: '对附属单位补助支出' },
  ],
  rowFormulas: { 1: sumCols('*', [2, 3, 4, 5, 6]) },
  notes: ['注：本表反映部门本年度各项支出情况。'],
  unitLabel: '单位',
};
