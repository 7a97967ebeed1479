// 公开09表 国有资本经营预算财政拨款支出决算表: coded by 功能分类; col 1 合计 = col 2 + col 3.
import type { TableDef } from '../types';
import { sumCols } from './common';

export const t09: TableDef = {
  id: 'T09',
  number: '公开09表',
  title: '国有资本经营预算财政拨款支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: [
    { col: 1, label: '合计', group: ['本年支出'] },
    { col: 2, label: '基本支出', group: ['本年支出'] },
    { col: 3, label: '项目支出', group: ['本年支出'] },
  ],
  rowFormulas: { 1: sumCols('*', [2, 3]) },
  notes: ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。'],
  unitLabel: '单位',
};
