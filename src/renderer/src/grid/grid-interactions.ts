// Excel/WPS habits AG Grid community does not provide: shift-arrow selection, Delete/Backspace that clear
// (one undoable edit), copy of a rectangle and paste of a block (one undo step), both as TSV.
import type { GridApi } from 'ag-grid-community';
import type { Edit } from '../../../shared/filing/types';
import type { GridContext, GridRow } from './grid-context';
import { cellOfRow } from './cell-values';
import { colOfId } from './column-defs';
import { copyText, parseTsv, planPaste } from './clipboard';
import type { GridGeometry } from './clipboard';
import { cellName } from './table-model';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export function geometry(api: GridApi<GridRow>, ctx: GridContext): GridGeometry {
  return { rows: ctx.layout.lines, cols: api.getAllDisplayedColumns().map((c) => c.getColId()) };
}

function isEditing(api: GridApi<GridRow>): boolean {
  return api.getEditingCells().length > 0;
}

function isTextInput(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement;
}

/** The selection rectangle, or the focused cell alone. Null when focus is outside the body rows. */
function currentRect(api: GridApi<GridRow>, ctx: GridContext, geo: GridGeometry): { r1: number; c1: number; r2: number; c2: number } | null {
  const f = api.getFocusedCell();
  if (!f || f.rowPinned) return null;
  const ci = geo.cols.indexOf(f.column.getColId());
  const sel = ctx.selection;
  if (sel && sel.focus.row === f.rowIndex && sel.focus.col === ci) {
    return {
      r1: Math.min(sel.anchor.row, sel.focus.row),
      r2: Math.max(sel.anchor.row, sel.focus.row),
      c1: Math.min(sel.anchor.col, sel.focus.col),
      c2: Math.max(sel.anchor.col, sel.focus.col),
    };
  }
  return { r1: f.rowIndex, r2: f.rowIndex, c1: ci, c2: ci };
}

export class GridInteractions {
  private extending = false;

  constructor(
    private readonly getApi: () => GridApi<GridRow> | null,
    private readonly ctx: GridContext,
  ) {}

  /** keydown in the capture phase: note whether this focus move extends the selection. */
  onKeyDownCapture = (e: KeyboardEvent): void => {
    this.extending = e.shiftKey && ARROWS.has(e.key);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const api = this.getApi();
    if (!api || isTextInput(e.target) || isEditing(api)) return;
    // Read-only cells do not open an editor, so typing would otherwise do nothing without saying why.
    if (this.ctx.readOnly && (e.key.length === 1 || e.key === 'F2') && !e.ctrlKey && !e.metaKey && !e.altKey && api.getFocusedCell()) {
      this.ctx.notify(this.ctx.store.get().review ? '审阅模式：只读。审阅时不能修改数据，可以对此单元格添加审阅意见。' : '此文件以只读方式打开，不能修改。请“另存为”一个新文件后再编辑。');
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.clear(api);
    }
  };

  onCellFocused(rowIndex: number | null, colId: string | null, pinned: string | null | undefined): void {
    const api = this.getApi();
    if (!api || rowIndex === null || colId === null || pinned) {
      this.setSelection(null);
      return;
    }
    const ci = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === colId);
    const pos = { row: rowIndex, col: ci };
    const prev = this.ctx.selection;
    this.setSelection(this.extending && prev ? { anchor: prev.anchor, focus: pos } : { anchor: pos, focus: pos });
    this.extending = false;
  }

  private setSelection(next: GridContext['selection']): void {
    const prev = this.ctx.selection;
    const wasMulti = !!prev && (prev.anchor.row !== prev.focus.row || prev.anchor.col !== prev.focus.col);
    const isMulti = !!next && (next.anchor.row !== next.focus.row || next.anchor.col !== next.focus.col);
    this.ctx.selection = next;
    if (wasMulti || isMulti) this.getApi()?.refreshCells({ force: true });
  }

  private clear(api: GridApi<GridRow>): void {
    const geo = geometry(api, this.ctx);
    const rect = currentRect(api, this.ctx, geo);
    if (!rect) return;
    const edits: Edit[] = [];
    let refused: string | null = null;
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const col = colOfId(geo.cols[c]);
        const info = col === null ? null : cellOfRow(this.ctx, geo.rows[r], col);
        if (!info) continue;
        if (!info.editable) {
          refused ??= `${cellName(this.ctx.layout, info.ref)}是${info.computed ? '自动计算的' : '不适用的'}单元格，不能清除。`;
          continue;
        }
        const cur = this.ctx.store.get().filing?.tables[info.ref.table]?.[info.ref.row]?.[String(info.ref.col)];
        if (cur !== undefined) edits.push({ kind: 'cell', ...info.ref, value: null });
      }
    }
    if (edits.length === 0) {
      if (refused) this.ctx.notify(refused);
      return;
    }
    const r = this.ctx.store.apply(edits, '清除');
    if (!r.ok) this.ctx.notify(r.message);
  }

  onCopy = (e: ClipboardEvent): void => {
    const api = this.getApi();
    if (!api || isTextInput(e.target) || isEditing(api)) return;
    const geo = geometry(api, this.ctx);
    const rect = currentRect(api, this.ctx, geo);
    if (!rect || !e.clipboardData) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(this.ctx, geo, rect.r1, rect.c1, rect.r2, rect.c2));
    const n = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
    this.ctx.notify(`已复制 ${n} 个单元格。`, 'info');
  };

  onPaste = (e: ClipboardEvent): void => {
    const api = this.getApi();
    if (!api || isTextInput(e.target) || isEditing(api)) return;
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text === '') {
      this.ctx.notify('剪贴板中没有可粘贴的文字。');
      return;
    }
    const f = api.getFocusedCell();
    if (!f || f.rowPinned) {
      this.ctx.notify('请先单击要粘贴到的起始单元格，再粘贴。');
      return;
    }
    const geo = geometry(api, this.ctx);
    const plan = planPaste(this.ctx, geo, { row: f.rowIndex, col: geo.cols.indexOf(f.column.getColId()) }, parseTsv(text));
    if (!plan.ok) {
      this.ctx.notify(plan.message);
      return;
    }
    const r = this.ctx.store.apply(plan.edits, '粘贴');
    if (!r.ok) this.ctx.notify(r.message);
    else this.ctx.notify(`已粘贴 ${plan.cells} 个单元格（Ctrl+Z 可一步撤销）。`, 'info');
  };
}
