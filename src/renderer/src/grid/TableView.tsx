// One public table: its title block as printed, the grid, and (coded tables) the 添加科目 box.
// AG Grid's callbacks read one context object (ctx) made once per view; it is brought up to date in a
// layout effect, which runs before AG Grid takes new props (in its own effect) and before this view
// redraws the changed cells. The layout is rebuilt from the engine's table model, which is new exactly
// when rows change, so a value edit rebuilds nothing.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellContextMenuEvent, CellFocusedEvent, CellPosition, ColDef, GetRowIdParams, GridApi, GridReadyEvent, RowClassRules, TabToNextCellParams } from 'ag-grid-community';
import { cellOf } from '../../../shared/table/cell-ref';
import type { TableDef } from '../../../shared/templates/types';
import { getCatalog, nameOf } from '../../../shared/catalog/index';
import { useDoc, useStore } from '../state/use-doc';
import { ui } from '../state/ui-store';
import { setGridZoom, stepZoom, themeAt, useGridZoom, zoomKey } from './zoom';
import { overlayScrollbarWidth } from './grid-theme';
import { GridMouse } from './grid-mouse';
import { FindBar } from './FindBar';
import { firstEnteredCell, nextEnteredCell } from './block-edits';
import { gridCol, layoutOfModel, lineOfCell } from './table-model';
import { tableModel } from '../../../shared/table/model';
import { buildColumnDefs, valueColId } from './column-defs';
import { flagsForTable } from './flags';
import { type GridContext, type GridRow, syncGridContext } from './grid-context';
import { GridInteractions, geometry } from './grid-interactions';
import { TitleBlock } from './TitleBlock';
import { CodedRowTools } from './CodedRowTools';
import { removeCodedRow } from './remove-row';
import { CellNotes, cellAtFocus, openNoteCells, setCurrentCell } from '../features/review/index';

/** A refusal, shown under the cell it is about. */
interface GridMessage {
  text: string;
  top: number;
  left: number;
  seq: number;
}

const LANCI_ROW: GridRow[] = [{ id: '栏次', segs: [], lanci: true }];

// Grid options are module constants: a new object on every render makes AG Grid re-apply them.
const DEFAULT_COL: ColDef<GridRow> = { sortable: false, resizable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true };
const rowId = (p: GetRowIdParams<GridRow>): string => p.data.id;
const ROW_CLASSES: RowClassRules<GridRow> = {
  'js-row-total': (p) => p.data?.segs[0]?.level === 'total',
  'js-row-class': (p) => p.data?.segs[0]?.level === 'class',
  'js-row-section': (p) => p.data?.segs[0]?.level === 'section',
};

function isEmptyTable(values: Record<string, Record<string, string>> | undefined): boolean {
  return !values || Object.values(values).every((row) => Object.values(row).every((v) => v === ''));
}

export function TableView({ def }: { def: TableDef }) {
  const store = useStore();
  const doc = useDoc();
  const filing = doc.filing!;
  const template = doc.template!;
  const { customCodes, template: templateId } = filing;
  const unit = filing.meta.unit;
  const readOnly = doc.readOnly;
  const tableModels = doc.tableModels;
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const [message, setMessage] = useState<GridMessage | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; row: string; label: string } | null>(null);
  const msgSeq = useRef(0);
  const focusDone = useRef(0);

  const nameOfCode = useMemo(() => {
    const catalog = getCatalog(def.catalog ?? 'function', template.year);
    return (code: string) => nameOf(catalog, code, customCodes) ?? '（目录中没有该科目）';
  }, [def, template, customCodes]);

  const layout = useMemo(() => layoutOfModel(def, tableModels?.get(def.id) ?? tableModel(def, []), templateId, nameOfCode), [def, tableModels, templateId, nameOfCode]);
  const zoom = useGridZoom();
  // Zoom scales the columns with the text, as Excel's does, so a zoomed table keeps its proportions.
  const columnDefs = useMemo(() => buildColumnDefs(layout, zoom / 100), [layout, zoom]);

  const notify = useCallback((text: string, kind: 'error' | 'info' = 'error') => {
    // What was done ("已填充 3 个单元格") goes to the status bar, as in Excel and WPS: under the cell it
    // would cover the next line's fill handle and the cells typed into next. A refusal stays at the cell.
    if (kind === 'info') {
      ui.status(text, 'info');
      return;
    }
    const wrap = wrapRef.current;
    let top = 8;
    let left = 8;
    const cell = wrap?.querySelector('.ag-cell-focus');
    if (wrap && cell) {
      const a = wrap.getBoundingClientRect();
      const b = cell.getBoundingClientRect();
      top = Math.max(0, b.bottom - a.top + 2);
      left = Math.max(0, Math.min(b.left - a.left, a.width - 420));
    }
    setMessage({ text, top, left, seq: ++msgSeq.current });
  }, []);

  const flags = useMemo(() => flagsForTable(doc.findings, def.id), [doc.findings, def.id]);
  const noteKeys = useMemo(() => [...openNoteCells(filing.review, def.id)].sort().join('\n'), [filing.review, def.id]);
  const notes = useMemo(() => new Set(noteKeys ? noteKeys.split('\n') : []), [noteKeys]);
  // One context per table view (the grid and its helpers hold it), made with the first render's values.
  const [ctx] = useState<GridContext>(() => ({ layout, unit, store, readOnly, flags, notes, selection: null, fillTo: null, notify }));
  // Synchronizing an outside system (AG Grid's context) is what effects are for; this one runs before
  // AG Grid applies new props and before the redraw below, so no callback reads an old layout or flag.
  useLayoutEffect(() => syncGridContext(ctx, { layout, unit, readOnly, flags, notes }), [ctx, layout, unit, readOnly, flags, notes]);
  // Notes change rarely and never touch values: redraw for their markers only when the marked cells change.
  useEffect(() => {
    apiRef.current?.refreshCells({ force: true });
  }, [noteKeys]);

  const [interactions] = useState(() => new GridInteractions(apiRef, ctx));
  const [mouse] = useState(() => new GridMouse(apiRef, ctx, interactions));

  // Tab walks the entered cells only: 项目, 行次, computed and —— cells are read, not typed into.
  const tabToNextCell = useCallback(
    (p: TabToNextCellParams<GridRow>): CellPosition | boolean => {
      const prev = p.previousCellPosition;
      const geo = geometry(p.api, ctx);
      const col = geo.cols.indexOf(prev.column.getColId());
      // From the pinned 栏次 line, forward is the first entered cell.
      const next = prev.rowPinned ? (p.backwards ? null : firstEnteredCell(ctx, geo)) : nextEnteredCell(ctx, geo, { row: prev.rowIndex, col }, p.backwards);
      if (!next) return false;
      p.api.ensureIndexVisible(next.row);
      return { rowIndex: next.row, column: p.api.getAllDisplayedColumns()[next.col], rowPinned: null };
    },
    [ctx],
  );

  // Into the grid with one key (F2 or Ctrl+↓ from the table list or anywhere outside it), at the first
  // entered cell; the zoom keys work from anywhere in the table view.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const z = zoomKey(e);
      if (z !== null) {
        e.preventDefault();
        void setGridZoom(stepZoom(zoom, z)).catch(() => undefined);
        return;
      }
      const api = apiRef.current;
      const inGrid = wrapRef.current?.contains(document.activeElement ?? null) ?? false;
      // Tab into the grid from the page lands on its headers: one more Tab goes to the first entered cell,
      // not through every header cell.
      const inHeader = document.activeElement?.closest('.ag-header') ?? null;
      if (api && inGrid && inHeader && e.key === 'Tab' && !e.shiftKey) {
        const geo = geometry(api, ctx);
        const first = firstEnteredCell(ctx, geo);
        if (!first) return;
        e.preventDefault();
        e.stopPropagation();
        api.ensureIndexVisible(first.row, 'top');
        api.setFocusedCell(first.row, geo.cols[first.col]);
        return;
      }
      const target = e.target;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
      if (!api || inGrid || typing || ui.get().dialog) return;
      if (e.key === 'F2' || ((e.ctrlKey || e.metaKey) && e.key === 'ArrowDown')) {
        const geo = geometry(api, ctx);
        const first = firstEnteredCell(ctx, geo);
        if (!first) return;
        e.preventDefault();
        api.ensureIndexVisible(first.row, 'top');
        api.setFocusedCell(first.row, geo.cols[first.col]);
      }
    };
    // Capture: the grid's header handles Tab itself before the event would bubble here.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ctx, zoom]);

  // Redraw exactly the cells whose value or flag the last change touched (the engine says which): a
  // full redraw of every rendered cell costs more than the recalculation itself on a large table.
  const shown = useRef<{ revision: number; unit: string; structure: number } | null>(null);
  useEffect(() => {
    const api = apiRef.current;
    const prev = shown.current;
    shown.current = { revision: doc.revision, unit: filing.meta.unit, structure: doc.structure };
    if (!api || !prev || prev.revision === doc.revision) return;
    if (prev.unit !== filing.meta.unit || prev.structure !== doc.structure || doc.lastChange === null) {
      api.refreshCells({ force: true });
      return;
    }
    const done = new Set<string>();
    for (const key of [...doc.lastChange.values, ...doc.lastChange.flags]) {
      if (done.has(key)) continue;
      done.add(key);
      const cell = cellOf(key);
      if (cell.table !== def.id) continue;
      const i = lineOfCell(ctx.layout, cell);
      const node = i >= 0 ? api.getRowNode(ctx.layout.lines[i].id) : undefined;
      if (node) api.refreshCells({ rowNodes: [node], columns: [valueColId(gridCol(ctx.layout, cell))], force: true });
    }
  }, [doc.revision, doc.lastChange, doc.structure, filing.meta.unit, ctx, def.id]);

  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage((m) => (m?.seq === message.seq ? null : m)), 10000);
    return () => clearTimeout(t);
  }, [message]);

  // A refusal is about the attempt just made; once the table changes it is old news.
  const lastRevision = useRef(doc.revision);
  useEffect(() => {
    if (doc.revision === lastRevision.current) return;
    lastRevision.current = doc.revision;
    setMessage(null);
  }, [doc.revision]);

  const applyFocus = useCallback(() => {
    const api = apiRef.current;
    const req = store.get().focus;
    if (!api || !req || req.seq === focusDone.current || req.cell.table !== def.id) return;
    const idx = lineOfCell(ctx.layout, req.cell);
    if (idx < 0) return;
    // The grid may not hold a just-added row yet: wait for onRowDataUpdated rather than focus a stale index.
    const node = api.getRowNode(ctx.layout.lines[idx].id);
    if (!node || node.rowIndex === null) return;
    focusDone.current = req.seq;
    const colId = valueColId(gridCol(ctx.layout, req.cell));
    api.ensureIndexVisible(node.rowIndex, 'middle');
    api.ensureColumnVisible(colId, 'auto');
    api.setFocusedCell(node.rowIndex, colId);
  }, [store, def.id, ctx]);

  useEffect(() => {
    applyFocus();
  }, [doc.focus, applyFocus]);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    el.addEventListener('keydown', interactions.onKeyDownCapture, true);
    el.addEventListener('keydown', interactions.onKeyDown);
    el.addEventListener('copy', interactions.onCopy);
    el.addEventListener('cut', interactions.onCut);
    el.addEventListener('paste', interactions.onPaste);
    el.addEventListener('mousedown', mouse.onMouseDown, true);
    el.addEventListener('mouseover', mouse.onMouseOver);
    window.addEventListener('mouseup', mouse.onMouseUp);
    return () => {
      el.removeEventListener('cut', interactions.onCut);
      el.removeEventListener('mousedown', mouse.onMouseDown, true);
      el.removeEventListener('mouseover', mouse.onMouseOver);
      window.removeEventListener('mouseup', mouse.onMouseUp);
      el.removeEventListener('keydown', interactions.onKeyDownCapture, true);
      el.removeEventListener('keydown', interactions.onKeyDown);
      el.removeEventListener('copy', interactions.onCopy);
      el.removeEventListener('paste', interactions.onPaste);
    };
  }, [interactions, mouse]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<GridRow>) => {
      apiRef.current = e.api;
      requestAnimationFrame(applyFocus);
    },
    [applyFocus],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      const colId = e.column && typeof e.column !== 'string' ? e.column.getColId() : (e.column ?? null);
      interactions.onCellFocused(e.rowIndex, colId, e.rowPinned);
      setCurrentCell(cellAtFocus(ctx, e.api, e.rowIndex, colId, e.rowPinned));
    },
    [interactions, ctx],
  );

  const onCellContextMenu = useCallback(
    (e: CellContextMenuEvent<GridRow>) => {
      const seg = e.data?.segs[0];
      const wrap = wrapRef.current;
      const ev = e.event as MouseEvent | null | undefined;
      if (!ctx.layout.coded || !seg || !wrap || !ev || e.data?.lanci) return;
      const box = wrap.getBoundingClientRect();
      setMenu({ x: ev.clientX - box.left, y: ev.clientY - box.top, row: seg.row, label: seg.number === '合计' ? '合计' : `${seg.number} ${seg.label}` });
    },
    [ctx],
  );

  useEffect(() => {
    if (!menu) return;
    const close = () => setMenu(null);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menu]);

  return (
    <section className="table-view" data-testid={`table-${def.id}`}>
      <FindBar />
      <TitleBlock def={def} filing={filing} />
      <CellNotes table={def.id} />
      {layout.coded && <CodedRowTools def={def} layout={layout} getApi={() => apiRef.current} notify={notify} />}
      <div className="grid-wrap" ref={wrapRef} data-testid={`grid-${def.id}`}>
        <AgGridReact<GridRow>
          theme={themeAt(zoom)}
          scrollbarWidth={overlayScrollbarWidth()}
          loadThemeGoogleFonts={false}
          context={ctx}
          rowData={layout.lines}
          pinnedTopRowData={layout.columnNumbers ? LANCI_ROW : undefined}
          columnDefs={columnDefs}
          getRowId={rowId}
          defaultColDef={DEFAULT_COL}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          undoRedoCellEditing={false}
          stopEditingWhenCellsLoseFocus
          enableBrowserTooltips
          suppressColumnVirtualisation
          suppressDragLeaveHidesColumns
          rowClassRules={ROW_CLASSES}
          onGridReady={onGridReady}
          onCellFocused={onCellFocused}
          tabToNextCell={tabToNextCell}
          onRowDataUpdated={applyFocus}
          onCellContextMenu={onCellContextMenu}
          preventDefaultOnContextMenu={layout.coded}
        />
        {menu && (
          <ul className="context-menu" style={{ top: menu.y, left: menu.x }} role="menu" data-testid="row-menu" onMouseDown={(e) => e.stopPropagation()}>
            <li>
              <button
                type="button"
                role="menuitem"
                disabled={menu.row === '合计' || doc.readOnly}
                data-testid="row-menu-remove"
                onClick={() => {
                  setMenu(null);
                  removeCodedRow(store, def, menu.row, notify);
                }}
              >
                删除科目 {menu.label}
              </button>
            </li>
          </ul>
        )}
        {message && (
          <div
            className="grid-message grid-message-error"
            style={{ top: message.top, left: message.left }}
            role="alert"
            data-testid="grid-message"
          >
            <span>✖ {message.text}</span>
            <button type="button" className="link" onClick={() => setMessage(null)} aria-label="关闭提示">
              ×
            </button>
          </div>
        )}
      </div>
      {isEmptyTable(filing.tables[def.id]) && (
        <p className="table-note" data-testid="no-data">
          说明：本表无数据
        </p>
      )}
      {def.notes.map((n) => (
        <p className="table-note" key={n}>
          {n}
        </p>
      ))}
    </section>
  );
}
