// Every official table of a filing as a printable layout (heading lines, grid, notes), with computed
// cells filled by the filing engine. The xlsx writer and the print HTML both start from here.
import { getCatalog } from '../../catalog/index';
import type { Catalog } from '../../catalog/types';
import { computeFiling, statedValue } from '../../filing/compute';
import type { Filing } from '../../filing/types';
import type { CellRef } from '../../table/cell-ref';
import type { TemplateParams } from '../../templates/params';
import { getTemplateParams } from '../../templates/params';
import type { TableDef, Template } from '../../templates/types';
import type { Grid, TableLayout } from './grid';
import { gridWidth } from './grid';
import type { GridContext, PrintStyle } from './table-grid';
import { LINE_NUMBERED, blocksGrid, codedGrid, fixedGrid, twoSidedGrid } from './table-grid';

/** Tables wider than this (in Excel character units) print on landscape pages. */
const PORTRAIT_MAX_WIDTH = 100;

/** How a template prints its tables, from its parameters (Shanxi's way when it declares none). */
export function printStyle(template: Template): PrintStyle {
  const p = getTemplateParams(template.id);
  if (!p) return LINE_NUMBERED;
  return {
    lineNumbers: p.printsLineNumbers,
    columnNumbers: p.printsColumnNumbers,
    totalRowLast: p.totalRowLast,
    panelHeadings: p.economicTable.panelHeadings ?? true,
    emptyFrameLines: p.emptyFrameLines ?? 0,
    enteredZeros: p.printsEnteredZeros ?? false,
    thousands: p.thousandsSeparators ?? true,
    // Without a 栏次 line under them, labels line up on the last header row as the Shanghai PDFs print.
    leavesAtBottom: !p.printsColumnNumbers,
  };
}

export function gridContext(filing: Filing, template: Template): GridContext {
  const { model, value } = computeFiling(filing, template);
  const catalogs = new Map<string, Catalog | null>();
  const style = printStyle(template);
  // Whether the filing holds a figure for the cell, entered or (for a computed cell) as printed.
  const present = (ref: CellRef) => filing.tables[ref.table]?.[ref.row]?.[ref.col] !== undefined || filing.stated[ref.table]?.[ref.row]?.[ref.col] !== undefined;
  return {
    value: (ref) => {
      // A computed cell prints as the filing holds it (the figure printed on the source, a slip included),
      // so that the workbook read back gives the same findings; the checker names the slip.
      const v = statedValue(filing, ref.table, ref.row, ref.col) ?? value(ref);
      // A zero the filing holds (entered, or printed on the source) is a figure; a zero only computed from
      // blanks is not. Whether it prints as 0.00 is the grid's choice (style.enteredZeros).
      return v.isZero() && !present(ref) ? null : v;
    },
    model: (t) => model.models.get(t.id)!,
    catalog: (kind) => {
      if (!catalogs.has(kind)) {
        try {
          catalogs.set(kind, getCatalog(kind, template.year));
        } catch {
          catalogs.set(kind, null);
        }
      }
      return catalogs.get(kind) ?? null;
    },
    customCodes: filing.customCodes,
    style,
  };
}

export function tableGrid(t: TableDef, ctx: GridContext): Grid {
  if (t.sides && t.sides.length > 0) return twoSidedGrid(t, ctx);
  if (t.kind === 'coded') return codedGrid(t, ctx);
  if (t.blocks && t.blocks.length > 0) return blocksGrid(t, ctx);
  return fixedGrid(t, ctx);
}

function hasFigures(grid: Grid): boolean {
  return grid.body.some((row) => row.some((c) => c !== null && (c.kind === 'amount' || c.kind === 'count') && c.value != null && !c.value.isZero()));
}

/** The statement under an empty table: the template's own (naming the department) or 本表无数据. */
function emptyNote(filing: Filing, t: TableDef, params: TemplateParams | undefined): string {
  const own = params?.emptyTableStatement[t.id];
  return own ? own.replace(/\{org\}/g, filing.meta.department).replace(/\{year\}/g, String(filing.meta.year)) : NO_DATA_NOTE;
}

export function tableLayout(filing: Filing, t: TableDef, ctx: GridContext, params?: TemplateParams): TableLayout {
  const grid = tableGrid(t, ctx);
  const empty = !hasFigures(grid);
  // A table without row labels (公开07表) prints no blank line when it has no data, as the seed does;
  // a line of stated zeros is kept (it prints blank in 山西, and the workbook carries the zeros back).
  const stated = grid.body.some((row) => row.some((c) => c !== null && (c.kind === 'amount' || c.kind === 'count') && c.value != null));
  if (empty && !stated && t.kind === 'fixed' && !t.sides && !t.blocks && (t.rows ?? []).every((r) => r.label === '')) grid.body = [];
  // Shanghai prints the title and 单位 only: no 表号, 部门名称 or 年度 line on the table's page.
  const titleOnly = params?.tableNumbering.onPage === 'title-only';
  grid.thousands = ctx.style.thousands;
  return {
    id: t.id,
    number: t.number,
    numberOnPage: !titleOnly,
    title: t.title,
    orgLine: titleOnly ? '' : `${t.orgLabel ?? '部门名称'}：${filing.meta.department}`,
    yearLine: titleOnly ? '' : `${filing.meta.year}年度`,
    unitLine: `${t.unitLabel ?? '金额单位'}：${filing.meta.unit}`,
    grid,
    notes: t.notes,
    empty,
    emptyNote: emptyNote(filing, t, params),
    landscape: gridWidth(grid) > PORTRAIT_MAX_WIDTH,
  };
}

/**
 * The published tables of the template in print order (TemplateParams.printedTables): never an input
 * table such as Shanghai's SHN. A template without parameters publishes every table it has.
 */
export function officialTables(template: Template): TableDef[] {
  const printed = getTemplateParams(template.id)?.printedTables;
  if (!printed) return template.tables;
  return printed.map((id) => {
    const t = template.tables.find((x) => x.id === id);
    if (!t) throw new Error(`模板 ${template.id} 的公开表 ${id} 不存在`);
    return t;
  });
}

export function tableLayouts(filing: Filing, template: Template): TableLayout[] {
  const ctx = gridContext(filing, template);
  const params = getTemplateParams(template.id);
  return officialTables(template).map((t) => tableLayout(filing, t, ctx, params));
}

export const NO_DATA_NOTE = '说明：本表无数据';
