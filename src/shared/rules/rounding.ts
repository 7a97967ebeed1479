// 尾差, done right. Figures from a 万元 source were each rounded to 0.01万元 on their own. Two printed
// figures of the same quantity (a printed total against another printed total) were rounded the same
// way and must agree exactly. Only a sum of rounded parts may drift from the printed figure of the whole:
// each part is off by less than 0.005万元, so a printed total against a sum of n parts may differ by at
// most n × 0.005万元; with several figures on both sides (m + n figures), by (m + n − 1) × 0.005万元.
// Gaps between 万元 figures are whole hundredths, so the tolerance is that bound rounded down to one.
import Decimal from 'decimal.js';
import type { Filing } from '../filing/types';
import type { CellValues, FilingModel } from '../filing/compute';
import { statedFen } from '../filing/compute';
import type { CellKey } from '../table/cell-ref';
import { cellOf } from '../table/cell-ref';
import { ZERO } from '../money/money';
import type { CheckInstance, InstanceTerm } from './instances';

/** 0.01万元 in 元: the step of a 万元 figure. */
const STEP = new Decimal(100);

/** A computed cell's printed (imported) figure when it has one; a rule compares what was printed. */
export function printedOrComputed(key: CellKey, values: CellValues, filing: Filing): bigint | undefined {
  const c = cellOf(key);
  return statedFen(filing, c.table, c.row, c.col) ?? values.get(key);
}

/** How many separately rounded figures make up a cell's value: 1 for a printed figure, else its non-zero parts. */
export function roundedFigures(model: FilingModel, values: CellValues, filing: Filing, key: CellKey, printed: boolean, seen = new Set<CellKey>()): number {
  const c = model.computed.get(key);
  if (!c) return (values.get(key) ?? 0n) !== 0n ? 1 : 0;
  const at = cellOf(key);
  if (printed && statedFen(filing, at.table, at.row, at.col) !== null) return 1;
  if (seen.has(key)) return 0;
  seen.add(key);
  let n = 0;
  // Below the compared cell the value is the sum of what was entered, printed subtotals or not.
  for (const t of c.terms) n += roundedFigures(model, values, filing, t.key, false, seen);
  return n;
}

function sideFigures(terms: InstanceTerm[], model: FilingModel, values: CellValues, filing: Filing): number {
  let n = 0;
  for (const t of terms) n += t.kind === 'cell' ? roundedFigures(model, values, filing, t.key, true) : 1;
  // A side that is blank is still one figure (a printed 0.00).
  return Math.max(1, n);
}

export interface Tolerance {
  /** In 元; zero for exact data or for one printed figure against another. */
  amount: Decimal;
  /** The rounded figures on both sides. */
  figures: number;
}

/**
 * The 尾差 a failing check of 万元 data may carry; zero for 元 data and counts. Computed cells count as
 * their printed figure where they have one (one figure), else as the figures they are summed from.
 */
export function roundingTolerance(inst: CheckInstance, model: FilingModel, values: CellValues, filing: Filing): Tolerance {
  if (inst.count || filing.meta.sourceUnit !== '万元') return { amount: ZERO, figures: 0 };
  const figures = sideFigures(inst.left.terms, model, values, filing) + sideFigures(inst.right.terms, model, values, filing);
  // (figures − 1) × 0.005万元, in whole 0.01万元 steps.
  return { amount: STEP.times(Math.floor((figures - 1) / 2)), figures };
}
