// Conversions between stored 元 and the 金额单位 a table is printed or read in. Exact: 元 → 万元 keeps
// every digit (up to six decimals), so a workbook exported in 万元 reads back to the same fen.
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../money/money';

const TEN_THOUSAND = new Decimal(10000);

export function amountInUnit(yuan: Decimal, unit: MoneyUnit): Decimal {
  return unit === '万元' ? yuan.dividedBy(TEN_THOUSAND) : yuan;
}

/** A figure read in `unit` back to 元, rounded to the fen. */
export function amountToYuan(v: Decimal, unit: MoneyUnit): Decimal {
  const y = unit === '万元' ? v.times(TEN_THOUSAND) : v;
  return y.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * A number read from a spreadsheet cell as an exact decimal: 15 significant digits is what a double
 * holds reliably, so 23066415.36 stays 23066415.36 and not 23066415.359999999.
 */
export function decimalFromCellNumber(n: number): Decimal {
  return new Decimal(Number(n.toPrecision(15)).toString());
}
