// Edits of a form in the MOF standard layout (财预〔2020〕10号). The export writes its 项目资金 lines and the
// per-indicator 分值/得分, and re-import takes the totals from them, so every edit here keeps the figures the
// rest of the app reads (budget.total, spent.total, levelScores) derived from what is printed: an edit the
// export would not carry cannot be made.
import Decimal from 'decimal.js';
import type { Evaluation, Indicator, SourceLine } from './types';
import { SOURCE_TOTAL } from './types';
import { EVALUATION_WEIGHTS, formAmount, parseScore } from './scoring';

export type SourceColumn = 'initial' | 'budget' | 'spent';

export const SOURCE_COLUMNS: ReadonlyArray<{ key: SourceColumn; label: string }> = [
  { key: 'initial', label: '年初预算数' },
  { key: 'budget', label: '全年预算数' },
  { key: 'spent', label: '全年执行数' },
];

/** The form is shown and edited as the MOF form: its funds are the source lines. */
export function isMofForm(ev: Evaluation): ev is Evaluation & { sources: SourceLine[] } {
  return ev.layout === 'mof' && ev.sources !== undefined;
}

/** The form scores per indicator (分值/得分 on each row): the level scores are their sums. */
export function scoresPerIndicator(ev: Evaluation): boolean {
  return ev.indicators.some((i) => i.weight !== undefined);
}

/** 年度资金总额 is computed from the other lines (read-only) when there are any. */
export function totalIsComputed(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => l.name === SOURCE_TOTAL) && lines.some((l) => l.name !== SOURCE_TOTAL);
}

/**
 * One figure of line `index` set; the 年度资金总额 of that column follows (Σ of the other lines, blank when all
 * are blank, unchanged while one is not a number: PE-3 then names the column), and budget.total / spent.total
 * follow 年度资金总额 as import sets them. Only the edited column is recomputed: a printed total that does
 * not add up in another column stays as printed, and PE-3 keeps saying so.
 */
export function setSourceAmount(ev: Evaluation, index: number, col: SourceColumn, value: string): Evaluation {
  const lines = (ev.sources ?? []).map((l, i) => (i === index ? { ...l, [col]: value } : l));
  const t = lines.findIndex((l) => l.name === SOURCE_TOTAL);
  if (t !== -1 && index !== t && totalIsComputed(lines)) {
    const parts = lines.filter((_, i) => i !== t).map((l) => l[col]);
    const amounts = parts.map(formAmount);
    if (amounts.every((a) => a !== null)) {
      const sum = amounts.reduce<Decimal>((a, p) => a.plus(p ?? 0), new Decimal(0));
      lines[t] = { ...lines[t], [col]: parts.every((p) => p.trim() === '') ? '' : sum.toFixed() };
    }
  }
  const total = t === -1 ? undefined : lines[t];
  return {
    ...ev,
    sources: lines,
    budget: { ...ev.budget, total: total?.budget ?? ev.budget.total },
    spent: { ...ev.spent, total: total?.spent ?? ev.spent.total },
  };
}

/**
 * Level scores as import reads a per-indicator form: Σ of the entered 得分 of each 一级指标 (none entered =
 * no score); an entry that is not a number becomes the level's score as typed, so PE-2 flags it.
 */
export function withLevelSums(ev: Evaluation): Evaluation {
  if (!scoresPerIndicator(ev)) return ev;
  const levelScores: Record<string, string> = {};
  const levels = [...new Set([...EVALUATION_WEIGHTS.levels.map((l) => l.name), ...ev.indicators.map((i) => i.level1)])];
  for (const level of levels) {
    const entered = ev.indicators.filter((i) => i.level1 === level).map((i) => (i.score ?? '').trim()).filter((s) => s !== '');
    if (entered.length === 0) continue;
    const bad = entered.find((s) => parseScore(s) === null);
    levelScores[level] = bad ?? entered.reduce((a, s) => a.plus(s), new Decimal(0)).toString();
  }
  return { ...ev, levelScores };
}

/** The entered 得分 of a level that is not a number (the cell PE-2's finding on that level points to). */
export function badScoreIndicator(ev: Evaluation, level: string): Indicator | undefined {
  return ev.indicators.find((i) => i.level1 === level && (i.score ?? '').trim() !== '' && parseScore(i.score ?? '') === null);
}

/** The line whose figure in `col` is not a number (the cell PE-3's finding on that column points to). */
export function badSourceLine(lines: readonly SourceLine[], col: SourceColumn): number {
  return lines.findIndex((l) => formAmount(l[col]) === null);
}
