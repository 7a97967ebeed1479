// Values of a form's cells: amounts in 万元 as decimal strings (through the money parser) and scores, with
// the reason when a cell cannot be read.
import { parseAmount } from '../../money/money';
import { decimalFromCellNumber } from '../units';
import type { SheetCell } from './sheet-data';
import { squash } from './sheet-data';

export type Parsed = { ok: true; value: string } | { ok: false; reason: string };

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** An amount in 万元 as a decimal string: plain decimals kept as typed, others through the money parser. */
export function amountText(cell: SheetCell | undefined, t: string): Parsed {
  if (cell?.bad) return { ok: false, reason: cell.bad };
  if (cell && typeof cell.v === 'number') {
    return Number.isFinite(cell.v) ? { ok: true, value: decimalFromCellNumber(cell.v).toFixed() } : { ok: false, reason: '不是有效数字' };
  }
  // The form is in 万元; a figure that repeats the unit reads the same.
  const s = t.trim().replace(/[\s\u3000]*万元$/, '');
  if (NUMBER.test(s)) return { ok: true, value: s };
  const p = parseAmount(s, 6);
  if (!p.ok) return { ok: false, reason: `${p.reason}（金额以万元填写数字）` };
  return { ok: true, value: p.value === null ? '' : p.value.toFixed() };
}

/** A score: 9, '9', '9分', '9.5 分'. */
export function scoreText(cell: SheetCell | undefined, t: string): Parsed {
  if (cell?.bad) return { ok: false, reason: cell.bad };
  if (cell && typeof cell.v === 'number') {
    return Number.isFinite(cell.v) ? { ok: true, value: decimalFromCellNumber(cell.v).toFixed() } : { ok: false, reason: '不是有效数字' };
  }
  const s = squash(t);
  if (s === '') return { ok: true, value: '' };
  const m = /^(-?\d+(?:\.\d+)?)分?$/.exec(s);
  return m ? { ok: true, value: m[1] } : { ok: false, reason: `“${t.trim().slice(0, 20)}”不是分数，请填写数字（如 9 或 9分）` };
}

