// The counts and amounts the 情况说明 quotes that no table holds (narrative.facts), and the labels of the
// free-text slots that are not reasons (用途, 整体绩效). Amount facts are stored in 元.
import { FUNCTION_CLASSES, REASON_SLOTS, SANGONG_ITEMS } from './keys';

export interface FactField {
  key: string;
  label: string;
  kind: 'count' | 'amount' | 'score';
  group: '三公' | '政府采购' | '预算绩效';
}

export const FACT_FIELDS: readonly FactField[] = [
  { key: '出国团组', label: '因公出国（境）团组数（个）', kind: 'count', group: '三公' },
  { key: '出国人次', label: '因公出国（境）人次', kind: 'count', group: '三公' },
  { key: '购置车辆数', label: '财政拨款购置公务用车（辆）', kind: 'count', group: '三公' },
  { key: '保有车辆数', label: '财政拨款负担的公务用车保有量（辆）', kind: 'count', group: '三公' },
  { key: '接待批次', label: '公务接待批次', kind: 'count', group: '三公' },
  { key: '接待人次', label: '公务接待人次', kind: 'count', group: '三公' },
  { key: '国内接待费', label: '其中国内接待费', kind: 'amount', group: '三公' },
  { key: '国内接待批次', label: '国内接待批次', kind: 'count', group: '三公' },
  { key: '国内接待人次', label: '国内接待人次', kind: 'count', group: '三公' },
  { key: '外事接待费', label: '国内接待中的外事接待费', kind: 'amount', group: '三公' },
  { key: '外事接待批次', label: '外事接待批次', kind: 'count', group: '三公' },
  { key: '外事接待人次', label: '外事接待人次', kind: 'count', group: '三公' },
  { key: '国外接待费', label: '其中国（境）外接待费', kind: 'amount', group: '三公' },
  { key: '国外接待批次', label: '国（境）外接待批次', kind: 'count', group: '三公' },
  { key: '国外接待人次', label: '国（境）外接待人次', kind: 'count', group: '三公' },
  { key: '中小企业合同金额', label: '授予中小企业合同金额', kind: 'amount', group: '政府采购' },
  { key: '小微企业合同金额', label: '其中授予小微企业合同金额', kind: 'amount', group: '政府采购' },
  { key: '一级项目数', label: '一级项目数（个）', kind: 'count', group: '预算绩效' },
  { key: '二级项目数', label: '二级项目数（个，含未公开的）', kind: 'count', group: '预算绩效' },
  { key: '自评涉及资金', label: '自评涉及资金', kind: 'amount', group: '预算绩效' },
  { key: '自评一般公共预算项目支出', label: '其中一般公共预算项目支出', kind: 'amount', group: '预算绩效' },
  { key: '自评政府性基金项目支出', label: '其中政府性基金预算项目支出', kind: 'amount', group: '预算绩效' },
  { key: 'grade.优', label: '自评等级为“优”的项目（个）', kind: 'count', group: '预算绩效' },
  { key: 'grade.良', label: '自评等级为“良”的项目（个）', kind: 'count', group: '预算绩效' },
  { key: 'grade.中', label: '自评等级为“中”的项目（个）', kind: 'count', group: '预算绩效' },
  { key: 'grade.差', label: '自评等级为“差”的项目（个）', kind: 'count', group: '预算绩效' },
  { key: '整体自评得分', label: '部门整体支出绩效自评得分', kind: 'score', group: '预算绩效' },
  { key: '一级项目涉及资金', label: '一级项目自评涉及资金', kind: 'amount', group: '预算绩效' },
  ...(['优', '良', '中', '差'] as const).map((g): FactField => ({ key: `grade1.${g}`, label: `一级项目自评等级为“${g}”的（个）`, kind: 'count', group: '预算绩效' })),
  { key: '部门评价项目数', label: '开展部门评价的项目（个，未开展填0）', kind: 'count', group: '预算绩效' },
  { key: '部门评价涉及资金', label: '部门评价涉及资金', kind: 'amount', group: '预算绩效' },
  { key: '部门评价一般公共预算', label: '其中一般公共预算支出', kind: 'amount', group: '预算绩效' },
  { key: '部门评价政府性基金', label: '其中政府性基金预算支出', kind: 'amount', group: '预算绩效' },
];

const SLOT_LABELS = new Map<string, string>([
  ...REASON_SLOTS.map((s): [string, string] => [s.slot, s.label.replace(/变动原因$/, '') + '：主要原因是']),
  ...FUNCTION_CLASSES.map((k): [string, string] => [`use.class.${k.code}`, `${k.name}（类）资金用途`]),
  ...SANGONG_ITEMS.map((s): [string, string] => [`use.三公.${s.col}`, `${s.name}主要用于`]),
  ['use.T10.15', '其他用车主要是'],
  ['perf.overall', '部门整体支出绩效自评综述'],
  ['perf.deptEval', '开展部门评价的项目名称（如“政府投资信息化项目专项资金”）'],
  ['perf.deptEvalConclusion', '部门评价的结论'],
  ['perf.deptEvalResult', '部门评价项目绩效评价结果（如“《……绩效评价报告》（详见附件）”）'],
  ['perf.other', '预算绩效的其他需要说明的事项'],
  ['report.date', '附件 重点财政支出项目绩效自评报告：封面日期（如 二〇二三年九月）'],
  ['report.intro', '附件 重点财政支出项目绩效自评报告：开头（依据的文件）'],
  ['report.basic', '附件 重点财政支出项目绩效自评报告：一、项目支出基本情况'],
  ['report.analysis', '附件 重点财政支出项目绩效自评报告：二、绩效自评结果及分析'],
  ['report.problems', '附件 重点财政支出项目绩效自评报告：三、绩效自评发现的问题及整改措施'],
  ['report.suggestions', '附件 重点财政支出项目绩效自评报告：四、绩效自评结果应用建议'],
]);

export function slotLabel(slot: string): string {
  return SLOT_LABELS.get(slot) ?? slot;
}
