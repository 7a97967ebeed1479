// The layout of one printed table or form as a grid of cells with spans. One grid feeds both writers
// (the xlsx sheet and the print HTML), so the workbook and the PDF can never disagree on a layout.
import type Decimal from 'decimal.js';
import type { CellRef } from '../../templates/types';

export type GridCellKind =
  /** Header text (项目, 行次, column labels, 栏次 numbers). */
  | 'head'
  /** A row label or 科目名称. */
  | 'label'
  /** A classification code (科目编码). */
  | 'code'
  /** A 行次 number. */
  | 'rowno'
  /** An amount in 元 (printed in the filing's unit). */
  | 'amount'
  /** A count (车辆数, 台套). */
  | 'count'
  /** Not applicable: printed as ——. */
  | 'na'
  /** Free text in a form. */
  | 'text';

export interface GridCell {
  kind: GridCellKind;
  text?: string;
  /** amount/count cells: the value in 元 (or the count); null = blank. */
  value?: Decimal | null;
  /**
   * A stated 0 in a template that prints zeros blank (山西): the print leaves the cell empty, the workbook
   * keeps the 0 under a number format that shows nothing for it, so that importing it gives 0.00 back.
   */
  hideZero?: boolean;
  rowSpan?: number;
  colSpan?: number;
  bold?: boolean;
  indent?: number;
  align?: 'left' | 'center' | 'right';
  /** The filing cell this grid cell shows (amount/count cells). */
  ref?: CellRef;
  /** Form text that is a figure (资金, 分值, 得分): a workbook stores it as a number when it is one. */
  numeric?: boolean;
}

/** A row of the grid; null marks a position covered by a span from above or the left. */
export type GridRow = Array<GridCell | null>;

export interface GridColumn {
  /** Width in Excel character units (the HTML uses the same ratios). */
  width: number;
}

export interface Grid {
  columns: GridColumn[];
  /** Header rows, repeated on every printed page and frozen in the sheet. */
  head: GridRow[];
  body: GridRow[];
  /** Printed amounts with thousands separators (default true; the xlsx keeps its number format). */
  thousands?: boolean;
}

/** A printable table: heading lines, the grid, the notes under it. */
export interface TableLayout {
  /** T01… or the evaluation id. */
  id: string;
  /** 公开01表 (empty for forms); also the sheet name. */
  number: string;
  /** Whether the number prints on the table's page (Shanghai prints the title only). */
  numberOnPage: boolean;
  title: string;
  /** 部门名称：… / 单位名称：…; '' where the template prints none. */
  orgLine: string;
  /** 2022年度 */
  yearLine: string;
  /** 金额单位：元 */
  unitLine: string;
  grid: Grid;
  notes: string[];
  /** True when no cell of the table holds a figure: emptyNote is printed. */
  empty: boolean;
  /** "说明：本表无数据", or the template's own statement naming the department. */
  emptyNote: string;
  /** Wide tables print on landscape pages. */
  landscape: boolean;
}

export function cell(kind: GridCellKind, text: string, extra: Partial<GridCell> = {}): GridCell {
  return { kind, text, ...extra };
}

/** A grid row of `width` positions, all covered; builders fill the positions they own. */
export function emptyRow(width: number): GridRow {
  return new Array<GridCell | null>(width).fill(null);
}

/** Sets a cell and checks that it lies inside the row (a layout bug otherwise). */
export function place(row: GridRow, col: number, c: GridCell): void {
  if (col < 0 || col + (c.colSpan ?? 1) > row.length) throw new Error(`表格布局越界：第 ${col + 1} 列`);
  row[col] = c;
}

/** Total width of all columns (Excel character units). */
export function gridWidth(grid: Grid): number {
  return grid.columns.reduce((s, c) => s + c.width, 0);
}
