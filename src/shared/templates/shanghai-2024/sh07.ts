// 七、财政拨款“三公”经费支出决算表: one row, twelve columns with 预算数 and 决算数 side by side for each
// item (not a 预算 block then a 决算 block as in Shanxi). Column ids follow print order:
//   1/2 合计, 3/4 因公出国（境）费, 5/6 公务用车购置及运行维护费 小计, 7/8 公务用车购置费,
//   9/10 公务用车运行维护费, 11/12 公务接待费 (odd = 预算数, even = 决算数).
// 预算数 is the 年初预算 (TemplateParams.sanGong.budgetBasis; the narrative says “年初预算为”).
import type { ColumnDef, TableDef } from '../types';
import { sumCols } from './common';

const BANNER = '财政拨款“三公”经费';
const CAR = '公务用车购置及运行维护费';

/** The six items in print order, with their 预算数 column (决算数 = +1) and header groups. */
export const SH07_ITEMS = [
  { key: '合计', budget: 1, group: [BANNER, '合计'] },
  { key: '因公出国（境）费', budget: 3, group: [BANNER, '因公出国（境）费'] },
  { key: '公务用车购置及运行维护费', budget: 5, group: [BANNER, CAR, '小计'] },
  { key: '公务用车购置费', budget: 7, group: [BANNER, CAR, '公务用车购置费'] },
  { key: '公务用车运行维护费', budget: 9, group: [BANNER, CAR, '公务用车运行维护费'] },
  { key: '公务接待费', budget: 11, group: [BANNER, '公务接待费'] },
] as const;

export const SH07_ROW = '1';

const columns: ColumnDef[] = SH07_ITEMS.flatMap((it): ColumnDef[] => [
  { col: it.budget, label: '预算数', group: [...it.group] },
  { col: it.budget + 1, label: '决算数', group: [...it.group] },
]);

export const sh07: TableDef = {
  id: 'SH07',
  number: '表七',
  title: '财政拨款“三公”经费支出决算表',
  kind: 'fixed',
  columns,
  rows: [
    {
      row: SH07_ROW,
      label: '',
      computed: {
        1: sumCols(SH07_ROW, [3, 5, 11]),
        2: sumCols(SH07_ROW, [4, 6, 12]),
        5: sumCols(SH07_ROW, [7, 9]),
        6: sumCols(SH07_ROW, [8, 10]),
      },
    },
  ],
  notes: ['注：本表反映部门本年度“三公”经费支出预决算情况。'],
  unitLabel: '单位',
};
