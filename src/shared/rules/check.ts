// Evaluates one rule instance against cell values: both sides summed (a computed cell by its printed
// figure when the import had one), compared exactly (to the fen), or within the 尾差 tolerance of
// rounding.ts when the figures came from a 万元 source.
import type Decimal from 'decimal.js';
import type { Filing } from '../types/filing';
import type { CellFinding } from './types';
import type { CellValues, FilingModel } from '../filing/compute';
import { statedFen } from '../filing/compute';
import { cellOf } from '../types/cell-ref';
import { decimalToFen, fenOf, fenToDecimal, formatAmount, isStoredAmount } from '../money/money';
import type { CheckInstance, SideInstance } from './instances';
import { STATED_RULE } from './instances';
import { printedOrComputed, roundingTolerance } from './rounding';

/** A side's sum in 分, or null when a stated figure it compares has been dropped. */
function sideValue(side: SideInstance, values: CellValues, filing: Filing, printed: boolean): bigint | null {
  let v = 0n;
  const anyStated = Object.keys(filing.stated).length > 0;
  for (const t of side.terms) {
    let x: bigint | null | undefined;
    if (t.kind === 'cell') {
      const fast = t.id >= 0 ? values.fen[t.id] : undefined;
      // A rule compares what was printed: a computed cell by its imported figure when it has one.
      x = printed && anyStated ? (printedOrComputed(t.key, values, filing) ?? fast) : fast;
    }
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
 * What a finding says, short of its words: two findings of one instance with the same basis say the
 * same thing, so an edit that leaves it unchanged reports no update and words nothing.
 */
const BASIS = new WeakMap<object, string>();

export function basisOf(f: object): string | undefined {
  return BASIS.get(f);
}

/** A failing check's two sides in 分 (and whether they are counts), for reports that give figures as data. */
const FIGURES = new WeakMap<object, { left: bigint; right: bigint; count: boolean }>();

/** A failing check's two sides and their gap as decimal strings (元 with two decimals: "1234.50"; counts whole); undefined for other findings. */
export function findingFigures(f: object): { left: string; right: string; difference: string } | undefined {
  const v = FIGURES.get(f);
  if (!v) return undefined;
  const text = (fen: bigint) => fenToDecimal(fen).toFixed(v.count ? 0 : 2);
  return { left: text(v.left), right: text(v.right), difference: text(v.left - v.right) };
}

/** A failing check, or null. The message is worded the first time it is read, not on every edit. */
export function evaluateCheck(inst: CheckInstance, model: FilingModel, values: CellValues, filing: Filing): CellFinding | null {
  // The stated-vs-computed check compares the printed total with the sum of its parts; every other
  // rule compares what was printed.
  const printed = inst.rule !== STATED_RULE;
  const lf = sideValue(inst.left, values, filing, printed);
  const rf = sideValue(inst.right, values, filing, printed);
  if (lf === null || rf === null) return null;
  const diff = lf - rf;
  if (inst.op === 'eq' ? diff === 0n : diff <= 0n) return null;
  const unit = filing.meta.unit;
  const gapFen = diff < 0n ? -diff : diff;
  // Only a failing check of 万元 data counts its figures.
  const tol = roundingTolerance(inst, model, values, filing, printed);
  const tolerance: Decimal = tol.amount;
  const rounding = !tolerance.isZero() && gapFen <= decimalToFen(tolerance);
  const word = (): string => {
    const [l, r, gap] = [fenToDecimal(lf), fenToDecimal(rf), fenToDecimal(gapFen)];
    const fmt = (d: Decimal) => (inst.count ? d.toFixed(0) : formatAmount(d, unit));
    const body =
      inst.op === 'eq'
        ? `${inst.left.label()} ${fmt(l)} ≠ ${inst.right.label()} ${fmt(r)}，差 ${fmt(gap)}`
        : `${inst.left.label()} ${fmt(l)} 应不大于 ${inst.right.label()} ${fmt(r)}，超出 ${fmt(gap)}`;
    const unitNote = unit === '万元' && !inst.count ? '（单位：万元）' : '';
    if (rounding) return `尾差：${body}${unitNote}。${tol.figures - 1} 个分项各自取整到 0.01万元，之和与合计最多相差 ${tol.figures - 1}×0.005万元（${formatAmount(tolerance, unit)}），差额在此范围之内，可说明后保留。`;
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
    // Read only by lists that show it (审核结果.xlsx): worded on demand like the message.
    get gap() {
      const g = fenToDecimal(gapFen);
      return inst.count ? g.toFixed(0) : g.toFixed(2);
    },
  };
  if (rounding) f.rounding = true;
  BASIS.set(f, `${lf}|${rf}|${rounding ? tolerance.toString() : ''}|${unit}`);
  FIGURES.set(f, { left: lf, right: rf, count: inst.count === true });
  return f;
}
