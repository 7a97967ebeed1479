// Selecting a block with the mouse as in Excel (drag across cells, Shift+click to extend from the
// anchor), and the fill handle: the small square on the block's lower-right corner, dragged down, up,
// right or left to repeat the block there (entered cells only, one undo step). AG Grid community has no range selection: positions are read
// from the cells' row-index and col-id attributes, and the selection lives in the grid context.
import type { GridApi } from 'ag-grid-community';
import type { GridContext, GridRow } from './grid-context';
import type { GridInteractions } from './grid-interactions';
import { currentRect, geometry } from './grid-interactions';
import { fillEdits, fillTarget, unionRect } from './block-edits';
import type { Rect } from './block-edits';

/** The square's size in px, measured from the corner cell's lower-right (drawn by .js-corner::after). */
const HANDLE = 8;

interface Pos {
  row: number;
  col: number;
}

function posOf(api: GridApi<GridRow>, target: EventTarget | null): Pos | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('.ag-cell');
  const row = cell?.closest('.ag-row');
  const index = row?.getAttribute('row-index');
  const colId = cell?.getAttribute('col-id');
  // Pinned rows (栏次) have indexes like "t-0": not part of a block.
  if (!cell || !index || !/^\d+$/.test(index) || !colId) return null;
  const col = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === colId);
  return col < 0 ? null : { row: Number(index), col };
}

export class GridMouse {
  private dragFrom: Pos | null = null;
  private fillFrom: Rect | null = null;

  constructor(
    /** The grid's api, once it is ready (the view's ref: read when an event comes, never while rendering). */
    private readonly api: { readonly current: GridApi<GridRow> | null },
    private readonly ctx: GridContext,
    private readonly keys: GridInteractions,
  ) {}

  private getApi(): GridApi<GridRow> | null {
    return this.api.current;
  }

  onMouseDown = (e: MouseEvent): void => {
    const api = this.getApi();
    if (!api || e.button !== 0) return;
    const pos = posOf(api, e.target);
    if (!pos) return;
    if (this.onHandle(e, pos, api)) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (e.shiftKey && this.ctx.selection) {
      // AG Grid focuses the clicked cell next; that focus extends the block instead of starting one.
      this.keys.extendNext();
      return;
    }
    this.dragFrom = pos;
  };

  onMouseOver = (e: MouseEvent): void => {
    const api = this.getApi();
    if (!api || (!this.dragFrom && !this.fillFrom)) return;
    if ((e.buttons & 1) === 0) {
      this.onMouseUp();
      return;
    }
    const pos = posOf(api, e.target);
    if (!pos) return;
    if (this.fillFrom) {
      this.ctx.fillTo = fillTarget(this.fillFrom, pos);
      api.refreshCells({ force: true });
      return;
    }
    const from = this.dragFrom!;
    const sel = this.ctx.selection;
    if (sel && sel.focus.row === pos.row && sel.focus.col === pos.col) return;
    // Moving the grid's focus keeps Ctrl+C, Delete and the keyboard acting on the block being drawn.
    this.ctx.selection = { anchor: from, focus: sel?.focus ?? from };
    this.keys.extendNext();
    const colId = api.getAllDisplayedColumns()[pos.col].getColId();
    api.setFocusedCell(pos.row, colId);
  };

  onMouseUp = (): void => {
    this.dragFrom = null;
    const from = this.fillFrom;
    const to = this.ctx.fillTo;
    this.fillFrom = null;
    this.ctx.fillTo = null;
    const api = this.getApi();
    if (!from || !api) return;
    api.refreshCells({ force: true });
    if (to === null) return;
    const geo = geometry(api, this.ctx);
    const edits = fillEdits(this.ctx, geo, from, to);
    if (edits.length === 0) {
      this.ctx.notify('没有需要填充的可录入单元格（自动计算的单元格不填充）。', 'info');
      return;
    }
    const r = this.ctx.store.apply(edits, '填充');
    if (!r.ok) this.ctx.notify(r.message);
    else {
      const all = unionRect(from, to);
      this.keys.setSelection({ anchor: { row: all.r1, col: all.c1 }, focus: { row: all.r2, col: all.c2 } });
      this.ctx.notify(`已填充 ${edits.length} 个单元格（Ctrl+Z 可撤销）。`, 'info');
    }
  };

  /** A press on the fill handle of the block's corner cell starts a fill drag. */
  private onHandle(e: MouseEvent, pos: Pos, api: GridApi<GridRow>): boolean {
    if (this.ctx.readOnly) return false;
    const rect = currentRect(api, this.ctx, geometry(api, this.ctx));
    if (!rect || pos.row !== rect.r2 || pos.col !== rect.c2) return false;
    const cell = (e.target as Element).closest('.ag-cell');
    const box = cell?.getBoundingClientRect();
    if (!box || e.clientX < box.right - HANDLE - 2 || e.clientY < box.bottom - HANDLE - 2) return false;
    this.fillFrom = rect;
    this.ctx.fillTo = null;
    return true;
  }
}
