// The grid cell the user last focused, so a note can be put on it from the table or the review page.
// Kept apart from the document store: a focus change must not re-render everything that reads the document.
import { useSyncExternalStore } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { CellRef } from '../../../../shared/templates/types';
import type { GridContext, GridRow } from '../../grid/grid-context';
import { cellOfRow } from '../../grid/cell-values';
import { colOfId } from '../../grid/column-defs';

let current: CellRef | null = null;
const listeners = new Set<() => void>();

export function setCurrentCell(cell: CellRef | null): void {
  if (cell === current || (cell && current && cell.table === current.table && cell.row === current.row && cell.col === current.col)) return;
  current = cell;
  for (const fn of listeners) fn();
}

export function getCurrentCell(): CellRef | null {
  return current;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useCurrentCell(): CellRef | null {
  return useSyncExternalStore(subscribe, getCurrentCell);
}

/** The cell behind a grid focus event (null on the 栏次 line, label columns and empty places). */
export function cellAtFocus(ctx: GridContext, api: GridApi<GridRow>, rowIndex: number | null, colId: string | null, pinned: string | null | undefined): CellRef | null {
  if (rowIndex === null || colId === null || pinned) return null;
  const col = colOfId(colId);
  if (col === null) return null;
  const info = cellOfRow(ctx, api.getDisplayedRowAtIndex(rowIndex)?.data, col);
  return info ? { table: info.ref.table, row: info.ref.row, col: info.ref.col } : null;
}
