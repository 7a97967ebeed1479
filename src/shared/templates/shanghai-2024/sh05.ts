// 五、一般公共预算财政拨款支出决算表: coded by 功能分类; col 1 合计 = col 2 + col 3. The 合计 row is
// printed last (TemplateParams.totalRowLast), unlike 表二/表三.
import type { TableDef } from '../types';
import { sumCols } from './common';

export const sh05: TableDef = {
  id: 'SH05',
  number: '表五',
  title: '一般公共预算财政拨款支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: [
    { col: 1, label: '合计' },
    { col: 2, label: '基本支出' },
    { col: 3, label: '项目支出' },
  ],
  rowFormulas: { 1: sumCols('*', [2, 3]) },
  notes: ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  unitLabel: '单位',
};
