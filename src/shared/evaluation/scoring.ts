// Scoring of a 项目支出绩效自评表: 执行率, the suggested 执行情况 score, 总分 and 等级. Weights and grade
// bands are data (the seed's forms print them: 执行 10, 产出 50, 效益 30, 满意度 10; 优/良/中/差).
import Decimal from 'decimal.js';
import type { Evaluation, FundingBySource } from './types';

export interface LevelWeight {
  /** 一级指标 name as the form prints it. */
  name: string;
  max: number;
}

export interface EvaluationWeights {
  /** 项目执行情况 (预算执行率) 分值. */
  execution: number;
  levels: LevelWeight[];
}

export const EVALUATION_WEIGHTS: EvaluationWeights = {
  execution: 10,
  levels: [
    { name: '产出指标', max: 50 },
    { name: '效益指标', max: 30 },
    { name: '满意度指标', max: 10 },
  ],
};

export type Grade = '优' | '良' | '中' | '差';

/** Lower bounds, highest first: 100–90（含）优, 90–80（含）良, 80–60（含）中, below 60 差. */
export const GRADE_BANDS: ReadonlyArray<{ grade: Grade; min: number }> = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

/** A form amount (万元 decimal string, blank = 0) as Decimal; null when it is not a number. */
export function formAmount(s: string): Decimal | null {
  const t = (s ?? '').trim();
  if (t === '') return new Decimal(0);
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return new Decimal(t);
}

/** A score as typed ('' = not entered). */
export function parseScore(s: string): Decimal | null {
  const t = (s ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return new Decimal(t);
}

/** 执行率 = 实际执行金额 / 项目预算金额; null when there is no budget. */
export function executionRate(ev: Evaluation): Decimal | null {
  const budget = formAmount(ev.budget.total);
  const spent = formAmount(ev.spent.total);
  if (budget === null || spent === null || budget.isZero()) return null;
  return spent.dividedBy(budget);
}

/** 执行率 as printed: two decimals, e.g. 36.58/36.9 → "99.13%". */
export function formatRate(rate: Decimal | null): string {
  if (rate === null) return '—';
  return rate.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';
}

/** The 执行情况 score the rate gives: 分值 × min(执行率, 1). */
export function suggestedExecutionScore(ev: Evaluation, weights: EvaluationWeights = EVALUATION_WEIGHTS): Decimal | null {
  const rate = executionRate(ev);
  if (rate === null) return null;
  return Decimal.min(rate, 1).times(weights.execution).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The 执行情况 score counted in 总分: as entered, or the suggestion when the clerk left it blank. */
export function effectiveExecutionScore(ev: Evaluation, weights: EvaluationWeights = EVALUATION_WEIGHTS): Decimal {
  return parseScore(ev.executionScore) ?? suggestedExecutionScore(ev, weights) ?? new Decimal(0);
}

export function totalScore(ev: Evaluation, weights: EvaluationWeights = EVALUATION_WEIGHTS): Decimal {
  let total = effectiveExecutionScore(ev, weights);
  for (const level of weights.levels) total = total.plus(parseScore(ev.levelScores[level.name] ?? '') ?? 0);
  return total;
}

export function gradeOf(score: Decimal): Grade {
  for (const band of GRADE_BANDS) if (score.greaterThanOrEqualTo(band.min)) return band.grade;
  return '差';
}

export interface EvaluationScore {
  rate: Decimal | null;
  rateText: string;
  suggested: Decimal | null;
  execution: Decimal;
  /** Σ of the scores as entered (meaningful only when problem is ''). */
  total: Decimal;
  /** Graded only from a valid total: 100.5 is not 优 but no grade at all. */
  grade: Grade | null;
  /** The grade as printed: '—' when there is none. */
  gradeText: string;
  /** Why there is no total ('' when there is one): shown next to 总分. */
  problem: string;
}

/** The scores that are entered but are not numbers within 0..分值 (each is flagged by PE-2 as well). */
export function invalidScores(ev: Evaluation, weights: EvaluationWeights = EVALUATION_WEIGHTS): string[] {
  const items = [
    { name: '项目执行情况', score: ev.executionScore, max: weights.execution },
    ...weights.levels.map((l) => ({ name: l.name, score: ev.levelScores[l.name] ?? '', max: l.max })),
  ];
  return items
    .filter((it) => {
      if ((it.score ?? '').trim() === '') return false;
      const s = parseScore(it.score);
      return s === null || s.isNegative() || s.greaterThan(it.max);
    })
    .map((it) => it.name);
}

export function scoreEvaluation(ev: Evaluation, weights: EvaluationWeights = EVALUATION_WEIGHTS): EvaluationScore {
  const rate = executionRate(ev);
  const invalid = invalidScores(ev, weights);
  const scored = weights.levels.some((l) => (ev.levelScores[l.name] ?? '').trim() !== '');
  const problem = invalid.length ? `${invalid.join('、')}得分超出分值或不是数字，未计总分` : scored ? '' : '尚未填写得分';
  const total = totalScore(ev, weights);
  const grade = problem ? null : gradeOf(total);
  return {
    rate,
    rateText: formatRate(rate),
    suggested: suggestedExecutionScore(ev, weights),
    execution: effectiveExecutionScore(ev, weights),
    total,
    grade,
    gradeText: grade ?? '—',
    problem,
  };
}

/** A score for display: no trailing zeros (99, 9.5). */
export function formatScore(d: Decimal | null): string {
  if (d === null) return '—';
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

export const FUNDING_PARTS: ReadonlyArray<{ key: Exclude<keyof FundingBySource, 'total'>; label: string }> = [
  { key: 'central', label: '中央、省财政' },
  { key: 'city', label: '市财政' },
  { key: 'county', label: '县（区）财政' },
  { key: 'other', label: '其它' },
];

export const FUNDING_KINDS: ReadonlyArray<{ key: 'budget' | 'received' | 'spent'; label: string }> = [
  { key: 'budget', label: '项目预算金额' },
  { key: 'received', label: '实际到位金额' },
  { key: 'spent', label: '实际执行金额' },
];
