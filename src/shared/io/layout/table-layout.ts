// Every official table of a filing as a printable layout (heading lines, grid, notes), with computed
// cells filled by the filing engine. The xlsx writer and the print HTML both start from here.
import { getCatalog } from '../../catalog/index';
import type { Catalog } from '../../catalog/types';
import { computeFiling } from '../../filing/compute';
import type { Filing } from '../../filing/types';
import type { TableDef, Template } from '../../templates/types';
import type { Grid, TableLayout } from './grid';
import { gridWidth } from './grid';
import type { GridContext } from './table-grid';
import { blocksGrid, codedGrid, fixedGrid, twoSidedGrid } from './table-grid';

/** Tables wider than this (in Excel character units) print on landscape pages. */
const PORTRAIT_MAX_WIDTH = 100;

export function gridContext(filing: Filing, template: Template): GridContext {
  const { model, value } = computeFiling(filing, template);
  const catalogs = new Map<string, Catalog | null>();
  return {
    value: (ref) => {
      const v = value(ref);
      return v.isZero() ? null : v;
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

export function tableLayout(filing: Filing, t: TableDef, ctx: GridContext): TableLayout {
  const grid = tableGrid(t, ctx);
  const empty = !hasFigures(grid);
  // A table without row labels (公开07表) prints no blank line when it has no data, as the seed does.
  if (empty && t.kind === 'fixed' && !t.sides && !t.blocks && (t.rows ?? []).every((r) => r.label === '')) grid.body = [];
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    orgLine: `${t.orgLabel ?? '部门名称'}：${filing.meta.department}`,
    yearLine: `${filing.meta.year}年度`,
    unitLine: `${t.unitLabel ?? '金额单位'}：${filing.meta.unit}`,
    grid,
    notes: t.notes,
    empty,
    landscape: gridWidth(grid) > PORTRAIT_MAX_WIDTH,
  };
}

/** The official tables of the template, in order (公开01表 … 公开10表). */
export function officialTables(template: Template): TableDef[] {
  return template.tables.filter((t) => /^T\d+$/.test(t.id));
}

export function tableLayouts(filing: Filing, template: Template): TableLayout[] {
  const ctx = gridContext(filing, template);
  return officialTables(template).map((t) => tableLayout(filing, t, ctx));
}

export const NO_DATA_NOTE = '说明：本表无数据';
