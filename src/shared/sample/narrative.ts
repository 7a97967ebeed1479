// The seed's narrative inputs: what its 情况说明 says that no table holds. Last year's (2021) figures are
// derived from the seed's own year-on-year sentences:
//   2021 收入/支出总计 = 41,943,654.36 − 19,801,676.60 = 22,141,977.76. Section 四 states the increase as
//     19,801,677.20 instead; the per-类 2021 figures below add up to 22,141,977.76, so 19,801,676.60 is
//     the figure the tables support.
//   2021 一般公共预算财政拨款支出 = 23,066,415.36 − 924,437.60 = 22,141,977.76 (2021 had no 政府性基金).
//   Per 类: 201 = 3,640,931.06 + 16,503,879.10; 206 = 9,071,009.20 − 8,181,310.75; 208 = 602,880.66 −
//     183,257.78; 210 = 153,463.44 − 17,640.17; 215 = 330,000 (“减少33万元”); 221 = 394,461 − 172,438;
//     212 and 229 new in 2022; every other 类 “与2021年度一致” at 0.
//   机关运行经费 2021 = 223,755.54 + 1,184.46.
// 年初预算 per 类 as printed; the printed total 20,807,500 is the 一般公共预算 part (Σ per 类 is 80,807,500,
// of which 60,000,000 is 城乡社区's 政府性基金), and it is compared with the 一般公共预算 支出 as the seed does.
// 预算绩效: 7 二级项目 covering 29,231,739 元 (= 10,354,500 + 18,877,239, the figure its parts support; the
// seed also prints 29,234,839), 6 优 and 1 良; the four forms in 附件 are the published ones (公开率 4/7).
import type { NarrativeInputs } from '../narrative/types';
import { FUNCTION_CLASSES } from '../narrative/keys';

const LAST_YEAR_BY_CLASS: Record<string, string> = {
  '201': '20144810.16',
  '206': '889698.45',
  '208': '419622.88',
  '210': '135823.27',
  '212': '0.00',
  '215': '330000.00',
  '221': '222023.00',
  '229': '0.00',
};

function lastYear(): Record<string, string> {
  const out: Record<string, string> = {
    'T01.31': '22141977.76',
    'T01.62': '22141977.76',
    'T04.32': '22141977.76',
    'T04.64': '22141977.76',
    'T05.合计.1': '22141977.76',
    'T08.收入总计': '0.00',
    'T08.支出总计': '0.00',
    'T09.合计.1': '0.00',
    '三公.7': '0.00',
    '三公.8': '0.00',
    '三公.10': '0.00',
    '三公.11': '0.00',
    '三公.12': '0.00',
    'T10.5': '224940.00',
  };
  for (const k of FUNCTION_CLASSES) out[`class.${k.code}`] = LAST_YEAR_BY_CLASS[k.code] ?? '0.00';
  return out;
}

const NOT_APPLICABLE = '我部门不涉及';
const NEW_STAFF = '2022年度有新增人员支出';

export const sampleNarrative: NarrativeInputs = {
  lastYear: lastYear(),
  initialBudget: {
    '201': '3754800.00',
    '206': '1064900.00',
    '208': '422300.00',
    '210': '197600.00',
    '212': '60000000.00',
    '215': '0.00',
    '221': '367900.00',
    '229': '15000000.00',
    total: '20807500.00',
  },
  reasons: {
    total: '2022年度我部门有项目增加经费，政府投资信息化项目专项资金增加1000万元，省级基本建设和中央基建配套专项（市县）资金增加920万元，其余为人员经费正常增长',
    fiscal: '2022年度我部门项目经费，政府投资信息化项目专项资金增加1000万元，省级基本建设和中央基建配套专项（市县）资金增加920万元，其余为人员经费正常增长',
    T05: '2022年度我部门有新增项目支出和人员支出',
    'class.201': '2022年度我单位项目支出在其余科目列支',
    'use.class.201': '用于我单位项目和人员的一般性支出',
    'class.206': '2022年度我部门有新增项目支出和人员支出',
    'use.class.206': '用于新增人员支出和项目支出',
    'class.208': NEW_STAFF,
    'use.class.208': '用于缴纳单位人员养老保险',
    'class.210': NEW_STAFF,
    'use.class.210': '用于缴纳单位人员医疗保险',
    'class.212': '2022年度我部门政府投资信息化项目专项资金在此科目列支',
    'use.class.212': '用于政府投资信息化项目专项资金',
    'class.215': '2022年度未有此项目',
    'class.221': NEW_STAFF,
    'use.class.221': '用于缴纳单位人员住房公积金',
    'class.229': '2021年度我部门未有此项目',
    'use.class.229': '用于阳泉市智慧城市（数字政府）建设',
    T08: '2022年度我部门政府投资信息化项目专项资金从政府性基金预算列支，2021年度该项目资金从财政拨款列支',
    '三公.8': NOT_APPLICABLE,
    '三公.10': NOT_APPLICABLE,
    '三公.11': NOT_APPLICABLE,
    '三公.12': NOT_APPLICABLE,
    'use.三公.8': NOT_APPLICABLE,
    'use.三公.10': NOT_APPLICABLE,
    'use.三公.11': NOT_APPLICABLE,
    'use.三公.12': NOT_APPLICABLE,
    'T10.5': '我部门严格落实财政政策，尽最大努力节约一切财政资金',
    'use.T10.15': NOT_APPLICABLE,
    'perf.overall':
      '年度绩效目标完成情况：一是在节约财政资金的前提下，全部完成既定绩效目标；二是部门单位项目整体运行良好，可以满足正常工作需求。发现的主要问题及原因：一是项目编制不准确，有些项目计划编制与执行存在脱节情况；二是项目支出进度较缓，虽然较2021年的支出进度有了大幅提高，但是还是存在有些项目支出较缓的情况。下一步改进措施：一是进一步提高项目编制准确性，业务部门要积极与市直各部门对接，收集汇总了解项目需求、资金配置等要求，全面提高项目编制的准确性，提升项目执行率；二是加快项目从立项到支出各个环节进度，全面提升项目工作效率，制定任务图和时间表，保证项目支出进度',
  },
  facts: {
    出国团组: '0',
    出国人次: '0',
    购置车辆数: '0',
    保有车辆数: '0',
    接待批次: '0',
    接待人次: '0',
    中小企业合同金额: '0.00',
    小微企业合同金额: '0.00',
    一级项目数: '0',
    二级项目数: '7',
    自评涉及资金: '29231739.00',
    自评一般公共预算项目支出: '10354500.00',
    自评政府性基金项目支出: '18877239.00',
    'grade.优': '6',
    'grade.良': '1',
    'grade.中': '0',
    'grade.差': '0',
    整体自评得分: '96',
  },
};
