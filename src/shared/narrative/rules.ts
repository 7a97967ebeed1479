// The narrative check: a figure that changed on last year needs its reason (主要原因是…). Findings are
// on the reason slot of the 情况说明, not on the tables whose figures they quote.
import type Decimal from 'decimal.js';
import { formatAmount } from '../money/money';
import type { FieldFinding } from '../types/rule';
import type { Routine } from '../types/routine';
import { LAST_YEAR_BY_KEY, REASON_SLOTS, currentValue, lastYearValue } from './keys';

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

export { narrativeRuleDefs } from '../templates/routine-rules';
