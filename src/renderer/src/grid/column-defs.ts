// Column definitions of a table grid, laid out as printed: 项目 | 行次 | columns (multi-row headers from
// the template's column groups), side by side for two-sided tables (收入 | 支出), the label columns
// frozen on the left. Every callback reads the shared GridContext.
import type { ColDef, ColGroupDef, CellClassParams, ValueGetterParams, ValueSetterParams, ValueFormatterParams, ITooltipParams, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { ColumnDef } from '../../../shared/templates/types';
import type { HeaderNode } from '../../../shared/table/headers';
import type { GridContext, GridRow } from './grid-context';
import { inFill, inSelection, isCorner } from './grid-context';
import { cellOfRow, displayString, editString, flagOf, parseForCell, statedNote } from './cell-values';
import { PANEL_STRIDE, cellName } from './table-model';
import { flagMessages } from './flags';
import type { TableLayout } from './table-model';

type Col = ColDef<GridRow> | ColGroupDef<GridRow>;

export const valueColId = (col: number): string => `c${col}`;
export const colOfId = (id: string): number | null => (/^c\d+$/.test(id) ? Number(id.slice(1)) : null);

function ctxOf(p: { context: unknown }): GridContext {
  return p.context as GridContext;
}

/** Keys the grid must leave to our own handlers (clear, undo/redo, save). */
function suppressKeys(p: SuppressKeyboardEventParams<GridRow>): boolean {
  if (p.editing) return false;
  const e = p.event;
  if ((e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey) return true;
  if ((e.ctrlKey || e.metaKey) && ['z', 'y', 'Z', 'Y', 's', 'S', 'd', 'D', 'f', 'F', '=', '+', '-', '0'].includes(e.key)) return true;
  return false;
}

function rowIndexOf(p: CellClassParams<GridRow>): number {
  return p.node.rowPinned ? -1 : (p.node.rowIndex ?? -1);
}

function colIndexOf(p: CellClassParams<GridRow>): number {
  const cols = p.api.getAllDisplayedColumns();
  return cols.indexOf(p.column as (typeof cols)[number]);
}

function labelCol(colId: string, headerName: string, side: number, kind: 'label' | 'number', width: number, pinned: boolean, zoom: number, flex = false): ColDef<GridRow> {
  return {
    colId,
    headerName,
    width: Math.round(width * zoom),
    minWidth: flex ? Math.round(150 * zoom) : undefined,
    flex: flex ? 1 : undefined,
    pinned: pinned ? 'left' : undefined,
    editable: false,
    suppressKeyboardEvent: suppressKeys,
    valueGetter: (p: ValueGetterParams<GridRow>) => {
      if (!p.data) return '';
      if (p.data.lanci) {
        // The 栏次 line's caption stands under 项目 (行次 tables) or under the code (coded tables, 公开06表).
        const lanciCol = ctxOf(p).layout.model.labels === 'code' ? 'number' : 'label';
        return kind === lanciCol ? '栏次' : '';
      }
      const seg = p.data.segs[side];
      if (!seg) return '';
      if (kind === 'number') return seg.number;
      return seg.label;
    },
    cellClass: kind === 'number' ? 'js-rowno' : 'js-label',
    cellClassRules: {
      'js-bold': (p) => !!p.data?.segs[side]?.bold || !!p.data?.lanci,
      'js-section': (p) => p.data?.segs[side]?.level === 'section',
      'js-sel': (p) => inSelection(ctxOf(p).selection, rowIndexOf(p), colIndexOf(p)),
    },
    cellStyle: (p) => {
      const indent = kind === 'label' ? (p.data?.segs[side]?.indent ?? 0) : 0;
      return indent ? { paddingLeft: `${Math.round((8 + indent * 14) * zoom)}px` } : null;
    },
  };
}

/** A section heading (公开10表 一、政府采购情况) prints its column caption (采购金额) over the values. */
function captionOf(row: GridRow | undefined): string | null {
  const seg = row?.segs[0];
  return seg?.level === 'section' ? (seg.caption ?? '') : null;
}

function valueCol(def: ColumnDef, zoom: number): ColDef<GridRow> {
  const col = def.col;
  return {
    colId: valueColId(col),
    headerName: def.label,
    width: Math.round(124 * zoom),
    minWidth: Math.round(96 * zoom),
    suppressKeyboardEvent: suppressKeys,
    editable: (p) => {
      const ctx = ctxOf(p);
      return !ctx.readOnly && !!cellOfRow(ctx, p.data, col)?.editable;
    },
    valueGetter: (p: ValueGetterParams<GridRow>) => {
      if (p.data?.lanci) return String(col);
      const caption = captionOf(p.data);
      if (caption !== null) return caption;
      const ctx = ctxOf(p);
      const info = cellOfRow(ctx, p.data, col);
      return info ? editString(ctx, info) : '';
    },
    valueFormatter: (p: ValueFormatterParams<GridRow>) => {
      if (p.data?.lanci) return String(col);
      const caption = captionOf(p.data);
      if (caption !== null) return caption;
      const ctx = ctxOf(p);
      const info = cellOfRow(ctx, p.data, col);
      return info ? displayString(ctx, info) : '';
    },
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      const ctx = ctxOf(p);
      const info = cellOfRow(ctx, p.data, col);
      if (!info || !info.editable) return false;
      const text = p.newValue === null || p.newValue === undefined ? '' : String(p.newValue);
      const parsed = parseForCell(ctx, info, text);
      if (!parsed.ok) {
        ctx.notify(`${cellName(ctx.layout, info.ref)}：${parsed.reason}。原值未改动。`);
        return false;
      }
      const current = ctx.store.get().filing?.tables[info.ref.table]?.[info.ref.row]?.[String(info.ref.col)] ?? null;
      if (current === parsed.value) return false;
      const r = ctx.store.apply([{ kind: 'cell', ...info.ref, value: parsed.value }], '输入');
      if (!r.ok) ctx.notify(r.message);
      return false;
    },
    cellClass: 'js-num',
    cellClassRules: {
      'js-computed': (p) => !!cellOfRow(ctxOf(p), p.data, col)?.computed,
      'js-na': (p) => !!cellOfRow(ctxOf(p), p.data, col)?.na,
      'js-nocell': (p) => !p.data?.lanci && captionOf(p.data) === null && !cellOfRow(ctxOf(p), p.data, col),
      'js-caption': (p) => captionOf(p.data) !== null,
      'js-err': (p) => flagOf(ctxOf(p), cellOfRow(ctxOf(p), p.data, col))?.severity === 'error',
      'js-warn': (p) => flagOf(ctxOf(p), cellOfRow(ctxOf(p), p.data, col))?.severity === 'warning',
      'js-sel': (p) => inSelection(ctxOf(p).selection, rowIndexOf(p), colIndexOf(p)),
      'js-corner': (p) => !ctxOf(p).readOnly && isCorner(ctxOf(p).selection, rowIndexOf(p), colIndexOf(p)),
      'js-fill': (p) => inFill(ctxOf(p), rowIndexOf(p), colIndexOf(p)),
      'js-lanci': (p) => !!p.data?.lanci,
      'js-note': (p) => {
        const ref = cellOfRow(ctxOf(p), p.data, col)?.ref;
        return !!ref && !!ctxOf(p).notes?.has(`${ref.table}|${ref.row}|${ref.col}`);
      },
    },
    tooltipValueGetter: (p: ITooltipParams<GridRow>) => {
      const ctx = ctxOf(p);
      const info = cellOfRow(ctx, p.data as GridRow | undefined, col);
      const flag = flagOf(ctx, info);
      const lines: string[] = [];
      if (flag) lines.push(...flagMessages(flag).map((m) => `${flag.severity === 'error' ? '✖ 强制' : '⚠ 提示'}：${m}`));
      const stated = info ? statedNote(ctx, info) : null;
      if (stated) lines.push(stated);
      if (info?.computed) lines.push(stated ? '不能直接修改；修改下级数据后按下级数据之和显示' : '自动计算，不能直接修改（修改下级数据后自动更新）');
      if (info && ctx.notes?.has(`${info.ref.table}|${info.ref.row}|${info.ref.col}`)) lines.push('✎ 有未解决的审阅意见（见表格上方或“审阅意见”）');
      return lines.length ? lines.join('\n') : undefined;
    },
  };
}

/** The model's header tree as AG Grid column groups (the same groups print and xlsx draw). */
function groupColumns(nodes: readonly HeaderNode[], defs: ReadonlyMap<number, ColumnDef>, zoom: number): Col[] {
  return nodes.map((n): Col => {
    if (n.col !== undefined) return valueCol({ ...defs.get(n.col)!, label: n.text }, zoom);
    const first = firstCol(n);
    return { headerName: n.text, groupId: `g:${n.text}:${first}`, marryChildren: true, children: groupColumns(n.children, defs, zoom) };
  });
}

function firstCol(n: HeaderNode): number {
  return n.col ?? firstCol(n.children[0]);
}

/** The grid's columns; `zoom` (1 = 100%) scales every width, as the grid zoom scales text and rows. */
export function buildColumnDefs(layout: TableLayout, zoom = 1): Col[] {
  const out: Col[] = [];
  layout.sides.forEach((side, s) => {
    // Two-sided tables are read across (收入 | 支出): nothing frozen, the label columns share the width.
    const twoSided = layout.sides.length > 1;
    const pinned = s === 0 && !twoSided;
    const labels: Col[] = [];
    if (layout.coded) {
      labels.push({
        headerName: '项目',
        groupId: `g:项目:${s}`,
        marryChildren: true,
        children: [
          labelCol(`num${s}`, layout.def.catalog === 'economic' ? '经济分类科目编码' : '功能分类科目编码', s, 'number', 112, pinned, zoom),
          labelCol(`lab${s}`, '科目名称', s, 'label', 250, pinned, zoom),
        ],
      });
    } else if (layout.panels) {
      // Two panels share the width at 1366×768 beside the findings panel: names take what is left.
      labels.push(labelCol(`num${s}`, '经济分类科目编码', s, 'number', 112, pinned, zoom), { ...labelCol(`lab${s}`, '科目名称', s, 'label', 136, pinned, zoom, true), minWidth: Math.round(136 * zoom) });
    } else if (layout.byCode) {
      labels.push(labelCol(`num${s}`, layout.lineNumbers ? '科目编码' : '经济分类科目编码', s, 'number', layout.lineNumbers ? 76 : 112, pinned, zoom), labelCol(`lab${s}`, '科目名称', s, 'label', 230, pinned, zoom));
    } else if (layout.model.labels === 'none') {
      // 公开07表 is one unlabelled line: printed without 项目 and 行次 columns.
    } else {
      labels.push(labelCol(`lab${s}`, '项目', s, 'label', twoSided ? 220 : 300, pinned, zoom, twoSided));
      // A template that prints no 行次 (Shanghai) shows none: its rows are named, not numbered.
      if (layout.lineNumbers) labels.push(labelCol(`no${s}`, '行次', s, 'number', 46, pinned, zoom));
    }
    const modelSide = layout.model.sides[layout.panels ? 0 : s];
    // A panel shows the table's columns again, under its own grid columns (table-model.ts PANEL_STRIDE).
    const values = layout.panels
      ? modelSide.columns.map((c) => valueCol({ ...c, col: c.col + PANEL_STRIDE * s }, zoom))
      : groupColumns(modelSide.header, new Map(modelSide.columns.map((c) => [c.col, c])), zoom);
    // Panels printed without headings (上海 表六) stand side by side under no group.
    if (twoSided && (side.title || !layout.panels)) {
      out.push({ headerName: side.title, groupId: `side${s}`, marryChildren: true, children: [...labels, ...values] });
    } else {
      out.push(...labels, ...values);
    }
  });
  return out;
}
