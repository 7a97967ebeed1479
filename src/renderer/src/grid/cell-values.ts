// What a cell shows and what its edit box starts with, in the display unit. Money follows the unit
// switch (元/万元); counts (车辆数, 台套) never do.
import { Decimal, formatAmount, formatForEdit, parseAmount, parseInUnit, toStored } from '../../../shared/money/money';
import { statedValue } from '../../../shared/filing/compute';
import type { ParseResult } from '../../../shared/money/money';
import { keyOf } from '../../../shared/table/cell-ref';
import type { GridContext, GridRow } from './grid-context';
import { cellAt } from './table-model';
import type { CellInfo } from './table-model';

export function cellOfRow(ctx: GridContext, row: GridRow | undefined, col: number): CellInfo | null {
  if (!row || row.lanci) return null;
  return cellAt(ctx.layout, row, col);
}

/** The amount behind a cell in 元 (counts as they are), or null when blank. */
export function cellAmount(ctx: GridContext, info: CellInfo): Decimal | null {
  const { table, row, col } = info.ref;
  if (!info.computed) {
    const stored = ctx.store.get().filing?.tables[table]?.[row]?.[String(col)];
    if (stored === undefined || stored === '') return null;
    return new Decimal(stored);
  }
  // A total the filing states (printed on the source, read in by an import) shows as stated, as the
  // export and the 情况说明 print it; its gap to the sum of the parts is the cell's finding (尾差 or 强制).
  const v = statedAmount(ctx, info) ?? ctx.store.value(info.ref);
  // Printed tables leave a computed zero blank (公开01表 行28, 公开02表 合计 事业收入).
  return v.isZero() ? null : v;
}

/** A computed cell's stated figure in 元, or null (none, or dropped by an edit of a part it sums). */
export function statedAmount(ctx: GridContext, info: CellInfo): Decimal | null {
  if (!info.computed) return null;
  const filing = ctx.store.get().filing;
  return filing ? statedValue(filing, info.ref.table, info.ref.row, info.ref.col) : null;
}

/** For the tooltip of a stated total that differs from its parts: both figures and the gap, in the display unit. */
export function statedNote(ctx: GridContext, info: CellInfo): string | null {
  const stated = statedAmount(ctx, info);
  if (stated === null) return null;
  const sum = ctx.store.value(info.ref);
  if (stated.eq(sum)) return null;
  const show = (d: Decimal) => (info.count ? d.toFixed(0) : formatAmount(d, ctx.unit));
  return `显示的是原表填报数 ${show(stated)}（导出和打印也用此数）；下级数据之和 ${show(sum)}，差 ${show(stated.minus(sum))}`;
}

/** The edit string: no separators, in the display unit. Also what copy puts on the clipboard. */
export function editString(ctx: GridContext, info: CellInfo): string {
  if (info.na) return '';
  const d = cellAmount(ctx, info);
  if (d === null) return '';
  return info.count ? d.toFixed(0) : formatForEdit(d, ctx.unit);
}

export function displayString(ctx: GridContext, info: CellInfo): string {
  if (info.na) return '——';
  const d = cellAmount(ctx, info);
  if (d === null) return '';
  return info.count ? d.toFixed(0) : formatAmount(d, ctx.unit);
}

/** Parses typed or pasted text for a cell into the stored string (元), null to clear. */
export function parseForCell(ctx: GridContext, info: CellInfo, text: string): { ok: true; value: string | null } | { ok: false; reason: string } {
  let r: ParseResult;
  if (info.count) {
    r = parseAmount(text, 0);
    if (!r.ok) r = { ok: false, reason: r.reason.replace('最多 0 位', '数量只能是整数') };
  } else {
    r = parseInUnit(text, ctx.unit);
  }
  if (!r.ok) return r;
  return { ok: true, value: r.value === null ? null : toStored(r.value) };
}

export function flagOf(ctx: GridContext, info: CellInfo | null) {
  return info ? ctx.flags.get(keyOf(info.ref)) : undefined;
}
