// The self-evaluation checks as routine rules: the rule data (id, severity, title) goes into the
// template's rule list; the routines are given to the rule engine when it is created (rules/standard.ts).
import Decimal from 'decimal.js';
import type { FieldFinding, RoutineRule } from '../types/rule';
import type { Routine } from '../types/routine';
import type { Evaluation } from './types';
import { SOURCE_TOTAL } from './types';
import { EVALUATION_WEIGHTS, FUNDING_KINDS, FUNDING_PARTS, executionRate, formAmount, formatRate, formatScore, parseScore, suggestedExecutionScore } from './scoring';
import { fallsShort } from './shortfall';

/** A finding on one field of a self-evaluation form (or on the form as a whole). */
function finding(rule: RoutineRule, instance: string, message: string, evaluation: string, field?: string): FieldFinding {
  return { rule: rule.id, severity: rule.severity, message, cells: [], field: { kind: 'evaluation', evaluation, ...(field ? { field } : {}) }, key: `${rule.id}:${instance}` };
}

const label = (ev: Evaluation): string => `项目“${ev.name || '（未命名）'}”`;


/** Hand-entered 执行情况 score one point or more away from 分值 × min(执行率, 1) (9.91 → 9 is fine). */
export const checkExecutionScore: Routine = (rule, ctx) => {
  const out: FieldFinding[] = [];
  for (const ev of ctx.filing.evaluations) {
    const entered = parseScore(ev.executionScore);
    const suggested = suggestedExecutionScore(ev);
    if (entered === null || suggested === null) continue;
    const gap = entered.minus(suggested).abs();
    if (gap.lessThan(1)) continue;
    out.push(finding(rule, ev.id,
      `${label(ev)}执行情况得分 ${formatScore(entered)} 分，按预算执行率 ${formatRate(executionRate(ev))} 应为 ${formatScore(suggested)} 分，相差 ${formatScore(gap)} 分。请核对得分，或写明出错说明。`,
      ev.id, 'executionScore'));
  }
  return out;
};

/** Every 得分 within 0..分值. */
export const checkScoreLimits: Routine = (rule, ctx) => {
  const out: FieldFinding[] = [];
  for (const ev of ctx.filing.evaluations) {
    const items: Array<{ field: string; name: string; score: string; max: number }> = [
      { field: 'executionScore', name: '项目执行情况', score: ev.executionScore, max: EVALUATION_WEIGHTS.execution },
      ...EVALUATION_WEIGHTS.levels.map((l) => ({ field: `levelScores.${l.name}`, name: l.name, score: ev.levelScores[l.name] ?? '', max: l.max })),
    ];
    for (const it of items) {
      if (it.score.trim() === '') continue;
      const s = parseScore(it.score);
      if (s === null) {
        out.push(finding(rule, `${ev.id}.${it.field}`, `${label(ev)}${it.name}得分“${it.score}”不是数字，请填写 0–${it.max} 之间的分数。`, ev.id, it.field));
      } else if (s.greaterThan(it.max) || s.isNegative()) {
        out.push(finding(rule, `${ev.id}.${it.field}`, `${label(ev)}${it.name}得分 ${formatScore(s)} 分超出分值 ${it.max} 分，得分应在 0–${it.max} 分之间。`, ev.id, it.field));
      }
    }
  }
  return out;
};

/**
 * On a form that scores each indicator (the MOF form: 分值 and 得分 on every row), each 得分 within 0..its
 * own 分值. A 得分 that is not a number is PE-2's (it names it on the level); a 分值 missing or not a number
 * beside an entered 得分 leaves nothing to check against, and says so.
 */
export const checkIndicatorScores: Routine = (rule, ctx) => {
  const out: FieldFinding[] = [];
  for (const ev of ctx.filing.evaluations) {
    for (const ind of ev.indicators) {
      const entered = (ind.score ?? '').trim();
      const score = parseScore(entered);
      if (ind.weight === undefined || score === null) continue;
      const name = `${label(ev)}${ind.level1}“${ind.name || '（未命名）'}”`;
      const at = `indicators.${ind.id}`;
      const weight = parseScore(ind.weight);
      if (weight === null) {
        const what = ind.weight.trim() === '' ? '没有填写分值' : `分值“${ind.weight.trim().slice(0, 20)}”不是数字`;
        out.push(finding(rule, `${ev.id}.${ind.id}`, `${name}得分 ${score.toString()} 分，但${what}，无法核对得分是否超出分值。请填写该指标的分值。`, ev.id, `${at}.weight`));
      } else if (score.greaterThan(weight)) {
        out.push(finding(rule, `${ev.id}.${ind.id}`,
          `${name}得分 ${score.toString()} 分超出该指标分值 ${weight.toString()} 分，多 ${score.minus(weight).toString()} 分；得分应在 0–${weight.toString()} 分之间。`,
          ev.id, `${at}.score`));
      } else if (score.isNegative()) {
        out.push(finding(rule, `${ev.id}.${ind.id}`, `${name}得分 ${score.toString()} 分小于 0；得分应在 0–${weight.toString()} 分之间。`, ev.id, `${at}.score`));
      }
    }
  }
  return out;
};

/** 合计 = 中央省 + 市 + 县 + 其它, for 预算, 到位 and 执行. */
export const checkFundingSources: Routine = (rule, ctx) => {
  const out: FieldFinding[] = [];
  for (const ev of ctx.filing.evaluations) {
    // A form in the MOF layout splits funds by 当年财政拨款/上年结转资金/其他资金: that is the sum to check.
    if (ev.sources) {
      out.push(...checkSourceLines(rule, ev));
      continue;
    }
    for (const kind of FUNDING_KINDS) {
      const f = ev[kind.key];
      const total = formAmount(f.total);
      const parts = FUNDING_PARTS.map((p) => formAmount(f[p.key]));
      const field = `${kind.key}.total`;
      if (total === null || parts.some((p) => p === null)) {
        out.push(finding(rule, `${ev.id}.${kind.key}`, `${label(ev)}${kind.label}含有不是数字的金额，请以万元填写数字。`, ev.id, field));
        continue;
      }
      const sum = parts.reduce<Decimal>((a, p) => a.plus(p ?? 0), new Decimal(0));
      if (!sum.equals(total)) {
        out.push(finding(rule, `${ev.id}.${kind.key}`,
          `${label(ev)}${kind.label} ${total.toString()} 万元 ≠ 各来源之和（中央、省 + 市 + 县（区） + 其它）${sum.toString()} 万元，差 ${total.minus(sum).toString()} 万元。请按资金来源补齐。`,
          ev.id, field));
      }
    }
  }
  return out;
};

const SOURCE_COLUMNS = [
  { key: 'initial', label: '年初预算数' },
  { key: 'budget', label: '全年预算数' },
  { key: 'spent', label: '全年执行数' },
] as const;

/** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column. */
function checkSourceLines(rule: RoutineRule, ev: Evaluation): FieldFinding[] {
  const lines = ev.sources ?? [];
  const total = lines.find((l) => l.name === SOURCE_TOTAL);
  const parts = lines.filter((l) => l !== total);
  if (!total || parts.length === 0) return [];
  const out: FieldFinding[] = [];
  for (const col of SOURCE_COLUMNS) {
    const t = formAmount(total[col.key]);
    const ps = parts.map((p) => formAmount(p[col.key]));
    const field = `sources.${col.key}`;
    if (t === null || ps.some((p) => p === null)) {
      out.push(finding(rule, `${ev.id}.${field}`, `${label(ev)}项目资金${col.label}含有不是数字的金额，请以万元填写数字。`, ev.id, field));
      continue;
    }
    const sum = ps.reduce<Decimal>((a, p) => a.plus(p ?? 0), new Decimal(0));
    if (!sum.equals(t)) {
      out.push(finding(rule, `${ev.id}.${field}`,
        `${label(ev)}年度资金总额${col.label} ${t.toString()} 万元 ≠ ${parts.map((p) => p.name).join(' + ')} ${sum.toString()} 万元，差 ${t.minus(sum).toString()} 万元。`,
        ev.id, field));
    }
  }
  return out;
}

/** A score below its 分值, or a 完成值 short of its 指标值, needs 未完成原因和改进措施. */
export const checkShortfallReasons: Routine = (rule, ctx) => {
  const out: FieldFinding[] = [];
  for (const ev of ctx.filing.evaluations) {
    for (const ind of ev.indicators) {
      if (ind.shortfallReason.trim() !== '' || ind.name.trim() === '') continue;
      if (fallsShort(ind.target, ind.actual)) {
        out.push(finding(rule, `${ev.id}.${ind.id}`,
          `${label(ev)}指标“${ind.name}”全年完成值“${ind.actual || '（空）'}”未达到年度指标值“${ind.target}”，请填写未完成原因和改进措施。`,
          ev.id, `indicators.${ind.id}`));
      }
    }
    for (const level of EVALUATION_WEIGHTS.levels) {
      const s = parseScore(ev.levelScores[level.name] ?? '');
      if (s === null || !s.lessThan(level.max)) continue;
      const explained = ev.indicators.some((i) => i.level1 === level.name && i.shortfallReason.trim() !== '');
      if (!explained) {
        out.push(finding(rule, `${ev.id}.${level.name}`,
          `${label(ev)}${level.name}得分 ${formatScore(s)} 分低于分值 ${level.max} 分，但该类指标没有填写未完成原因和改进措施。`,
          ev.id, `levelScores.${level.name}`));
      }
    }
  }
  return out;
};

export const EVALUATION_ROUTINES: Record<string, Routine> = {
  'evaluation.executionScore': checkExecutionScore,
  'evaluation.scoreLimits': checkScoreLimits,
  'evaluation.fundingSources': checkFundingSources,
  'evaluation.shortfallReasons': checkShortfallReasons,
  'evaluation.indicatorScores': checkIndicatorScores,
};

export { evaluationRuleDefs } from '../templates/routine-rules';
