// 情况说明数据: the figures of the 情况说明 (七 三公 实物量, 十 预算绩效, 十一 机关运行经费 / 政府采购 /
// 国有资产) that no published table holds. Shanghai has no 相关信息统计表 (TemplateParams.relatedInfo =
// 'narrative'), yet these figures must add up and link to the tables, so they are an input table that the
// clerk fills on the 情况说明 form and that is never printed as a table (TemplateParams.inputTables).
// 平均得分 (two-decimal score) is neither money nor a count: it stays in narrative.facts.
import type { RowDef, TableDef } from '../types';
import { sumRows } from './common';

const count = (row: string, label: string, indent = 0): RowDef => ({ row, label, kind: 'count', ...(indent ? { indent } : {}) });
const money = (row: string, label: string, indent = 0): RowDef => ({ row, label, ...(indent ? { indent } : {}) });

/** 国有资产占有使用: the eight kinds of vehicle, in the order of 情况说明 十一（三）. */
export const SHN_VEHICLE_KINDS = [
  '部级领导干部用车',
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部用车',
  '其他用车',
] as const;

export const SHN_GRADES = ['优', '良', '合格', '不合格'] as const;

const rows: RowDef[] = [
  { ...count('出国团组', '因公出国（境）团组数（个）'), section: { title: '七、“三公”经费实物量', colLabel: '数值' } },
  count('出国人次', '因公出国（境）人次'),
  count('购置车辆数', '公务用车购置数量（辆）'),
  count('公务用车保有量', '开支财政拨款的公务用车保有量（辆）'),
  money('国内公务接待支出', '国内公务接待支出'),
  money('外宾接待支出', '其中：外宾接待支出', 1),
  count('接待批次', '国内公务接待批次'),
  count('接待人次', '国内公务接待人次'),
  count('外宾接待批次', '其中：接待外宾批次', 1),
  count('外宾接待人次', '其中：接待外宾人次', 1),
  { ...count('绩效目标项目数', '编报绩效目标的项目数（个）'), section: { title: '十、预算绩效管理情况', colLabel: '数值' } },
  money('绩效目标金额', '编报绩效目标涉及预算金额'),
  count('绩效跟踪项目数', '绩效跟踪评价的项目数（个）'),
  money('绩效跟踪金额', '绩效跟踪评价涉及预算金额'),
  count('绩效自评项目数', '绩效自评的项目数（个）'),
  money('绩效自评金额', '绩效自评涉及预算金额'),
  ...SHN_GRADES.map((g) => count(`评级${g}`, `绩效评级为“${g}”的项目数`, 1)),
  count('发现问题数', '绩效自评中发现问题数（个）'),
  count('已整改数', '已经完成整改的问题数', 1),
  count('正在整改数', '正在整改的问题数', 1),
  { ...money('机关运行经费', '机关运行经费支出'), section: { title: '十一、其他重要事项（一）机关运行经费', colLabel: '金额' } },
  {
    ...money('政府采购合计', '政府采购金额（以合同签订为准）'),
    bold: true,
    section: { title: '十一、其他重要事项（二）政府采购', colLabel: '金额' },
    computed: { 1: sumRows(['货物采购', '工程采购', '服务采购'], 1) },
  },
  money('货物采购', '货物采购金额', 1),
  money('工程采购', '工程采购金额', 1),
  money('服务采购', '服务采购金额', 1),
  money('面向中小企业预留', '面向中小企业预留政府采购项目预算金额'),
  money('面向小微企业预留', '面向小微企业预留政府采购项目预算金额'),
  money('预留中小企业中标', '预留项目中由中小企业供应商中标或成交的采购金额'),
  money('预留小微企业中标', '预留小微项目中由小微企业供应商中标或成交的采购金额'),
  money('其他中小企业中标', '其他项目中由中小企业供应商中标或成交的采购金额'),
  {
    ...count('车辆合计', '车辆（辆）'),
    bold: true,
    section: { title: '十一、其他重要事项（三）国有资产占有使用', colLabel: '数量' },
    computed: { 1: sumRows([...SHN_VEHICLE_KINDS], 1) },
  },
  ...SHN_VEHICLE_KINDS.map((k) => count(k, k, 1)),
  count('大型设备', '单价100万元（含）以上设备（不含车辆）（台（套））'),
];

export const shn: TableDef = {
  id: 'SHN',
  number: '情况说明',
  title: '情况说明数据（不作为公开表印出）',
  kind: 'fixed',
  columns: [{ col: 1, label: '数值' }],
  rows,
  notes: [],
  unitLabel: '单位',
};
