// The grid of each official table shape: two-sided (公开01/04表), coded by classification (02/03/05/08/09),
// side-by-side blocks (06), and plain fixed tables with optional sections (07, 10).
import type Decimal from 'decimal.js';
import type { Catalog } from '../../catalog/types';
import { nameOf } from '../../catalog/index';
import type { CustomCode } from '../../filing/types';
import type { CellRef } from '../../table/cell-ref';
import type { TableLine, TableModel } from '../../table/model';
import { isCount, kindOf } from '../../table/model';
import type { TableDef } from '../../templates/types';
import { colNumberCells, columnHeaderRows } from './column-headers';
import type { Grid, GridCell, GridColumn, GridRow } from './grid';
import { emptyRow, place } from './grid';

/** The value of a cell in 元 (entered or computed); null = blank. */
export type CellValueFn = (ref: CellRef) => Decimal | null;

export interface GridContext {
  value: CellValueFn;
  /** The table's model for this filing's rows: its lines, cells and headers. */
  model(table: TableDef): TableModel;
  catalog(kind: 'function' | 'economic'): Catalog | null;
  customCodes: readonly CustomCode[];
  /** How the template prints (TemplateParams): 行次/栏次 or not, which coded tables put 合计 last. */
  style: PrintStyle;
}

/** The parts of TemplateParams the grids read. */
export interface PrintStyle {
  lineNumbers: boolean;
  columnNumbers: boolean;
  totalRowLast: readonly string[];
  /** Heading over each group of panels of the 经济分类 table (人员经费 / 公用经费); Shanghai prints none. */
  panelHeadings: boolean;
  /** Blank lines an empty coded table keeps under 合计 (its frame, as Shanghai prints it). */
  emptyFrameLines: number;
  /** A 0.00 the clerk entered (or the source printed) prints as 0.00, not blank (Shanghai). */
  enteredZeros: boolean;
  /** Thousands separators in printed amounts (Shanghai prints 9746.50). */
  thousands: boolean;
  /** Every column label on the last header row (Shanghai, PT 17); Shanxi lets a shallow label span down. */
  leavesAtBottom: boolean;
}

/** Shanxi's printing: 行次 and 栏次, 合计 first, panel headings. */
export const LINE_NUMBERED: PrintStyle = { lineNumbers: true, columnNumbers: true, totalRowLast: [], panelHeadings: true, emptyFrameLines: 0, enteredZeros: false, thousands: true, leavesAtBottom: false };

const W_LABEL = 34;
const W_ROWNO = 6;
const W_AMOUNT = 16;
const W_CODE = 14;
const W_NAME = 30;

/** The printed cell of a line under a 栏次: a figure, —— where not applicable, blank where there is no cell. */
function amountCell(ctx: GridContext, m: TableModel, line: TableLine | null | undefined, col: number): GridCell {
  const kind = kindOf(line ?? undefined, col);
  if (!line || kind === null) return blankAmount();
  if (kind === 'na') return { kind: 'na', text: '——', align: 'center' };
  const ref = { table: m.def.id, row: line.row, col };
  const value = ctx.value(ref);
  const hideZero = !ctx.style.enteredZeros && value !== null && value.isZero();
  return { kind: isCount(m, line, col) ? 'count' : 'amount', value, ref, align: 'right', bold: line.def ? line.def.bold : line.bold, ...(hideZero ? { hideZero } : {}) };
}

function blankAmount(): GridCell {
  return { kind: 'amount', value: null, align: 'right' };
}

/** 公开01表/04表: income and spending sides printed next to each other, paired by position. */
export function twoSidedGrid(t: TableDef, ctx: GridContext): Grid {
  const m = ctx.model(t);
  const { lineNumbers, columnNumbers } = ctx.style;
  const lead = lineNumbers ? 2 : 1;
  const depth = m.sides[0].depth;
  const columns: GridColumn[] = [];
  const offsets: number[] = [];
  for (const s of m.sides) {
    offsets.push(columns.length);
    columns.push({ width: W_LABEL }, ...(lineNumbers ? [{ width: W_ROWNO }] : []), ...s.columns.map(() => ({ width: W_AMOUNT })));
  }
  const width = columns.length;
  const head: GridRow[] = [emptyRow(width), ...Array.from({ length: depth }, () => emptyRow(width)), ...(columnNumbers ? [emptyRow(width)] : [])];
  m.sides.forEach((s, i) => {
    const at = offsets[i];
    place(head[0], at, { kind: 'head', text: s.title, colSpan: s.columns.length + lead, align: 'center', bold: true });
    place(head[1], at, { kind: 'head', text: '项目', rowSpan: depth, align: 'center' });
    if (lineNumbers) place(head[1], at + 1, { kind: 'head', text: '行次', rowSpan: depth, align: 'center' });
    columnHeaderRows(s.header, depth, ctx.style.leavesAtBottom).forEach((lr, k) => lr.forEach((c, j) => c && place(head[1 + k], at + lead + j, c)));
    if (!columnNumbers) return;
    const last = head[depth + 1];
    place(last, at, { kind: 'head', text: '栏次', align: 'center' });
    if (lineNumbers) place(last, at + 1, { kind: 'head', text: '', align: 'center' });
    colNumberCells(s.columns).forEach((c, j) => place(last, at + lead + j, c));
  });
  const n = Math.max(...m.sides.map((s) => s.lines.length));
  const body: GridRow[] = [];
  for (let k = 0; k < n; k++) {
    const row = emptyRow(width);
    m.sides.forEach((s, i) => {
      const at = offsets[i];
      const l = s.lines[k];
      place(row, at, { kind: 'label', text: l?.label ?? '', bold: l?.def?.bold, indent: l?.def?.indent, align: l?.def?.bold && !lineNumbers ? 'center' : undefined });
      if (lineNumbers) place(row, at + 1, { kind: 'rowno', text: l?.row ?? '', align: 'center' });
      s.columns.forEach((c, j) => place(row, at + lead + j, amountCell(ctx, m, l, c.col)));
    });
    body.push(row);
  }
  return { columns, head, body };
}

/** Coded tables: 科目编码 | 科目名称 | the columns; 合计 first, then 类/款/项 in code order. */
export function codedGrid(t: TableDef, ctx: GridContext): Grid {
  const m = ctx.model(t);
  const cols = t.columns;
  const depth = m.sides[0].depth;
  const columns: GridColumn[] = [{ width: W_CODE }, { width: W_NAME }, ...cols.map(() => ({ width: W_AMOUNT }))];
  const width = columns.length;
  const { columnNumbers } = ctx.style;
  const head: GridRow[] = [...Array.from({ length: depth }, () => emptyRow(width)), ...(columnNumbers ? [emptyRow(width)] : [])];
  place(head[0], 0, { kind: 'head', text: '项目', colSpan: 2, rowSpan: depth - 1, align: 'center' });
  const codeLabel = t.catalog === 'economic' ? '经济分类科目编码' : '功能分类科目编码';
  place(head[depth - 1], 0, { kind: 'head', text: codeLabel, align: 'center' });
  place(head[depth - 1], 1, { kind: 'head', text: '科目名称', align: 'center' });
  columnHeaderRows(m.sides[0].header, depth, ctx.style.leavesAtBottom).forEach((lr, k) => lr.forEach((c, j) => c && place(head[k], 2 + j, c)));
  if (columnNumbers) {
    place(head[depth], 0, { kind: 'head', text: '栏次', colSpan: 2, align: 'center' });
    colNumberCells(cols).forEach((c, j) => place(head[depth], 2 + j, c));
  }

  const catalog = ctx.catalog(t.catalog ?? 'function');
  const body: GridRow[] = [];
  // Shanghai's 表五 prints 合计 after the codes (TemplateParams.totalRowLast).
  const totalLast = ctx.style.totalRowLast.includes(t.id);
  const lines = totalLast ? [...m.lines.filter((l) => l.level !== 'total'), ...m.lines.filter((l) => l.level === 'total')] : m.lines;
  for (const l of lines) {
    const row = emptyRow(width);
    if (l.level === 'total') place(row, 0, { kind: 'label', text: '合计', colSpan: 2, align: 'center', bold: true });
    else {
      const name = (catalog && nameOf(catalog, l.row, ctx.customCodes)) ?? '';
      place(row, 0, { kind: 'code', text: l.row, bold: l.level === 'class' });
      place(row, 1, { kind: 'label', text: name, bold: l.level === 'class', indent: l.indent });
    }
    cols.forEach((c, j) => place(row, 2 + j, amountCell(ctx, m, l, c.col)));
    body.push(row);
  }
  // An empty table keeps its frame: a few blank lines under 合计.
  if (m.lines.every((l) => l.level === 'total')) {
    for (let k = 0; k < ctx.style.emptyFrameLines; k++) {
      const row = emptyRow(width);
      // A no-break space keeps the blank line as tall as a written one.
      place(row, 0, { kind: 'code', text: '\u00a0' });
      place(row, 1, { kind: 'label', text: '\u00a0' });
      cols.forEach((_, j) => place(row, 2 + j, blankAmount()));
      body.push(row);
    }
  }
  return { columns, head, body };
}

/** 公开06表: four blocks of 科目编码 | 科目名称 | 金额 | 其中：基本支出, side by side; totals on the last line. */
export function blocksGrid(t: TableDef, ctx: GridContext): Grid {
  const m = ctx.model(t);
  const blocks = t.blocks ?? [];
  const rowDefs = new Map((t.rows ?? []).map((r) => [r.row, r]));
  const isTotal = (row: string) => !rowDefs.get(row)?.code;
  const per = 2 + t.columns.length;
  const columns: GridColumn[] = [];
  for (let b = 0; b < blocks.length; b++) columns.push({ width: 9 }, { width: 16 }, ...t.columns.map(() => ({ width: 16 })));
  const width = columns.length;
  // A block's heading is the name of the total that closes it or a later block (人员经费 / 公用经费).
  const totalOf = blocks.map((rows, b) => blocks.slice(b).map((bs) => bs.find(isTotal)).find((x) => x !== undefined) ?? '');
  const banner = ctx.style.panelHeadings;
  const head: GridRow[] = banner ? [emptyRow(width), emptyRow(width)] : [emptyRow(width)];
  for (let b = 0; b < blocks.length && banner; b++) {
    if (b > 0 && totalOf[b] === totalOf[b - 1]) continue;
    let span = 1;
    while (b + span < blocks.length && totalOf[b + span] === totalOf[b]) span++;
    const text = (rowDefs.get(totalOf[b])?.label ?? totalOf[b]).replace(/合计$/, '');
    place(head[0], b * per, { kind: 'head', text, colSpan: span * per, align: 'center', bold: true });
  }
  for (let b = 0; b < blocks.length; b++) {
    const h = head[head.length - 1];
    place(h, b * per, { kind: 'head', text: banner ? '科目编码' : '经济分类科目编码', align: 'center' });
    place(h, b * per + 1, { kind: 'head', text: '科目名称', align: 'center' });
    t.columns.forEach((c, j) => place(h, b * per + 2 + j, { kind: 'head', text: c.label, align: 'center' }));
  }
  const lines = blocks.map((rows) => rows.filter((r) => !isTotal(r)));
  const n = Math.max(...lines.map((l) => l.length));
  const body: GridRow[] = [];
  for (let k = 0; k < n; k++) {
    const row = emptyRow(width);
    lines.forEach((l, b) => {
      const r = rowDefs.get(l[k]);
      const at = b * per;
      place(row, at, { kind: 'code', text: r?.code ?? '', bold: r?.bold });
      place(row, at + 1, { kind: 'label', text: r?.label ?? '', bold: r?.bold });
      t.columns.forEach((c, j) => place(row, at + 2 + j, amountCell(ctx, m, l[k] === undefined ? null : m.line(l[k]), c.col)));
    });
    body.push(row);
  }
  const totals = emptyRow(width);
  let start = 0;
  blocks.forEach((rows, b) => {
    const tr = rows.find(isTotal);
    if (!tr) return;
    const r = rowDefs.get(tr)!;
    const at = b * per;
    place(totals, start, { kind: 'label', text: r.label, colSpan: at + 2 - start, align: 'center', bold: true });
    t.columns.forEach((c, j) => place(totals, at + 2 + j, amountCell(ctx, m, m.line(r.row), c.col)));
    start = at + per;
  });
  for (let i = start; i < width; i++) place(totals, i, blankAmount());
  body.push(totals);
  return { columns, head, body };
}

/**
 * Plain fixed tables. With labels: 项目 | 行次 | columns; sections (公开10表) print their heading and
 * column label as body lines. Without labels (公开07表, one unlabelled line): the columns only.
 */
export function fixedGrid(t: TableDef, ctx: GridContext): Grid {
  const m = ctx.model(t);
  const rows = m.lines.filter((l) => l.level !== 'blank' || l.label);
  const labelled = m.labels !== 'none';
  const lead = labelled ? 2 : 0;
  const cols = t.columns;
  const columns: GridColumn[] = [...(labelled ? [{ width: W_LABEL + 8 }, { width: W_ROWNO + 2 }] : []), ...cols.map(() => ({ width: labelled ? W_AMOUNT + 4 : 13 }))];
  const width = columns.length;
  const sectioned = rows.some((r) => r.section);
  const head: GridRow[] = [];
  if (!sectioned) {
    const depth = m.sides[0].depth;
    const { columnNumbers } = ctx.style;
    for (let k = 0; k < depth + (columnNumbers ? 1 : 0); k++) head.push(emptyRow(width));
    if (labelled) {
      place(head[0], 0, { kind: 'head', text: '项目', rowSpan: depth, align: 'center' });
      place(head[0], 1, { kind: 'head', text: '行次', rowSpan: depth, align: 'center' });
      if (columnNumbers) {
        place(head[depth], 0, { kind: 'head', text: '栏次', align: 'center' });
        place(head[depth], 1, { kind: 'head', text: '', align: 'center' });
      }
    }
    columnHeaderRows(m.sides[0].header, depth, ctx.style.leavesAtBottom).forEach((lr, k) => lr.forEach((c, j) => c && place(head[k], lead + j, c)));
    if (columnNumbers) colNumberCells(cols).forEach((c, j) => place(head[depth], lead + j, c));
  }
  const body: GridRow[] = [];
  for (const r of rows) {
    if (r.section) {
      const title = emptyRow(width);
      place(title, 0, { kind: 'label', text: r.section.title, colSpan: width, bold: true });
      body.push(title);
      if (r.section.colLabel) {
        const h = emptyRow(width);
        place(h, 0, { kind: 'head', text: '项目', align: 'center' });
        place(h, 1, { kind: 'head', text: '行次', align: 'center' });
        cols.forEach((_, j) => place(h, 2 + j, { kind: 'head', text: j === 0 ? r.section!.colLabel! : cols[j].label, align: 'center' }));
        body.push(h);
      }
    }
    const row = emptyRow(width);
    if (labelled) {
      place(row, 0, { kind: 'label', text: r.label, bold: r.def?.bold, indent: r.def?.indent });
      place(row, 1, { kind: 'rowno', text: r.row, align: 'center' });
    }
    cols.forEach((c, j) => {
      place(row, lead + j, amountCell(ctx, m, r, c.col));
    });
    body.push(row);
  }
  return { columns, head, body };
}
