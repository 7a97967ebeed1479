// The 普陀 2024 情况说明 inputs that no table holds (pages 20–28), in 元. Last year's (2023) figures are
// derived from the year-on-year sentences:
//   收入支出总计 2023 = 9,859.38 − 1,062.85 = 8,796.53 万元 (一: “增长 12.08%” = 1,062.85 / 8,796.53);
//   财政拨款收入支出总计 and 一般公共预算财政拨款支出 2023 = 9,746.50 − 1,193.20 = 8,553.30 (四, 五（一）);
//   “三公” 2023 = 0.39 + 0.15 = 0.54, all 公务接待费 (出国 and 公务用车 “与上一年度持平” at 0.00);
//   机关运行经费 2023 = 142.80 + 13.52 = 156.32.
// 年初预算 per 项 and in total as printed in 五（三）. The reasons keep the printed wording (including
// “较上一度”). Counts and the procurement figures are in the 情况说明数据 table (printed.ts), not here.
import type { NarrativeInputs } from '../../narrative/types';

const wan = (s: string): string => {
  const [int, frac = ''] = s.split('.');
  const fen = (frac + '00').slice(0, 2);
  const yuan = BigInt(int) * 10000n + BigInt(fen) * 100n;
  return `${yuan.toString()}.00`;
};

const PROJECT_REASON = '项目支出增加，较上一度增加1133.95万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等';
const SAME = '决算数同预算数持平';
const THRIFT = '严格贯彻控制机关运行成本相关规定，勤俭节约，合理支出人员及公用经费';
const EIGHT_RULES = '严格落实中央八项规定，控制“三公”经费支出';

/** 年初预算 per 项 (五（三） 1–13), 万元. */
const BUDGET: Array<[code: string, budget: string, use: string, reason: string]> = [
  ['2080501', '54.53', '行政单位退休人员支出', SAME],
  ['2080502', '28.11', '事业单位退休人员支出', SAME],
  ['2080505', '452.40', '行政事业单位养老保险支出', '机构改革人员变动，年中社会保险缴费基数变更等因素综合导致'],
  ['2080506', '226.25', '行政事业单位职业年金支出', '年中社会保险缴费基数变更导致'],
  ['2080599', '0.88', '退休人员开展活动支出', SAME],
  ['2101101', '42.73', '行政单位医疗保险支出', '医疗保险基数变更，医疗保险单位部分降低，导致支出减少'],
  ['2101102', '196.40', '事业单位医疗保险支出', '年中社会保险缴费基数变更导致'],
  ['2120101', '1115.48', '行政单位人员支出、公用支出', THRIFT],
  ['2120201', '3110.14', '事业单位人员支出、公用支出、行政事业单位项目支出', '部分项目支出未完成，规划服务商务单元更新提升方案年末政府采购流程未及时完毕致使项目进度拖延'],
  ['2200150', '4477.33', '事业单位人员支出、公用支出、项目支出', THRIFT],
  ['2200199', '45.00', '事业单位项目支出', SAME],
  ['2210201', '289.59', '行政单位、事业单位住房公积金支出', SAME],
  ['2210203', '171.49', '行政单位购房补贴支出', SAME],
];

export function putuoNarrative(): NarrativeInputs {
  const reasons: Record<string, string> = {
    total: PROJECT_REASON,
    fiscal: PROJECT_REASON,
    SH05: PROJECT_REASON,
    budget: '城乡社区支出（类）未完成年初预期，其中项目支出规划服务较年初完成92%，部分项目未开展完成',
    '三公.budget': EIGHT_RULES,
    '三公.公务接待费': EIGHT_RULES,
    'use.三公.公务接待费': '接待上级部门及外省市单位调研学习及考察',
    机关运行经费: '严格落实中央八项规定，控制机关运行成本相关规定，勤俭节约，合理支出。较上一年度减少了培训费支出等',
  };
  const initialBudget: Record<string, string> = { total: wan('10210.34') };
  for (const [code, budget, use, reason] of BUDGET) {
    initialBudget[code] = wan(budget);
    reasons[`use.${code}`] = use;
    reasons[`budget.${code}`] = reason;
  }
  return {
    lastYear: {
      'SH01.收入总计': wan('8796.53'),
      'SH04.收入总计': wan('8553.30'),
      'SH05.合计.1': wan('8553.30'),
      'SH07.2': wan('0.54'),
      'SH07.4': wan('0.00'),
      'SH07.6': wan('0.00'),
      'SH07.12': wan('0.54'),
      机关运行经费: wan('156.32'),
    },
    initialBudget,
    reasons,
    facts: {
      平均得分: '99.33',
      绩效制度: '严格贯彻落实《上海市预算绩效管理实施办法》和本区“预算绩效管理实施办法”，完善内控制度，对项目预算经费进行绩效管理',
      绩效机制:
        '形成主要领导负总责，分管领导负具体责任，完善内部控制体系和总体预算框架，统筹协调督促绩效管理体系落到实处；明确内部各相关职能科室的工作职责，强化内部各职能科室之间的统筹协调，提升科室的预算绩效管理工作机制',
    },
  };
}

export { wan };
