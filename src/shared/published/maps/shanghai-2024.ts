// The Shanghai 2024 narrative (第三部分 情况说明 一–十一, as the template and the 普陀 2024 filing word it)
// and the cells it restates. Sections 十, 十一 state figures of no printed table (绩效, 机关运行经费,
// 政府采购, 车辆): they are not mapped, so they are never compared with a table.
import type { CellSum, NarrativeMap } from './types';

const c = (table: string, row: string, col: number, label: string): CellSum => ({ cells: [{ table, row, col }], label });
const sum = (label: string, ...cells: Array<[string, string, number]>): CellSum => ({ cells: cells.map(([table, row, col]) => ({ table, row, col })), label });

const SANGONG = [
  { subjects: ['因公出国（境）费', '因公出国（境）费支出', '因公出国(境)费支出'], col: 4, label: '因公出国（境）费' },
  { subjects: ['公务用车购置及运行维护费', '公务用车购置及运行维护费支出'], col: 6, label: '公务用车购置及运行维护费' },
  { subjects: ['公务用车购置支出', '公务用车购置费支出', '公务用车购置费'], col: 8, label: '公务用车购置费' },
  { subjects: ['公务用车运行维护支出', '公务用车运行维护费支出', '公务用车运行维护费'], col: 10, label: '公务用车运行维护费' },
  { subjects: ['公务接待费', '公务接待费支出'], col: 12, label: '公务接待费' },
];

/** A 决算数 of 表七 with its 预算数 (the column before it). */
const sangong = (col: number, label: string): CellSum => ({ ...c('SH07', '1', col, `表七 ${label} 决算数`), budget: { table: 'SH07', row: '1', col: col - 1 } });

export const shanghai2024Map: NarrativeMap = {
  template: 'shanghai-2024',
  entries: [
    { section: 1, subjects: ['收入支出总计'], sources: [c('SH01', '收入总计', 1, '表一 收入总计'), c('SH01', '支出总计', 2, '表一 支出总计')] },
    { section: 2, subjects: ['本年收入合计', '收入合计'], sources: [c('SH01', '本年收入合计', 1, '表一 本年收入合计'), c('SH02', '合计', 1, '表二 合计 本年收入合计')] },
    { section: 2, subjects: ['财政拨款收入'], sources: [c('SH02', '合计', 2, '表二 合计 财政拨款收入'), sum('表一 一+二+三', ['SH01', '一般公共预算财政拨款收入', 1], ['SH01', '政府性基金预算财政拨款收入', 1], ['SH01', '国有资本经营预算财政拨款收入', 1])] },
    { section: 2, subjects: ['上级补助收入'], sources: [c('SH02', '合计', 3, '表二 合计 上级补助收入'), c('SH01', '上级补助收入', 1, '表一 上级补助收入')] },
    { section: 2, subjects: ['事业收入'], sources: [c('SH02', '合计', 4, '表二 合计 事业收入'), c('SH01', '事业收入', 1, '表一 事业收入')] },
    { section: 2, subjects: ['经营收入'], sources: [c('SH02', '合计', 5, '表二 合计 经营收入'), c('SH01', '经营收入', 1, '表一 经营收入')] },
    { section: 2, subjects: ['附属单位上缴收入'], sources: [c('SH02', '合计', 6, '表二 合计 附属单位上缴收入'), c('SH01', '附属单位上缴收入', 1, '表一 附属单位上缴收入')] },
    { section: 2, subjects: ['其他收入'], sources: [c('SH02', '合计', 7, '表二 合计 其他收入'), c('SH01', '其他收入', 1, '表一 其他收入')] },
    { section: 3, subjects: ['本年支出合计', '支出合计'], sources: [c('SH01', '本年支出合计', 2, '表一 本年支出合计'), c('SH03', '合计', 1, '表三 合计 本年支出合计')] },
    { section: 3, subjects: ['基本支出'], sources: [c('SH03', '合计', 2, '表三 合计 基本支出')] },
    { section: 3, subjects: ['项目支出'], sources: [c('SH03', '合计', 3, '表三 合计 项目支出')] },
    { section: 3, subjects: ['上缴上级支出'], sources: [c('SH03', '合计', 4, '表三 合计 上缴上级支出')] },
    { section: 3, subjects: ['经营支出'], sources: [c('SH03', '合计', 5, '表三 合计 经营支出')] },
    { section: 3, subjects: ['对附属单位补助支出'], sources: [c('SH03', '合计', 6, '表三 合计 对附属单位补助支出')] },
    { section: 4, subjects: ['财政拨款收入支出总计'], sources: [c('SH04', '收入总计', 1, '表四 收入总计'), c('SH04', '支出总计', 2, '表四 支出总计')] },
    { section: 5, subjects: ['一般公共预算财政拨款支出'], sources: [c('SH05', '合计', 1, '表五 合计'), c('SH04', '本年支出合计', 3, '表四 本年支出合计 一般公共预算财政拨款')] },
    { section: 6, subjects: ['一般公共预算财政拨款基本支出'], sources: [c('SH05', '合计', 2, '表五 合计 基本支出'), sum('表六 人员经费合计+公用经费合计', ['SH06', '人员经费合计', 1], ['SH06', '公用经费合计', 1])] },
    { section: 6, subjects: ['人员经费'], sources: [c('SH06', '人员经费合计', 1, '表六 人员经费合计')] },
    { section: 6, subjects: ['公用经费'], sources: [c('SH06', '公用经费合计', 1, '表六 公用经费合计')] },
    {
      section: 7,
      subjects: ['支出决算'],
      sources: [],
      byClause: [
        ...SANGONG.map((x) => ({ names: [x.label], sources: [sangong(x.col, x.label)] })),
        { names: ['“三公”经费', '"三公"经费'], sources: [sangong(2, '合计')] },
      ],
    },
    ...SANGONG.map((x) => ({ section: 7, subjects: x.subjects.flatMap((name) => [name, `${name}决算`]), sources: [sangong(x.col, x.label)] })),
  ],
  classItems: [{ section: 5, sub: 2, table: 'SH05', col: 1, number: '表五' }],
  economicItems: [],
};
