// How cells are named inside a finding's sentence: "公开02表 合计 财政拨款收入", "公开01表 行27",
// "公开06表 30110 金额" (shorter than table/cell-ref.ts cellName: a one-row table needs no row, a
// one-cell row no column). A template that prints no 行次/栏次 (上海) names lines by code and name
// ("表四 208 社会保障和就业支出") and columns by their headings, never by numbers the page does not show.
import type { TableDef } from '../types/template';
import type { FilingModel } from '../filing/compute';
import type { CellRef } from '../types/cell-ref';
import { rowName } from '../types/cell-ref';
import { getTemplateParams } from '../templates/params';
import { colLabel, lineWords } from '../table/cell-name';

/** The row as a clerk finds it: 行次 for fixed tables, the code (or 合计, 人员经费合计) otherwise. */
export const rowLabel = rowName;

/** Whether the template prints 行次/栏次 (山西) or neither (上海: lines by code and name, columns by heading). */
function printsNumbers(model: FilingModel): boolean {
  return getTemplateParams(model.template.id)?.printsLineNumbers ?? true;
}

function lineLabel(model: FilingModel, t: TableDef, row: string): string {
  return lineWords(model.template, t, row);
}

export function cellLabel(model: FilingModel, cell: CellRef): string {
  const t = model.tables.get(cell.table);
  if (!t) return `${cell.table} ${cell.row} 栏${cell.col}`;
  const parts = [t.number];
  const rows = t.rows ?? [];
  // A one-row table (公开07表) needs no row; a row with one cell (公开01表, 公开10表) needs no column.
  if (!(t.kind === 'fixed' && rows.length === 1)) parts.push(lineLabel(model, t, cell.row));
  const def = t.kind === 'fixed' ? model.models.get(t.id)?.line(cell.row)?.def : undefined;
  const nCols = def?.cols?.length ?? t.columns.length;
  if (nCols > 1) parts.push(colLabel(t, cell.col));
  return parts.join(' ');
}

/**
 * Short name of an addend seen from the computed cell it feeds: the row when the column is the same
 * ("201", "行1"), the column when the row is the same ("栏2"), the full name otherwise.
 */
export function addendLabel(model: FilingModel, of: CellRef, addend: CellRef): string {
  const t = model.tables.get(addend.table);
  if (t && addend.table === of.table) {
    if (addend.col === of.col) return lineLabel(model, t, addend.row);
    // Without printed 栏次 (上海) a column is named by its heading.
    if (addend.row === of.row) return printsNumbers(model) ? `栏${addend.col}` : colLabel(t, addend.col);
  }
  return cellLabel(model, addend);
}

/** "201+206+208", or "201+206+208 等 12 项" when long. */
export function joinAddends(labels: string[], signs: Array<1 | -1>): string {
  if (labels.length === 0) return '0';
  const shown = labels.length > 6 ? 4 : labels.length;
  let s = '';
  for (let i = 0; i < shown; i++) s += (i === 0 ? (signs[i] === -1 ? '−' : '') : signs[i] === -1 ? '−' : '+') + labels[i];
  if (shown < labels.length) s += ` 等 ${labels.length} 项`;
  return s;
}
