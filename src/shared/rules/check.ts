// Evaluates one rule instance against cell values: both sides summed, compared exactly (to the fen), or
// within the 尾差 tolerance when the figures came from a 万元 source.
import Decimal from 'decimal.js';
import type { Filing } from '../types/filing';
import type { CellFinding } from './types';
import type { CellValues, FilingModel } from '../filing/compute';
import type { CellKey } from '../types/cell-ref';
import { statedFen } from '../filing/compute';
import { cellOf } from '../types/cell-ref';
import { ZERO, decimalToFen, fenOf, fenToDecimal, formatAmount, isStoredAmount } from '../money/money';
import type { CheckInstance, SideInstance } from './instances';

/** 0.01 万元: one rounding step of a 万元 figure. */
const ROUNDING_STEP = new Decimal(100);

/** A side's sum in 分, or null when a stated figure it compares has been dropped. */
function sideValue(side: SideInstance, values: CellValues, filing: Filing): bigint | null {
  let v = 0n;
  for (const t of side.terms) {
    let x: bigint | null | undefined;
    if (t.kind === 'cell') x = t.id >= 0 ? values.fen[t.id] : undefined;
    else if (t.kind === 'stated') {
      const c = cellOf(t.key);
      x = statedFen(filing, c.table, c.row, c.col);
      // A stated figure that was dropped by an edit leaves nothing to compare.
      if (x === null) return null;
    } else {
      const s = filing.narrative?.lastYear?.[t.name];
      x = isStoredAmount(s) ? fenOf(s) : null;
    }
    if (x !== null && x !== undefined) v = t.sign === 1 ? v + x : v - x;
  }
  return v;
}

/**
 * The 尾差 a 万元 source may carry: 0.01万元 × (addends − 1), where a total's addends are the non-zero
 * entered figures underneath it (a blank carries no rounding), counted over both sides less the one
 * figure they are compared as.
 */
export function roundingTolerance(filing: Filing, figures: number): Decimal {
  if (filing.meta.sourceUnit !== '万元') return ZERO;
  return ROUNDING_STEP.times(Math.max(0, figures - 2));
}

/** Non-zero entered figures under a cell (computed cells walked down to what was typed or imported). */
export function nonZeroFigures(model: FilingModel, values: CellValues, key: CellKey, seen = new Set<CellKey>()): number {
  const c = model.computed.get(key);
  if (!c) return (values.get(key) ?? 0n) !== 0n ? 1 : 0;
  if (seen.has(key)) return 0;
  seen.add(key);
  let n = 0;
  for (const t of c.terms) n += nonZeroFigures(model, values, t.key, seen);
  return n;
}

function figures(inst: CheckInstance, model: FilingModel, values: CellValues): number {
  let n = 0;
  for (const t of [...inst.left.terms, ...inst.right.terms]) n += t.kind === 'cell' ? nonZeroFigures(model, values, t.key) : 1;
  return n;
}

/**
 * What a finding says, short of its words: two findings of one instance with the same basis say the
 * same thing, so an edit that leaves it unchanged reports no update and words nothing.
 */
const BASIS = new WeakMap<object, string>();

export function basisOf(f: object): string | undefined {
  return BASIS.get(f);
}

/** A failing check, or null. The message is worded the first time it is read, not on every edit. */
export function evaluateCheck(inst: CheckInstance, model: FilingModel, values: CellValues, filing: Filing): CellFinding | null {
  const lf = sideValue(inst.left, values, filing);
  const rf = sideValue(inst.right, values, filing);
  if (lf === null || rf === null) return null;
  const diff = lf - rf;
  if (inst.op === 'eq' ? diff === 0n : diff <= 0n) return null;
  const unit = filing.meta.unit;
  const gapFen = diff < 0n ? -diff : diff;
  // Only a failing check of 万元 data walks down to count its figures.
  const tolerance = inst.count || filing.meta.sourceUnit !== '万元' ? ZERO : roundingTolerance(filing, figures(inst, model, values));
  const rounding = !tolerance.isZero() && gapFen <= decimalToFen(tolerance);
  const word = (): string => {
    const [l, r, gap] = [fenToDecimal(lf), fenToDecimal(rf), fenToDecimal(gapFen)];
    const fmt = (d: Decimal) => (inst.count ? d.toFixed(0) : formatAmount(d, unit));
    const body =
      inst.op === 'eq'
        ? `${inst.left.label()} ${fmt(l)} ≠ ${inst.right.label()} ${fmt(r)}，差 ${fmt(gap)}`
        : `${inst.left.label()} ${fmt(l)} 应不大于 ${inst.right.label()} ${fmt(r)}，超出 ${fmt(gap)}`;
    const unitNote = unit === '万元' && !inst.count ? '（单位：万元）' : '';
    if (rounding) return `尾差：${body}${unitNote}。在万元取整的尾差范围（${formatAmount(tolerance, unit)}）之内，可说明后保留。`;
    return body + unitNote;
  };
  let worded: string | undefined;
  const f: CellFinding = {
    rule: inst.rule,
    key: inst.key,
    cells: inst.cells,
    severity: rounding ? 'warning' : inst.severity,
    get message() {
      return (worded ??= word());
    },
  };
  if (rounding) f.rounding = true;
  BASIS.set(f, `${lf}|${rf}|${rounding ? tolerance.toString() : ''}|${unit}`);
  return f;
}
