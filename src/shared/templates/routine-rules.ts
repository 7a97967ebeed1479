// The routine rules every template carries: the self-evaluation form's checks (自评表, evaluation/rules.ts
// runs them) and the 情况说明's reasons (narrative/rules.ts). Data only, here with the templates, so a
// template names its routines without importing the code that runs them.
import type { RuleDef } from '../types/rule';

export const evaluationRuleDefs: RuleDef[] = [
  { kind: 'routine', id: 'PE-1', severity: 'warning', title: '自评表：执行情况得分与预算执行率相符', routine: 'evaluation.executionScore', reads: ['PE'] },
  { kind: 'routine', id: 'PE-2', severity: 'error', title: '自评表：各项得分不超过分值', routine: 'evaluation.scoreLimits', reads: ['PE'] },
  { kind: 'routine', id: 'PE-3', severity: 'error', title: '自评表：资金合计等于各来源之和（预算、到位、执行）', routine: 'evaluation.fundingSources', reads: ['PE'] },
  { kind: 'routine', id: 'PE-4', severity: 'warning', title: '自评表：未达标或失分须填写未完成原因', routine: 'evaluation.shortfallReasons', reads: ['PE'] },
  // The MOF form scores each indicator: PE-2 sees only their sum per level, so 8 of 5 beside 2 of 10 passes it.
  { kind: 'routine', id: 'PE-5', severity: 'error', title: '自评表：每项指标得分不超过该指标分值', routine: 'evaluation.indicatorScores', reads: ['PE'] },
];

export const narrativeRuleDefs: RuleDef[] = [
  { kind: 'routine', id: 'NR-1', severity: 'warning', title: '情况说明：数字较上年变动须写明原因', routine: 'narrative.reasons',
    // The tables whose figures it compares with last year (narrative/keys.ts LAST_YEAR_FIGURES; a test keeps
    // the two in step): with one of them absent it is 未核对.
    reads: ['T01', 'T04', 'T05', 'T07', 'T08', 'T09', 'T10'] },
];

/** Rule data for a template: HZ-1 (补助) and HZ-2 (上缴). Severity shown is the inside-the-department one. */
export const consolidationRules: RuleDef[] = [
  { kind: 'routine', id: 'HZ-1', severity: 'error', title: '汇总：本级对附属单位补助支出与所属单位上级补助收入相互抵销', routine: 'consolidation.pair', params: { pair: 'subsidy' } },
  { kind: 'routine', id: 'HZ-2', severity: 'error', title: '汇总：所属单位上缴上级支出与本级附属单位上缴收入相互抵销', routine: 'consolidation.pair', params: { pair: 'remit' } },
];
