// The header block of a sheet without 栏次 (上海's tables, clerk-kept sheets): each column's own label
// (the lowest text over it) and the path of group headings above it (收入 | 支出, 本年支出 over 合计 /
// 基本支出 / 项目支出, 财政拨款“三公”经费 › 公务用车购置及运行维护费 › 小计). A merged heading holds its text
// in its top-left cell only, so a heading is carried right over the empty cells of its row, but only under
// a heading that was itself carried: a merge never reaches past a column whose parent starts anew.
import type { TableDef } from '../../templates/types';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';
import { normLabel } from './row-match';

export interface HeaderBlock {
  top: number;
  /** Last header row (0-based, inclusive). */
  bottom: number;
  /** Per sheet column: its own label ('' for a column with no heading). */
  labels: string[];
  /** Per sheet column: the headings above its label, top first. */
  paths: string[][];
}

const CODE = /^\d{3,7}$/;

/** A row that starts the data: a figure, a code, a 合计 of a coded table, or a fixed table's line. */
function isDataRow(sheet: SheetData, r: number, t: TableDef, rowLabels: Set<string>): boolean {
  const row = sheet.rows[r] ?? [];
  const texts = row.map((c) => squash(text(c)));
  if (texts.every((x) => x === '')) return true;
  if (row.some((c) => c && typeof c.v === 'number')) return true;
  if (texts.some((x) => CODE.test(x) || /^-?[\d,]+\.\d+$/.test(x))) return true;
  const first = texts.find((x) => x !== '') ?? '';
  if (t.kind === 'coded' && (first === '合计' || first === '总计')) return true;
  return rowLabels.has(normLabel(first));
}

/**
 * The block from `top` (the row under the 单位 line) through the rows below `r` (the first row naming a
 * column) that are still headings.
 */
export function headerBlock(sheet: SheetData, t: TableDef, top: number, r: number): HeaderBlock {
  const rowLabels = new Set((t.rows ?? []).filter((x) => x.label).map((x) => normLabel(x.label)));
  let bottom = r;
  while (bottom + 1 < Math.min(sheet.rows.length, r + 4) && !isDataRow(sheet, bottom + 1, t, rowLabels)) bottom++;
  const width = Math.max(0, ...sheet.rows.slice(top, bottom + 1).map((row) => row.length));
  const own = (k: number, c: number) => squash(text(sheet.rows[k]?.[c]));
  const labels: string[] = [];
  const paths: string[][] = [];
  // carried[k][c]: the heading in force at (k, c), and whether it came from the left.
  const carried: Array<Array<{ t: string; fromLeft: boolean }>> = [];
  for (let k = top; k <= bottom; k++) {
    const line: Array<{ t: string; fromLeft: boolean }> = [];
    for (let c = 0; c < width; c++) {
      const o = own(k, c);
      const aboveCarried = k === top || (carried[k - top - 1]?.[c]?.fromLeft ?? false);
      if (o) line.push({ t: o, fromLeft: false });
      else if (c > 0 && aboveCarried && line[c - 1].t) line.push({ t: line[c - 1].t, fromLeft: true });
      else line.push({ t: '', fromLeft: false });
    }
    carried.push(line);
  }
  for (let c = 0; c < width; c++) {
    let labelRow = -1;
    for (let k = bottom; k >= top; k--) if (own(k, c)) { labelRow = k; break; }
    labels.push(labelRow < 0 ? '' : own(labelRow, c));
    const path: string[] = [];
    for (let k = top; k < labelRow; k++) {
      const h = carried[k - top][c].t;
      if (h && path[path.length - 1] !== h) path.push(h);
    }
    paths.push(path);
  }
  return { top, bottom, labels, paths };
}

/** How many of a template column's group headings the sheet column has above it. */
export function groupScore(group: readonly string[] | undefined, path: string[]): number {
  if (!group) return 0;
  const p = new Set(path.map(normLabel));
  return group.filter((g) => p.has(normLabel(g))).length;
}
