// The mutable context every grid callback reads: the table's layout, the display unit, the store and
// the flags of the current findings. One object per grid, updated in place (syncGridContext, from the
// view's layout effect), so AG Grid's callbacks never hold stale values and a refresh is all it takes.
import type { MoneyUnit } from '../../../shared/money/money';
import type { Finding, Severity } from '../../../shared/rules/types';
import type { CellKey } from '../../../shared/table/cell-ref';
import type { DocStore } from '../state/doc-store';
import type { GridLine, TableLayout } from './table-model';

export interface CellFlag {
  severity: Severity;
  findings: Finding[];
}

/** A rectangle of displayed row and column indexes (inclusive), anchored where the shift began. */
export interface GridSelection {
  anchor: { row: number; col: number };
  focus: { row: number; col: number };
}

export interface GridRow extends GridLine {
  /** The 栏次 line pinned under the header. */
  lanci?: boolean;
}

export interface GridContext {
  layout: TableLayout;
  unit: MoneyUnit;
  store: DocStore;
  readOnly: boolean;
  flags: Map<CellKey, CellFlag>;
  /** Keys of cells with an open review note (审阅意见), marked on the grid. */
  notes?: Set<string>;
  selection: GridSelection | null;
  /** While the fill handle is dragged: the cells it would fill (tinted), beside the block. */
  fillTo: { r1: number; c1: number; r2: number; c2: number } | null;
  /** A refusal ('error', the default) shows under the focused cell; what was done ('info') goes to the status bar. */
  notify(text: string, kind?: 'error' | 'info'): void;
}

/** What the view renders from, brought into the context after each render that changed it. */
export type GridInputs = Pick<GridContext, 'layout' | 'unit' | 'readOnly' | 'flags' | 'notes'>;

/** Brings the context up to date (the view calls it from a layout effect, never while rendering). */
export function syncGridContext(ctx: GridContext, now: GridInputs): void {
  ctx.layout = now.layout;
  ctx.unit = now.unit;
  ctx.readOnly = now.readOnly;
  ctx.flags = now.flags;
  ctx.notes = now.notes;
}

export function inSelection(sel: GridSelection | null, row: number, col: number): boolean {
  if (!sel) return false;
  const r1 = Math.min(sel.anchor.row, sel.focus.row);
  const r2 = Math.max(sel.anchor.row, sel.focus.row);
  const c1 = Math.min(sel.anchor.col, sel.focus.col);
  const c2 = Math.max(sel.anchor.col, sel.focus.col);
  return row >= r1 && row <= r2 && col >= c1 && col <= c2 && (r1 !== r2 || c1 !== c2);
}

/** The block's lower-right cell, which carries the fill handle. */
export function isCorner(sel: GridSelection | null, row: number, col: number): boolean {
  return !!sel && row === Math.max(sel.anchor.row, sel.focus.row) && col === Math.max(sel.anchor.col, sel.focus.col);
}

/** A cell the fill handle is being dragged over: in the cells it would fill. */
export function inFill(ctx: GridContext, row: number, col: number): boolean {
  const t = ctx.fillTo;
  return !!t && row >= t.r1 && row <= t.r2 && col >= t.c1 && col <= t.c2;
}
