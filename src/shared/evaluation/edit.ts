// Pure edits of the self-evaluation forms: new forms and indicators, reordering, replacing one form.
import type { Filing } from '../types/filing';
import type { Evaluation, FundingBySource, Indicator } from './types';
import { EVALUATION_WEIGHTS } from './scoring';

/** 二级指标 the form offers under each 一级指标. */
export const LEVEL2_OPTIONS: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续性影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

const emptyFunding = (): FundingBySource => ({ total: '', central: '', city: '', county: '', other: '' });

/** An id not used by any of `taken`, e.g. pe05. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(id)) return id;
  }
}

export function newIndicator(ev: Evaluation, level1: string): Indicator {
  return {
    id: freshId(`${ev.id}-i`, ev.indicators.map((i) => i.id)),
    level1,
    level2: LEVEL2_OPTIONS[level1]?.[0] ?? '',
    name: '',
    target: '',
    actual: '',
    shortfallReason: '',
  };
}

export function newEvaluation(filing: Filing): Evaluation {
  const id = freshId('pe', filing.evaluations.map((e) => e.id));
  const year = filing.meta.year;
  const ev: Evaluation = {
    id,
    name: '',
    manager: '',
    phone: '',
    department: filing.meta.department,
    implementer: '',
    period: `${year}.01-${year}.12`,
    evaluationYear: `${year}年度`,
    budget: emptyFunding(),
    received: emptyFunding(),
    spent: emptyFunding(),
    goalOutput: '',
    goalEffect: '',
    executionScore: '',
    indicators: [],
    levelScores: {},
    conclusion: '',
    experience: '',
    problems: '',
    evaluators: [{ role: '组长', name: '', title: '', org: '' }],
    filledBy: '',
    filledPhone: '',
    filledDate: '',
    published: true,
  };
  ev.indicators = EVALUATION_WEIGHTS.levels.map((l) => newIndicator({ ...ev, indicators: [] }, l.name)).map((ind, i) => ({ ...ind, id: `${id}-i${i + 1}` }));
  return ev;
}

/** The list with item `index` moved by `delta` places (clamped); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

/** Moves an indicator among those of the same 一级指标 (the form groups them). */
export function moveIndicator(ev: Evaluation, indicatorId: string, delta: number): Evaluation {
  const ind = ev.indicators.find((i) => i.id === indicatorId);
  if (!ind) return ev;
  const same = ev.indicators.filter((i) => i.level1 === ind.level1);
  const moved = moveItem(same, same.indexOf(ind), delta);
  let k = 0;
  return { ...ev, indicators: ev.indicators.map((i) => (i.level1 === ind.level1 ? moved[k++] : i)) };
}

export function replaceEvaluation(filing: Filing, ev: Evaluation): Filing {
  return { ...filing, evaluations: filing.evaluations.map((e) => (e.id === ev.id ? ev : e)) };
}
