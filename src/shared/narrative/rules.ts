// The narrative check: a figure that changed on last year needs its reason (主要原因是…). Findings are
// on the reason slot of the 情况说明, not on the tables whose figures they quote.
import type Decimal from 'decimal.js';
import { formatAmount } from '../money/money';
import type { FieldFinding, RuleDef } from '../rules/types';
import type { Routine } from '../rules/routines';
import { LAST_YEAR_BY_KEY, LAST_YEAR_FIGURES, REASON_SLOTS, currentValue, lastYearValue } from './keys';

export const checkNarrativeReasons: Routine = (rule, ctx) => {
  const { lastYear, reasons } = ctx.filing.narrative;
  const unit = ctx.filing.meta.unit;
  const out: FieldFinding[] = [];
  for (const slot of REASON_SLOTS) {
    if ((reasons[slot.slot] ?? '').trim() !== '') continue;
    for (const key of slot.figures) {
      const fig = LAST_YEAR_BY_KEY.get(key);
      const last = lastYearValue(lastYear, key);
      if (!fig || last === null) continue;
      const cur = currentValue(fig, ctx.value);
      if (cur.equals(last)) continue;
      const diff: Decimal = cur.minus(last);
      out.push({
        rule: rule.id,
        severity: rule.severity,
        message: `情况说明：${fig.label}本年 ${formatAmount(cur, unit)} ${unit}，上年 ${formatAmount(last, unit)} ${unit}，${diff.isPositive() ? '增加' : '减少'} ${formatAmount(diff.abs(), unit)} ${unit}，但没有填写主要原因。请在“情况说明”的“${slot.label}”中填写。`,
        cells: [],
        field: { kind: 'narrative', slot: slot.slot },
        key: `${rule.id}:${slot.slot}`,
      });
      break;
    }
  }
  return out;
};

export const NARRATIVE_ROUTINES: Record<string, Routine> = {
  'narrative.reasons': checkNarrativeReasons,
};

export const narrativeRuleDefs: RuleDef[] = [
  { kind: 'routine', id: 'NR-1', severity: 'warning', title: '情况说明：数字较上年变动须写明原因', routine: 'narrative.reasons',
    // The tables whose figures it compares with last year: with one of them absent it is 未核对.
    reads: [...new Set(LAST_YEAR_FIGURES.flatMap((f) => f.cells.map((c) => c.table)))] },
];
