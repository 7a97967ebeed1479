// Small phrases the 情况说明 repeats: year-on-year changes, reasons, the context every section reads.
import Decimal from 'decimal.js';
import type { Filing } from '../filing/types';
import type { CellRef } from '../templates/types';
import { LAST_YEAR_BY_KEY, currentValue, lastYearValue } from './keys';
import type { CellValueFn, Para } from './output';

export interface NarrativeContext {
  filing: Filing;
  value: CellValueFn;
  year: number;
  lastYearLabel: string;
  dept: string;
}

export function contextOf(filing: Filing, value: CellValueFn): NarrativeContext {
  return { filing, value, year: filing.meta.year, lastYearLabel: `${filing.meta.year - 1}年`, dept: filing.meta.department };
}

export const cell = (table: string, row: string, col: number): CellRef => ({ table, row, col });

/** The clerk's reason, as "主要原因是…" without doubled words or punctuation; '' when none is written. */
export function reasonText(ctx: NarrativeContext, slot: string, lead = '主要原因是'): string {
  const raw = (ctx.filing.narrative.reasons[slot] ?? '').trim();
  if (raw === '') return '';
  const body = raw.replace(/^主要原因是[：:]?/, '').replace(/[。；;，,\s]+$/, '');
  return body === '' ? '' : `${lead}${body}`;
}

/** A free text slot (用于…) without trailing punctuation; '' when none. */
export function slotText(ctx: NarrativeContext, slot: string): string {
  return (ctx.filing.narrative.reasons[slot] ?? '').trim().replace(/[。；;，,\s]+$/, '');
}

export interface ChangeWords {
  /** "增加19,801,676.60元，增长89.43%" / "减少…，下降…" / "" when equal. */
  text: string;
  diff: Decimal;
  /** No change on last year. */
  same: boolean;
}

/**
 * The change of a last-year figure ("增加X元，增长Y%"); null when last year's figure is not given. From a
 * zero base there is no percentage; the text says last year had none.
 */
export function changeWords(p: Para, ctx: NarrativeContext, key: string): ChangeWords | null {
  const fig = LAST_YEAR_BY_KEY.get(key);
  const last = lastYearValue(ctx.filing.narrative.lastYear, key);
  if (!fig || last === null) return null;
  const cur = currentValue(fig, ctx.value);
  const diff = cur.minus(last);
  if (diff.isZero()) return { text: '', diff, same: true };
  const up = diff.isPositive();
  const amount = p.amount(diff.abs(), { kind: 'change', key, cells: fig.cells });
  if (last.isZero()) return { text: `增加${amount}（${ctx.lastYearLabel}无此项）`, diff, same: false };
  const pct = p.percent(diff.abs(), last.abs(), { kind: 'change', key, cells: fig.cells });
  return { text: `${up ? '增加' : '减少'}${amount}，${up ? '增长' : '下降'}${pct}`, diff, same: false };
}

/** ", 主要原因是…" when the figure changed and a reason is written. */
export function withReason(p: Para, ctx: NarrativeContext, slot: string, changed: boolean, sep = '。'): string {
  p.slot(slot);
  if (!changed) return '';
  const r = reasonText(ctx, slot);
  return r === '' ? '' : `${sep}${r}`;
}

/** A fact as a count ("0"), or the words 未填写 when the clerk has not given it. */
export function factCount(p: Para, ctx: NarrativeContext, key: string): string {
  const s = (ctx.filing.narrative.facts[key] ?? '').trim();
  if (!/^\d+$/.test(s)) return '（未填写）';
  return p.count(new Decimal(s), { kind: 'fact', key });
}

/** A fact amount in 元 as the paragraph prints it, or （未填写）. */
export function factMoney(p: Para, ctx: NarrativeContext, key: string): string {
  const v = factAmount(ctx, key);
  return v === null ? '（未填写）' : p.amount(v, { kind: 'fact', key });
}

/** A fact amount in 元 (null when absent). */
export function factAmount(ctx: NarrativeContext, key: string): Decimal | null {
  const s = (ctx.filing.narrative.facts[key] ?? '').trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new Decimal(s);
}
