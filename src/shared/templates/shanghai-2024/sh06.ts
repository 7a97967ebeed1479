// 六、一般公共预算财政拨款基本支出决算表: basic spending only, one 决算数 column, every 经济分类 类/款 of
// the 2024 list in print order, rows keyed by code; each 类 = Σ its 款; 人员经费合计 = 301 + 303 and
// 公用经费合计 = 302 + 310 (TemplateParams.personnelClasses / publicClasses). Printed as two side-by-side
// panels: 人员经费 (301, 303) left, 公用经费 (302, 310) right, the two totals on the last line.
import { ECONOMIC_2024_ENTRIES } from '../../catalog/economic-2024';
import type { RowDef, TableDef } from '../types';
import { sumRows } from './common';

export const SH06_PERSONNEL_TOTAL = '人员经费合计';
export const SH06_PUBLIC_TOTAL = '公用经费合计';
export const SH06_PERSONNEL_CLASSES = ['301', '303'];
export const SH06_PUBLIC_CLASSES = ['302', '310'];

const itemsOf = (cls: string): string[] =>
  ECONOMIC_2024_ENTRIES.filter((e) => e.code.length === 5 && e.code.startsWith(cls)).map((e) => e.code);

const codeRows: RowDef[] = ECONOMIC_2024_ENTRIES.map((e): RowDef => {
  if (e.code.length === 5) return { row: e.code, label: e.name, code: e.code, indent: 1 };
  return { row: e.code, label: e.name, code: e.code, bold: true, computed: { 1: sumRows(itemsOf(e.code), 1) } };
});

const totalRows: RowDef[] = [
  { row: SH06_PERSONNEL_TOTAL, label: '人员经费合计', bold: true, computed: { 1: sumRows(SH06_PERSONNEL_CLASSES, 1) } },
  { row: SH06_PUBLIC_TOTAL, label: '公用经费合计', bold: true, computed: { 1: sumRows(SH06_PUBLIC_CLASSES, 1) } },
];

const panel = (classes: string[], total: string): string[] => [...classes.flatMap((c) => [c, ...itemsOf(c)]), total];

export const sh06: TableDef = {
  id: 'SH06',
  number: '表六',
  title: '一般公共预算财政拨款基本支出决算表',
  kind: 'fixed',
  catalog: 'economic',
  columns: [{ col: 1, label: '决算数' }],
  rows: [...codeRows, ...totalRows],
  // Each panel ends with its total; the left one is padded with empty lines to the right one's length.
  blocks: [panel(SH06_PERSONNEL_CLASSES, SH06_PERSONNEL_TOTAL), panel(SH06_PUBLIC_CLASSES, SH06_PUBLIC_TOTAL)],
  notes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  unitLabel: '单位',
};
