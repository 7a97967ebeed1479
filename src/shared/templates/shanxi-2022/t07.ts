// 公开07表 财政拨款“三公”经费支出决算表: one row; cols 1–6 预算数, 7–12 决算数.
import type { TableDef } from '../types';
import { sumCols } from './common';

const CAR = '公务用车购置及运行维护费';

export const t07: TableDef = {
  id: 'T07',
  number: '公开07表',
  title: '财政拨款“三公”经费支出决算表',
  kind: 'fixed',
  columns: [
    { col: 1, label: '合计', group: ['预算数'] },
    { col: 2, label: '因公出国（境）费', group: ['预算数'] },
    { col: 3, label: '小计', group: ['预算数', CAR] },
    { col: 4, label: '公务用车购置费', group: ['预算数', CAR] },
    { col: 5, label: '公务用车运行维护费', group: ['预算数', CAR] },
    { col: 6, label: '公务接待费', group: ['预算数'] },
    { col: 7, label: '合计', group: ['决算数'] },
    { col: 8, label: '因公出国（境）费', group: ['决算数'] },
    { col: 9, label: '小计', group: ['决算数', CAR] },
    { col: 10, label: '公务用车购置费', group: ['决算数', CAR] },
    { col: 11, label: '公务用车运行维护费', group: ['决算数', CAR] },
    { col: 12, label: '公务接待费', group: ['决算数'] },
  ],
  rows: [
    {
      row: '1',
      label: '',
      computed: {
        1: sumCols('1', [2, 3, 6]),
        3: sumCols('1', [4, 5]),
        7: sumCols('1', [8, 9, 12]),
        9: sumCols('1', [10, 11]),
      },
    },
  ],
  notes: [
    '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
  ],
};
