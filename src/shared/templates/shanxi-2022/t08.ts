// 公开08表 政府性基金预算财政拨款收入支出决算表: coded by 功能分类; col 3 小计 = col 4 + col 5.
// col 6 年末结转和结余 is entered; the rule col6 = col1 + col2 − col3 checks it.
import type { TableDef } from '../types';
import { sumCols } from './common';

export const t08: TableDef = {
  id: 'T08',
  number: '公开08表',
  title: '政府性基金预算财政拨款收入支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: [
    { col: 1, label: '年初结转和结余' },
    { col: 2, label: '本年收入' },
    { col: 3, label: '小计', group: ['本年支出'] },
    { col: 4, label: '基本支出', group: ['本年支出'] },
    { col: 5, label: '项目支出', group: ['本年支出'] },
    { col: 6, label: '年末结转和结余' },
  ],
  rowFormulas: { 3: sumCols('*', [4, 5]) },
  notes: ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。'],
  unitLabel: '单位',
};
