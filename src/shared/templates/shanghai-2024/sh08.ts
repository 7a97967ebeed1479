// 八、政府性基金预算财政拨款收入支出决算表 and 九、国有资本经营预算财政拨款收入支出决算表: the same
// layout, coded by 功能分类. col 3 本年支出合计 = col 4 + col 5; col 6 年末结转和结余 is entered and the
// rule col 6 = col 1 + col 2 − col 3 checks it (as 公开08表 in Shanxi). An empty table keeps its frame and
// prints the 说明 line (TemplateParams.emptyTableStatement).
import type { ColumnDef, TableDef } from '../types';
import { sumCols } from './common';

const COLUMNS: ColumnDef[] = [
  { col: 1, label: '年初结转和结余' },
  { col: 2, label: '本年收入' },
  // The template prints 合计 / 基本支出 / 项目支出 on the 合计 line under the 本年支出 header.
  { col: 3, label: '合计', group: ['本年支出'] },
  { col: 4, label: '基本支出', group: ['本年支出'] },
  { col: 5, label: '项目支出', group: ['本年支出'] },
  { col: 6, label: '年末结转和结余' },
];

export const sh08: TableDef = {
  id: 'SH08',
  number: '表八',
  title: '政府性基金预算财政拨款收入支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: COLUMNS,
  rowFormulas: { 3: sumCols('*', [4, 5]) },
  notes: ['注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。'],
  unitLabel: '单位',
};

export const sh09: TableDef = {
  id: 'SH09',
  number: '表九',
  title: '国有资本经营预算财政拨款收入支出决算表',
  kind: 'coded',
  catalog: 'function',
  columns: COLUMNS,
  rowFormulas: { 3: sumCols('*', [4, 5]) },
  notes: ['注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。'],
  unitLabel: '单位',
};
