// Excel/WPS habits AG Grid community does not provide: shift-arrow selection (mouse selection and the fill
// handle are in grid-mouse.ts), Delete/Backspace that clear, Ctrl+D fill down, copy and cut of a
// rectangle and paste of a block, each one undo step, as TSV.
import type { GridApi } from 'ag-grid-community';
import type { Edit } from '../../../shared/filing/types';
import type { Decimal } from '../../../shared/money/money';
import type { CellRef } from '../../../shared/table/cell-ref';
import { printedValue } from '../../../shared/narrative/generate';
import { statedValue } from '../../../shared/filing/compute';
import type { GridContext, GridRow } from './grid-context';
import { checkPasted, copyText, parseTsv, planPaste } from './clipboard';
import type { GridGeometry } from './clipboard';
import { clearEdits, fillDownEdits } from './block-edits';
import type { Rect } from './block-edits';

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
export function currentRect(api: GridApi<GridRow>, ctx: GridContext, geo: GridGeometry): Rect | null {
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
    /** The grid's api, once it is ready (the view's ref: read when an event comes, never while rendering). */
    private readonly api: { readonly current: GridApi<GridRow> | null },
    private readonly ctx: GridContext,
  ) {}

  private getApi(): GridApi<GridRow> | null {
    return this.api.current;
  }

  /** keydown in the capture phase: note whether this focus move extends the selection. */
  onKeyDownCapture = (e: KeyboardEvent): void => {
    this.extending = e.shiftKey && ARROWS.has(e.key);
  };

  /** Shift+click (grid-mouse.ts): the next focus extends the selection from its anchor. */
  extendNext(): void {
    this.extending = true;
  }

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
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      this.fillDown(api);
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

  setSelection(next: GridContext['selection']): void {
    const prev = this.ctx.selection;
    this.ctx.selection = next;
    // The selection tint and the fill handle (on the block's corner) are cell classes: redraw the rows
    // of the old and the new block only.
    const api = this.getApi();
    if (!api) return;
    const rows = new Set<number>();
    for (const s of [prev, next]) {
      if (!s) continue;
      for (let r = Math.min(s.anchor.row, s.focus.row); r <= Math.max(s.anchor.row, s.focus.row); r++) rows.add(r);
    }
    const nodes = [...rows].map((r) => api.getDisplayedRowAtIndex(r)).filter((n) => n !== undefined);
    if (nodes.length) api.refreshCells({ rowNodes: nodes, force: true });
  }

  private run(edits: Edit[], label: string): boolean {
    if (edits.length === 0) return false;
    const r = this.ctx.store.apply(edits, label);
    if (!r.ok) this.ctx.notify(r.message);
    return r.ok;
  }

  private clear(api: GridApi<GridRow>): void {
    const geo = geometry(api, this.ctx);
    const rect = currentRect(api, this.ctx, geo);
    if (!rect) return;
    const { edits, refused } = clearEdits(this.ctx, geo, rect);
    if (edits.length === 0 && refused) this.ctx.notify(refused);
    this.run(edits, '清除');
  }

  private fillDown(api: GridApi<GridRow>): void {
    if (this.refuseReadOnly()) return;
    const geo = geometry(api, this.ctx);
    const rect = currentRect(api, this.ctx, geo);
    if (!rect) return;
    const edits = fillDownEdits(this.ctx, geo, rect);
    if (edits === null) this.ctx.notify('第一行上方没有可以向下填充的数。');
    else if (edits.length === 0) this.ctx.notify('没有需要填充的可录入单元格（自动计算的单元格不填充）。', 'info');
    else if (this.run(edits, '向下填充')) this.ctx.notify(`已向下填充 ${edits.length} 个单元格。`, 'info');
  }

  private refuseReadOnly(): boolean {
    if (!this.ctx.readOnly) return false;
    this.ctx.notify(this.ctx.store.get().review ? '审阅模式：只读。审阅时不能修改数据。' : '此文件以只读方式打开，不能修改。');
    return true;
  }

  /** Ctrl+X: the block goes to the clipboard; only its entered cells are cleared (the rest are computed). */
  onCut = (e: ClipboardEvent): void => {
    const copied = this.copyBlock(e);
    if (!copied || this.refuseReadOnly()) return;
    const { geo, rect } = copied;
    const { edits } = clearEdits(this.ctx, geo, rect);
    if (edits.length === 0) this.ctx.notify('已复制；选中的区域没有可清除的录入数（自动计算的单元格不清除）。', 'info');
    else if (this.run(edits, '剪切')) this.ctx.notify(`已剪切：复制并清除了 ${edits.length} 个录入的单元格（Ctrl+Z 可撤销）。`, 'info');
  };

  /** Puts the block on the clipboard as TSV; null when the event is not the grid's (an edit box, no focus). */
  private copyBlock(e: ClipboardEvent): { geo: GridGeometry; rect: Rect } | null {
    const api = this.getApi();
    if (!api || isTextInput(e.target) || isEditing(api)) return null;
    const geo = geometry(api, this.ctx);
    const rect = currentRect(api, this.ctx, geo);
    if (!rect || !e.clipboardData) return null;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(this.ctx, geo, rect.r1, rect.c1, rect.r2, rect.c2));
    return { geo, rect };
  }

  onCopy = (e: ClipboardEvent): void => {
    const copied = this.copyBlock(e);
    if (!copied) return;
    const { rect } = copied;
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
    const unit = this.ctx.unit;
    const skipped = plan.checks.length ? `；${plan.checks.length} 个自动计算的单元格与粘贴的数一致，已跳过` : '';
    // A pasted total is checked against the figure the cell shows: a stated total (still stated once the
    // paste's edits are in, none of its parts changed) as stated, so a column copied from the grid pastes back.
    const filing = () => this.ctx.store.getEngine()?.filing ?? this.ctx.store.get().filing!;
    const shown = (value: (ref: CellRef) => Decimal) => printedValue(filing(), value);
    const stated = (ref: CellRef) => statedValue(filing(), ref.table, ref.row, ref.col) !== null;
    if (plan.edits.length === 0) {
      const differ = checkPasted(plan.checks, shown(this.ctx.store.value), unit, stated);
      this.ctx.notify(differ ?? `粘贴的数都落在自动计算的单元格上，且与计算结果一致，无需修改。`, differ ? 'error' : 'info');
      return;
    }
    const r = this.ctx.store.apply(plan.edits, '粘贴', (value) => checkPasted(plan.checks, shown(value), unit, stated));
    if (!r.ok) this.ctx.notify(r.message);
    else this.ctx.notify(`已粘贴 ${plan.cells} 个单元格${skipped}（Ctrl+Z 可一步撤销）。`, 'info');
  };
}
