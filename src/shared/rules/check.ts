// Evaluates one rule instance against cell values: both sides summed (a computed cell by its printed
// figure when the import had one), compared exactly (to the fen), or within the 尾差 tolerance of
// rounding.ts when the figures came from a 万元 source.
import Decimal from 'decimal.js';
import type { Filing } from '../filing/types';
import type { Finding } from './types';
import type { CellValues, FilingModel } from '../filing/compute';
import { statedValue } from '../filing/compute';
import { cellOf } from '../filing/cell-key';
import { printedOrComputed, roundingTolerance } from './rounding';
import { STATED_RULE } from './instances';
import { ZERO, formatAmount, isStoredAmount } from '../money/money';
import type { CheckInstance, SideInstance } from './instances';

function sideValue(side: SideInstance, values: CellValues, filing: Filing, printed: boolean): Decimal | null {
  let v = ZERO;
  for (const t of side.terms) {
    let x: Decimal | null | undefined;
    if (t.kind === 'cell') x = printed ? printedOrComputed(t.key, values, filing) : values.get(t.key);
    else if (t.kind === 'stated') {
      const c = cellOf(t.key);
      x = statedValue(filing, c.table, c.row, c.col);
      // A stated figure that was dropped by an edit leaves nothing to compare.
      if (x === null) return null;
    } else {
      const s = filing.narrative?.lastYear?.[t.name];
      x = isStoredAmount(s) ? new Decimal(s) : null;
    }
    if (x) v = t.sign === 1 ? v.plus(x) : v.minus(x);
  }
  return v;
}

export function evaluateCheck(inst: CheckInstance, model: FilingModel, values: CellValues, filing: Filing): Finding | null {
  // The stated-vs-computed check compares the printed total with the sum of its parts; every other
  // rule compares what was printed.
  const printed = inst.rule !== STATED_RULE;
  const l = sideValue(inst.left, values, filing, printed);
  const r = sideValue(inst.right, values, filing, printed);
  if (l === null || r === null) return null;
  const diff = l.minus(r);
  if (inst.op === 'eq' ? diff.isZero() : diff.lte(0)) return null;
  const unit = filing.meta.unit;
  const fmt = (d: Decimal) => (inst.count ? d.toFixed(0) : formatAmount(d, unit));
  const gap = diff.abs();
  const body =
    inst.op === 'eq'
      ? `${inst.left.label()} ${fmt(l)} ≠ ${inst.right.label()} ${fmt(r)}，差 ${fmt(gap)}`
      : `${inst.left.label()} ${fmt(l)} 应不大于 ${inst.right.label()} ${fmt(r)}，超出 ${fmt(gap)}`;
  const unitNote = unit === '万元' && !inst.count ? '（单位：万元）' : '';
  // Only a failing check of 万元 data counts its figures.
  const tolerance = roundingTolerance(inst, model, values, filing, printed);
  const base = { rule: inst.rule, key: inst.key, cells: inst.cells };
  if (!tolerance.amount.isZero() && gap.lte(tolerance.amount)) {
    return {
      ...base,
      severity: 'warning',
      rounding: true,
      message: `尾差：${body}${unitNote}。${tolerance.figures - 1} 个分项各自取整到 0.01万元，之和与合计最多相差 ${tolerance.figures - 1}×0.005万元（${formatAmount(tolerance.amount, unit)}），差额在此范围之内，可说明后保留。`,
    };
  }
  return { ...base, severity: inst.severity, message: body + unitNote };
}
