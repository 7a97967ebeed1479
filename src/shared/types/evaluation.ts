// 项目支出绩效自评表: one per project. Amounts in 万元 as decimal strings (the forms are in 万元).

export interface FundingBySource {
  total: string;
  /** 中央、省财政 */
  central: string;
  /** 市财政 */
  city: string;
  /** 县（区）财政 */
  county: string;
  /** 其它 */
  other: string;
}

export interface Indicator {
  id: string;
  /** 一级指标: 产出指标 / 效益指标 / 满意度指标 */
  level1: string;
  /** 二级指标: 数量指标, 质量指标, … */
  level2: string;
  /** 三级指标 */
  name: string;
  /** 年度指标值 */
  target: string;
  /** 全年完成值 */
  actual: string;
  /** 未完成原因和改进措施 */
  shortfallReason: string;
  /** 分值 of this indicator, when the form scores per indicator (the MOF form); its level score is the sum. */
  weight?: string;
  /** 得分 of this indicator (with weight). */
  score?: string;
}

export interface Evaluator {
  role: '组长' | '成员';
  name: string;
  title: string;
  org: string;
}

/** 项目资金 of the MOF standard form (财预〔2020〕10号): one line per source, three figures each (万元). */
export interface SourceLine {
  /** 年度资金总额 | 当年财政拨款 | 上年结转资金 | 其他资金 */
  name: string;
  /** 年初预算数 */
  initial: string;
  /** 全年预算数 */
  budget: string;
  /** 全年执行数 */
  spent: string;
}

export const SOURCE_TOTAL = '年度资金总额';

/** The layouts a form is read in and written back in: the Shanxi form (附件1) or the MOF standard form. */
export type FormLayout = 'shanxi' | 'mof';

/** 年度总体目标 of the MOF standard form. */
export interface AnnualGoal {
  /** 预期目标 */
  expected: string;
  /** 实际完成情况 */
  actual: string;
}

export interface Evaluation {
  id: string;
  name: string;
  manager: string;
  phone: string;
  department: string;
  implementer: string;
  period: string;
  evaluationYear: string;
  budget: FundingBySource;
  received: FundingBySource;
  spent: FundingBySource;
  /**
   * The funds by source as the MOF standard form prints them (年度资金总额 first), when the form came in
   * that layout; budget.total and spent.total then hold its 全年预算数 and 全年执行数, and the Shanxi
   * sources (中央省/市/县/其它) stay blank, for the form does not split funds that way.
   */
  sources?: SourceLine[];
  /** The layout the form came in and is exported in; absent = the Shanxi form. */
  layout?: FormLayout;
  /** 年度总体目标 (the MOF form; absent when the form has none). */
  annualGoal?: AnnualGoal;
  /** 项目预期绩效目标 */
  goalOutput: string;
  goalEffect: string;
  /** 项目执行情况 score as entered (10分), decimal string; '' if not entered. */
  executionScore: string;
  indicators: Indicator[];
  /** 得分 at the level the form scores it: key = 一级指标 name (产出指标, 效益指标, 满意度指标). */
  levelScores: Record<string, string>;
  conclusion: string;
  experience: string;
  problems: string;
  evaluators: Evaluator[];
  filledBy: string;
  filledPhone: string;
  filledDate: string;
  /** Whether the form is published (公开) in the disclosure. */
  published: boolean;
}
