// Edits of a selected block, as Excel does them: clear (Delete), fill down (Ctrl+D), and the fill handle
// dragged down, up, right or left. Each makes one batch, so one Ctrl+Z undoes it; computed and —— cells are left alone
// (they follow from the entered ones), and cells outside the table's grid are skipped.
import type { Edit } from '../../../shared/filing/types';
import type { GridContext } from './grid-context';
import type { GridGeometry } from './clipboard';
import type { CellInfo } from './table-model';
import { cellAmount, cellOfRow } from './cell-values';
import { colOfId } from './column-defs';
import { cellName } from './table-model';
import { toStored } from '../../../shared/money/money';

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function infoAt(ctx: GridContext, geo: GridGeometry, r: number, c: number): CellInfo | null {
  const col = colOfId(geo.cols[c] ?? '');
  return col === null ? null : cellOfRow(ctx, geo.rows[r], col);
}

function stored(ctx: GridContext, info: CellInfo): string | undefined {
  return ctx.store.get().filing?.tables[info.ref.table]?.[info.ref.row]?.[String(info.ref.col)];
}

/** Clears the entered cells of a block; `refused` names the first computed or —— cell met (for Delete alone). */
export function clearEdits(ctx: GridContext, geo: GridGeometry, rect: Rect): { edits: Edit[]; refused: string | null } {
  const edits: Edit[] = [];
  let refused: string | null = null;
  for (let r = rect.r1; r <= rect.r2; r++) {
    for (let c = rect.c1; c <= rect.c2; c++) {
      const info = infoAt(ctx, geo, r, c);
      if (!info) continue;
      if (!info.editable) {
        refused ??= `${cellName(ctx.layout, info.ref)}是${info.computed ? '自动计算的' : '不适用的'}单元格，不能清除。`;
        continue;
      }
      if (stored(ctx, info) !== undefined) edits.push({ kind: 'cell', ...info.ref, value: null });
    }
  }
  return { edits, refused };
}

/**
 * Fills the cells of `to` (next to the block, above, below or beside it) by repeating the block `from`
 * (one row or column is copied, several repeat as a pattern aligned on the block, as Excel's fill handle
 * does). Only entered cells are filled; values are carried in 元.
 */
export function fillEdits(ctx: GridContext, geo: GridGeometry, from: Rect, to: Rect): Edit[] {
  const edits: Edit[] = [];
  const height = from.r2 - from.r1 + 1;
  const width = from.c2 - from.c1 + 1;
  for (let r = to.r1; r <= to.r2; r++) {
    const sr = from.r1 + mod(r - from.r1, height);
    for (let c = to.c1; c <= to.c2; c++) {
      const target = infoAt(ctx, geo, r, c);
      if (!target?.editable) continue;
      const source = infoAt(ctx, geo, sr, from.c1 + mod(c - from.c1, width));
      if (!source || source.na) continue;
      const amount = cellAmount(ctx, source);
      const value = amount === null ? null : source.count ? amount.toFixed(0) : toStored(amount);
      if ((stored(ctx, target) ?? null) !== value) edits.push({ kind: 'cell', ...target.ref, value });
    }
  }
  return edits;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/**
 * Where the fill handle dragged to `pos` fills: the cells between the block and `pos` along the axis the
 * pointer left the block furthest (down, up, right or left, as Excel decides). Null while inside the block.
 */
export function fillTarget(from: Rect, pos: { row: number; col: number }): Rect | null {
  const dr = pos.row > from.r2 ? pos.row - from.r2 : pos.row < from.r1 ? pos.row - from.r1 : 0;
  const dc = pos.col > from.c2 ? pos.col - from.c2 : pos.col < from.c1 ? pos.col - from.c1 : 0;
  if (dr === 0 && dc === 0) return null;
  if (Math.abs(dr) >= Math.abs(dc)) return dr > 0 ? { ...from, r1: from.r2 + 1, r2: pos.row } : { ...from, r1: pos.row, r2: from.r1 - 1 };
  return dc > 0 ? { ...from, c1: from.c2 + 1, c2: pos.col } : { ...from, c1: pos.col, c2: from.c1 - 1 };
}

/** The block and the cells it filled, as one selection. */
export function unionRect(a: Rect, b: Rect): Rect {
  return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
}

/** Ctrl+D: a block fills from its top row; one row alone takes the row above it. Null when there is nothing above. */
export function fillDownEdits(ctx: GridContext, geo: GridGeometry, rect: Rect): Edit[] | null {
  if (rect.r1 === rect.r2) {
    if (rect.r1 === 0) return null;
    return fillEdits(ctx, geo, { ...rect, r1: rect.r1 - 1, r2: rect.r1 - 1 }, rect);
  }
  return fillEdits(ctx, geo, { ...rect, r2: rect.r1 }, { ...rect, r1: rect.r1 + 1 });
}

/** The first entered cell of the table, in reading order: where one key puts the clerk into the grid. */
export function firstEnteredCell(ctx: GridContext, geo: GridGeometry): { row: number; col: number } | null {
  for (let r = 0; r < geo.rows.length; r++) {
    for (let c = 0; c < geo.cols.length; c++) if (infoAt(ctx, geo, r, c)?.editable) return { row: r, col: c };
  }
  return null;
}

/** The next entered cell after (or before) a position in reading order, for Tab; null at the end. */
export function nextEnteredCell(ctx: GridContext, geo: GridGeometry, from: { row: number; col: number }, backwards: boolean): { row: number; col: number } | null {
  const width = geo.cols.length;
  const total = geo.rows.length * width;
  const step = backwards ? -1 : 1;
  for (let i = from.row * width + from.col + step; i >= 0 && i < total; i += step) {
    const r = Math.floor(i / width);
    const c = i % width;
    if (infoAt(ctx, geo, r, c)?.editable) return { row: r, col: c };
  }
  return null;
}
