// The one money module. Amounts are Decimal inside and decimal strings in files; never a JS number.
import Decimal from 'decimal.js';

export { Decimal };
export type Money = Decimal;

/** Display/entry unit of a filing. Stored amounts are always in 元. */
export type MoneyUnit = '元' | '万元';

export const ZERO = new Decimal(0);
const TEN_THOUSAND = new Decimal(10000);
/** Stored amounts have at most 15 integer digits (the file schema's limit, and Excel's precision). */
export const MAX_INTEGER_DIGITS = 15;
const LIMIT = new Decimal(10).pow(MAX_INTEGER_DIGITS);

export type ParseResult =
  | { ok: true; value: Decimal | null } // null = blank cell
  | { ok: false; reason: string };

/**
 * A dash alone: "-", "－", "–", "—" or "——". In these tables it states a zero (无), not a blank: a blank
 * is an amount not given, while the dash is the clerk's (or Excel's accounting format's) way of writing 0,
 * and published tables print "——" only where a line has no such column (those cells are not read). So
 * typed, pasted or read from a workbook it is 0.00, a stated zero.
 */
const DASH = /^[-–—]{1,2}$/;

/**
 * Parse what a clerk types or pastes from Excel/WPS: `1234.5`, `1,234.50`, `-12`, `(12.00)`, ` 12 `,
 * full-width digits, a blank, a dash (a stated zero). At most `maxDecimals` decimals (2 for 元; 万元 entry allows 6 so that
 * a 万元 figure converts to exact 元 with fen). Refuses anything else with a reason a clerk understands.
 */
export function parseAmount(input: string, maxDecimals = 2): ParseResult {
  let s = toHalfWidth(input).trim();
  if (s === '') return { ok: true, value: null };
  if (DASH.test(s)) return { ok: true, value: new Decimal(0) };
  // Far longer than any amount: say so without echoing the whole input back.
  if (s.length > 60) return { ok: false, reason: `数字太长（${s.length} 个字符）：最多 ${MAX_INTEGER_DIGITS} 位整数、${maxDecimals} 位小数` };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    if (negative) return { ok: false, reason: `“${input.trim()}”不是有效金额` };
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  if (s.startsWith('¥') || s.startsWith('￥')) s = s.slice(1).trim();
  // Thousands separators must sit in groups of three, as Excel writes them.
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) {
      return { ok: false, reason: `“${input.trim()}”的千位分隔符位置不对` };
    }
    s = s.replace(/,/g, '');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    if ((s.match(/\./g) ?? []).length > 1) return { ok: false, reason: `“${input.trim()}”含有多个小数点` };
    return { ok: false, reason: `“${input.trim()}”不是有效金额，只能输入数字` };
  }
  const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  const integers = (s.includes('.') ? s.slice(0, s.indexOf('.')) : s).replace(/^0+(?=\d)/, '').length;
  // Checked before the decimals: a 40-digit figure is too long, whatever its decimals say.
  if (integers > MAX_INTEGER_DIGITS) {
    return { ok: false, reason: `数字太长：整数部分有 ${integers} 位，最多 ${MAX_INTEGER_DIGITS} 位整数` };
  }
  if (decimals > maxDecimals) {
    return { ok: false, reason: `“${input.trim()}”有 ${decimals} 位小数，最多 ${maxDecimals} 位` };
  }
  const value = new Decimal(s);
  return { ok: true, value: negative ? value.negated() : value };
}

/**
 * Parse a typed value in the given display unit and return the amount in 元 (exact). A figure ending
 * in 万 ("1.2万", "1.2 万元") is in 万元 whatever the display unit, as a clerk reads it off a 万元 sheet.
 */
export function parseInUnit(input: string, unit: MoneyUnit): ParseResult {
  const wan = /^(.*?)\s*万元?\s*$/.exec(toHalfWidth(input));
  const inWan = wan !== null || unit === '万元';
  const r = parseAmount(wan ? wan[1] : input, inWan ? 6 : 2);
  if (!r.ok || r.value === null) {
    if (wan && r.ok) return { ok: false, reason: `“${input.trim()}”：“万”前面没有数字` };
    return r;
  }
  const yuan = inWan ? r.value.times(TEN_THOUSAND) : r.value;
  if (yuan.abs().gte(LIMIT)) {
    return { ok: false, reason: `数字太长：“${input.trim()}”折合 ${yuan.toFixed(0).length} 位整数的元，最多 ${MAX_INTEGER_DIGITS} 位整数` };
  }
  if (wan && yuan.decimalPlaces() > 2) {
    return { ok: false, reason: `“${input.trim()}”折合 ${yuan.toString()} 元，超过两位小数（以万为单位最多 6 位小数）` };
  }
  return { ok: true, value: yuan };
}

/** A stored decimal string (as in a file) to Decimal; throws on anything that is not a plain decimal. */
export function fromStored(s: string): Decimal {
  if (typeof s !== 'string' || !/^-?\d{1,15}(\.\d{1,2})?$/.test(s)) {
    throw new Error(`金额格式不正确：${String(s).slice(0, 40)}`);
  }
  return new Decimal(s);
}

export function isStoredAmount(s: unknown): s is string {
  return typeof s === 'string' && /^-?\d{1,15}(\.\d{1,2})?$/.test(s);
}

/** Decimal to the canonical stored string: two decimals, no separators. */
export function toStored(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * A stored amount as typed ('7.5', '-007.50', '-0') to its canonical string ('7.50', '-7.50', '0.00'),
 * or null when it is not one: the same as toStored(fromStored(s)), by the digits (no Decimal made).
 */
export function canonicalStored(s: string): string | null {
  const m = typeof s === 'string' ? /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/.exec(s) : null;
  if (!m) return null;
  const int = m[2].replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').padEnd(2, '0');
  const zero = int === '0' && frac === '00';
  return `${m[1] && !zero ? '-' : ''}${int}.${frac}`;
}

/** Format an amount in 元 for display in the given unit: thousands separators, two decimals. */
export function formatAmount(d: Decimal | null | undefined, unit: MoneyUnit = '元'): string {
  if (d === null || d === undefined) return '';
  const v = unit === '万元' ? d.dividedBy(TEN_THOUSAND) : d;
  return withThousands(v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
}

/** Format for an edit box: no separators, in the display unit, full precision that the unit needs. */
export function formatForEdit(d: Decimal | null | undefined, unit: MoneyUnit = '元'): string {
  if (d === null || d === undefined) return '';
  // 万元: every decimal the 元 figure needs (exact), and at least the two the grid shows ("440.90", as
  // Excel/WPS copy what the cell shows, never "440.9").
  if (unit === '万元') {
    const w = d.dividedBy(TEN_THOUSAND).toDecimalPlaces(6);
    return w.decimalPlaces() < 2 ? w.toFixed(2) : w.toFixed();
  }
  return d.toFixed(2);
}

export function withThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int, frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/** A ratio as a percentage string with two decimals ("54.99%"); empty denominator gives "0.00%". */
export function percent(part: Decimal, whole: Decimal): string {
  if (whole.isZero()) return '0.00%';
  return part.dividedBy(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D\uFF0B\uFF08\uFF09]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .replace(/\u3000/g, ' ');
}

// ---- 分 (fen) as bigint: the engine's arithmetic ----
// The engine sums tens of thousands of cells per check. Amounts are stored with at most two decimals,
// so in 分 they are whole numbers: bigint adds them exactly and far faster than Decimal, and nothing
// is ever a float. Decimal comes back at the edges (values read out, messages worded).

/** A stored figure in 分; null when blank or unreadable (the file schema reports those). */
export function fenOf(s: string | undefined | null): bigint | null {
  if (s === undefined || s === null || s === '') return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (m) {
    const fen = BigInt(m[2] + (m[3] ?? '').padEnd(2, '0'));
    return m[1] ? -fen : fen;
  }
  try {
    // A figure the schema would refuse (more decimals, an exponent): the nearest 分, as it would print.
    return BigInt(new Decimal(s).times(100).toDecimalPlaces(0).toFixed(0));
  } catch {
    return null;
  }
}

/** 分 as a Decimal amount in 元. */
export function fenToDecimal(fen: bigint): Decimal {
  const neg = fen < 0n;
  const digits = (neg ? -fen : fen).toString().padStart(3, '0');
  return new Decimal(`${neg ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}

/** A Decimal amount in 元 as 分, to the nearest 分. */
export function decimalToFen(d: Decimal): bigint {
  return BigInt(d.times(100).toDecimalPlaces(0).toFixed(0));
}
