// Whether a 全年完成值 falls short of its 年度指标值. Indicator values are free text ("≥20人", "95%以上",
// "按月交付", "100%"); only two figures in the same unit are compared, so text targets never raise a flag.
import Decimal from 'decimal.js';

interface Measure {
  value: Decimal;
  unit: string;
  /** at least (≥, 以上, 不低于), at most (≤, 以下, 不高于), or exactly. */
  bound: 'min' | 'max' | 'exact';
}

const NUMBER_WITH_UNIT = /^(≥|>=|≤|<=|>|<|不低于|不少于|不高于|不超过|大于等于|小于等于)?\s*(\d+(?:\.\d+)?)\s*(%|％|人次|人|次|个|辆|台|套|天|日|月|年|家|项|件|元|万元)?\s*(以上|以下|及以上|及以下)?$/;

export function parseMeasure(text: string): Measure | null {
  const m = NUMBER_WITH_UNIT.exec(text.trim().replace(/,/g, ''));
  if (!m) return null;
  const prefix = m[1] ?? '';
  const suffix = m[4] ?? '';
  let bound: Measure['bound'] = 'exact';
  if (/^(≥|>=|>|不低于|不少于|大于等于)$/.test(prefix) || /以上/.test(suffix)) bound = 'min';
  if (/^(≤|<=|<|不高于|不超过|小于等于)$/.test(prefix) || /以下/.test(suffix)) bound = 'max';
  return { value: new Decimal(m[2]), unit: (m[3] ?? '').replace('％', '%'), bound };
}

/** True when the actual is plainly short of the target (numbers in the same unit, or words that say so). */
export function fallsShort(target: string, actual: string): boolean {
  const a = actual.trim();
  // A blank 完成值 is a form not yet filled in (e.g. a draft carried into a new year), not a shortfall.
  if (a === '') return false;
  if (/未完成|未达到|未达标|没有完成/.test(a)) return true;
  const t = parseMeasure(target);
  const v = parseMeasure(actual);
  if (t === null || v === null || t.unit !== v.unit) return false;
  if (t.bound === 'max') return v.value.greaterThan(t.value);
  return v.value.lessThan(t.value);
}
