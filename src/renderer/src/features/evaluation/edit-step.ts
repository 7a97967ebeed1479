// What one commit of a self-evaluation form changed, worded for the undo history as the grid words a cell
// ("修改 项目“X” 全年执行数"), with the field undo reopens. Found by comparing the form before and after, so
// every input of the form (Shanxi or MOF layout) is covered without each one naming itself.
import type { Evaluation } from '../../../../shared/evaluation/types';
import { SOURCE_TOTAL } from '../../../../shared/evaluation/types';
import type { FieldRef } from '../../../../shared/rules/types';
import { FUNDING_KINDS } from '../../../../shared/evaluation/scoring';
import { SOURCE_COLUMNS } from '../../../../shared/evaluation/mof';

export interface EditStep {
  label: string;
  /** The field as the form's inputs name it (data-field / data-step): one typing burst keeps one key. */
  key: string;
  field: FieldRef;
}

const FIELD_WORDS: Partial<Record<keyof Evaluation, string>> = {
  name: '项目名称', manager: '项目负责人', phone: '联系电话', department: '主管部门', implementer: '实施单位',
  period: '项目起止时间', evaluationYear: '绩效自评评价年度', goalOutput: '项目提供的公共产品和服务的数量',
  goalEffect: '项目效果', executionScore: '项目执行情况自评得分', conclusion: '自评结论及结果分析',
  experience: '主要经验做法', problems: '存在问题与整改措施', evaluators: '评价人员', filledBy: '填报人',
  filledPhone: '填报人联系电话', filledDate: '填报日期', published: '是否公开', annualGoal: '年度总体目标',
  indicators: '绩效指标', levelScores: '自评得分', sources: '项目资金',
};

const INDICATOR_WORDS: Record<string, string> = { level1: '一级指标', level2: '二级指标', name: '三级指标', target: '年度指标值', actual: '全年完成值', shortfallReason: '未完成原因和改进措施', weight: '分值', score: '得分' };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The first key whose value differs between two records. */
function changedKey<T extends object>(a: T | undefined, b: T | undefined): string | undefined {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].find((k) => !same((a as Record<string, unknown> | undefined)?.[k], (b as Record<string, unknown> | undefined)?.[k]));
}

/** Where in the form the change is: [words, key]. */
function where(prev: Evaluation, next: Evaluation): [string, string] {
  // A source line's figure also moves the 全年预算数/全年执行数 the form keeps in budget/spent: name the line.
  const key = (same(prev.sources, next.sources) ? (changedKey(prev, next) ?? 'name') : 'sources') as keyof Evaluation;
  const kind = FUNDING_KINDS.find((k) => k.key === key);
  if (kind) {
    const part = changedKey(prev[kind.key], next[kind.key]) ?? 'total';
    return [part === 'total' ? `${kind.label}合计` : kind.label, `${kind.key}.${part}`];
  }
  if (key === 'levelScores') {
    const level = changedKey(prev.levelScores, next.levelScores) ?? '';
    return [`${level}自评得分`, `levelScores.${level}`];
  }
  if (key === 'annualGoal') {
    const part = changedKey(prev.annualGoal, next.annualGoal);
    return [`年度总体目标${part === 'actual' ? '（实际完成情况）' : '（预期目标）'}`, `annualGoal.${part ?? 'expected'}`];
  }
  if (key === 'sources') {
    // The line typed in, not 年度资金总额 that follows it.
    const changed = (next.sources ?? []).map((l, k) => (same(l, prev.sources?.[k]) ? -1 : k)).filter((k) => k !== -1);
    const i = changed.find((k) => next.sources?.[k]?.name !== SOURCE_TOTAL) ?? changed[0] ?? -1;
    const line = next.sources?.[i];
    const col = SOURCE_COLUMNS.find((c) => line && !same(line[c.key], prev.sources?.[i]?.[c.key]));
    if (line && col) return [`${line.name}${col.label}`, `sources.${i}.${col.key}`];
  }
  if (key === 'indicators' && prev.indicators.length === next.indicators.length) {
    const ind = next.indicators.find((x, k) => !same(x, prev.indicators[k]));
    const prevInd = prev.indicators.find((x) => x.id === ind?.id);
    const part = ind && changedKey(prevInd, ind);
    if (ind && part) return [`指标“${ind.name || '（未命名）'}” ${INDICATOR_WORDS[part] ?? '绩效指标'}`, `indicators.${ind.id}.${part}`];
  }
  return [FIELD_WORDS[key] ?? '自评表', key];
}

export function evaluationEditStep(prev: Evaluation, next: Evaluation): EditStep {
  const [words, key] = where(prev, next);
  return { label: `修改 项目“${next.name || prev.name || '（未命名）'}” ${words}`, key: `${next.id}:${key}`, field: { kind: 'evaluation', evaluation: next.id, field: key } };
}
