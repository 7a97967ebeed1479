// Figures as the narrative prints them: amounts with their unit (元/万元) and percentages, exact
// (Decimal), with the number of decimals printed, so a recomputation can be rounded the same way.
import Decimal from 'decimal.js';

export interface StatedAmount {
  /** In 元. */
  yuan: Decimal;
  unit: '元' | '万元';
  text: string;
  index: number;
  end: number;
}

export interface StatedPercent {
  value: Decimal;
  decimals: number;
  text: string;
  index: number;
  end: number;
}

export const AMOUNT_SRC = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)`;
export const PERCENT_SRC = String.raw`(\d+(?:\.\d+)?)%`;

export function amountsIn(text: string): StatedAmount[] {
  const out: StatedAmount[] = [];
  const re = new RegExp(AMOUNT_SRC, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = new Decimal(m[1].replace(/,/g, ''));
    const unit = m[2] as '元' | '万元';
    out.push({ yuan: unit === '万元' ? v.times(10000) : v, unit, text: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function percentsIn(text: string): StatedPercent[] {
  const out: StatedPercent[] = [];
  const re = new RegExp(PERCENT_SRC, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const decimals = m[1].includes('.') ? m[1].length - m[1].indexOf('.') - 1 : 0;
    out.push({ value: new Decimal(m[1]), decimals, text: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** part / whole × 100 cut (not rounded) to the printed decimals: some units truncate their rates. */
export function truncatedRatio(part: Decimal, whole: Decimal, decimals: number): Decimal | null {
  if (whole.isZero()) return null;
  return part.dividedBy(whole).times(100).toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

/** part / whole × 100, rounded half-up to the printed decimals; null for a zero whole. */
export function ratio(part: Decimal, whole: Decimal, decimals: number): Decimal | null {
  if (whole.isZero()) return null;
  return part.dividedBy(whole).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * How far a printed figure may be from the exact one: half its last decimal place ("17.24万元" is
 * 172,350–172,450 元). A figure printed without decimals is taken as exact (a round figure).
 */
export function slackOf(a: StatedAmount): Decimal {
  const digits = a.text.replace(/[^\d.]/g, '');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  if (decimals === 0) return new Decimal(0);
  return new Decimal(10).pow(-decimals).dividedBy(2).times(a.unit === '万元' ? 10000 : 1);
}

/**
 * Whether a printed percentage is reachable from figures rounded as printed (part within partSlack,
 * whole within wholeSlack): the 尾差 case, a 提示 and not an error.
 */
export function withinRounding(printed: StatedPercent, part: Decimal, whole: Decimal, partSlack: Decimal, wholeSlack: Decimal): boolean {
  if (partSlack.isZero() && wholeSlack.isZero()) return false;
  const lo = whole.plus(wholeSlack);
  const hi = whole.minus(wholeSlack);
  if (hi.lte(0)) return true;
  const min = part.minus(partSlack).dividedBy(lo).times(100);
  const max = part.plus(partSlack).dividedBy(hi).times(100);
  const half = new Decimal(10).pow(-printed.decimals).dividedBy(2);
  return printed.value.plus(half).gte(min) && printed.value.minus(half).lte(max);
}

export function yuanText(d: Decimal): string {
  const fixed = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const [i, f] = fixed.replace('-', '').split('.');
  return `${d.isNegative() ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}
