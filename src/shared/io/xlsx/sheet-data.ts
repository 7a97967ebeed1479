// A worksheet as plain values, copied out of the workbook by the node reader: no formulas, no styles,
// no objects from the file. Everything the importer decides, it decides from this.
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../../money/money';
import { parseAmount } from '../../money/money';
import { amountToYuan, decimalFromCellNumber } from '../units';

export interface SheetCell {
  /** A plain number or text; null for an empty cell. */
  v: string | number | null;
  /** Why the value could not be read (a formula without a cached number, an error value). */
  bad?: string;
}

export interface SheetData {
  name: string;
  /** rows[r][c], 0-based; ragged rows are fine. Merged areas hold their value in the top-left cell only. */
  rows: SheetCell[][];
  /** Set when the sheet was cut at the row/column limit. */
  truncated?: string;
}

export function text(c: SheetCell | undefined): string {
  if (!c || c.v === null) return '';
  return typeof c.v === 'number' ? String(c.v) : c.v;
}

/** Text with every kind of whitespace removed: 公开02  \n表 → 公开02表. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Excel A1 address of a 0-based position. */
export function address(r: number, c: number): string {
  let col = '';
  for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26)) col = String.fromCharCode(65 + ((x - 1) % 26)) + col;
  return `${col}${r + 1}`;
}

export type CellAmount = { ok: true; value: Decimal | null; rounded?: Decimal } | { ok: false; reason: string };

/**
 * A figure in a cell, in 元 (or a plain count when `count`). Numbers are taken at 15 significant digits;
 * text goes through the same parser as typing (1,234.50, (12.00), blanks, a dash: a stated zero).
 */
export function cellAmount(c: SheetCell | undefined, unit: MoneyUnit, count = false): CellAmount {
  if (!c || c.v === null) return { ok: true, value: null };
  if (c.bad) return { ok: false, reason: c.bad };
  let d: Decimal | null;
  if (typeof c.v === 'number') {
    if (!Number.isFinite(c.v)) return { ok: false, reason: '不是有效数字' };
    d = decimalFromCellNumber(c.v);
  } else {
    const r = parseAmount(c.v, unit === '万元' ? 6 : 2);
    if (!r.ok) return { ok: false, reason: r.reason };
    d = r.value;
  }
  if (d === null) return { ok: true, value: null };
  if (count) {
    if (!d.isInteger()) return { ok: false, reason: '数量应为整数' };
    return { ok: true, value: d };
  }
  if (d.abs().greaterThan(new Decimal('1e14'))) return { ok: false, reason: '金额过大' };
  const yuan = amountToYuan(d, unit);
  // A number finer than the fen (a formula's 1/3, 0.1234567万元) is stored to the fen: `rounded` is the
  // figure in 元 before, for the read report to name (never rounded silently).
  const exact = unit === '万元' ? d.times(10000) : d;
  return exact.equals(yuan) ? { ok: true, value: yuan } : { ok: true, value: yuan, rounded: exact };
}

/** An integer in a cell ("1", 1, "1.00"), or null. */
export function cellInt(c: SheetCell | undefined): number | null {
  if (!c || c.v === null) return null;
  const s = typeof c.v === 'number' ? String(c.v) : c.v.trim();
  const m = /^(\d{1,3})(?:\.0+)?$/.exec(s);
  return m ? Number(m[1]) : null;
}
