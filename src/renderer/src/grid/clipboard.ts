// Paste and copy as Excel/WPS do them: tab-separated text, one line per row. A paste lands from the
// focused cell rightwards and downwards, and is all-or-nothing: any target that is computed, outside
// the table, or any value that cannot be read refuses the whole paste with the cell and the reason.
import type { Edit } from '../../../shared/filing/types';
import type { GridContext, GridRow } from './grid-context';
import { cellOfRow, editString, parseForCell } from './cell-values';
import { cellName } from './table-model';
import { colOfId } from './column-defs';

/** Splits clipboard text into rows of cells; a trailing newline (Excel adds one) is not a row. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.split('\t').map(unquote));
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : s;
}

export interface GridGeometry {
  /** Displayed rows (not pinned), in order. */
  rows: GridRow[];
  /** Displayed column ids, in order. */
  cols: string[];
}

export type PastePlan = { ok: true; edits: Edit[]; cells: number } | { ok: false; message: string };

export function planPaste(ctx: GridContext, geo: GridGeometry, start: { row: number; col: number }, block: string[][]): PastePlan {
  const edits: Edit[] = [];
  const table = ctx.layout.def.number;
  for (let i = 0; i < block.length; i++) {
    for (let j = 0; j < block[i].length; j++) {
      const ri = start.row + i;
      const ci = start.col + j;
      const where = `第 ${i + 1} 行第 ${j + 1} 个数`;
      if (ri >= geo.rows.length || ci >= geo.cols.length) {
        return { ok: false, message: `粘贴的内容超出了${table}的范围（${where}“${block[i][j]}”没有对应的单元格）。未粘贴任何数据。` };
      }
      const col = colOfId(geo.cols[ci]);
      const info = col === null ? null : cellOfRow(ctx, geo.rows[ri], col);
      if (!info) {
        return { ok: false, message: `${where}“${block[i][j]}”会落在${table}没有单元格的位置（项目名称、行次或空行）。未粘贴任何数据。` };
      }
      if (info.computed) {
        return { ok: false, message: `${cellName(ctx.layout, info.ref)}是自动计算的单元格，不能粘贴（${where}）。请从可录入的单元格开始粘贴。未粘贴任何数据。` };
      }
      if (info.na) {
        return { ok: false, message: `${cellName(ctx.layout, info.ref)}不适用（——），不能粘贴。未粘贴任何数据。` };
      }
      const parsed = parseForCell(ctx, info, block[i][j]);
      if (!parsed.ok) {
        return { ok: false, message: `${cellName(ctx.layout, info.ref)}：${parsed.reason}。未粘贴任何数据。` };
      }
      edits.push({ kind: 'cell', ...info.ref, value: parsed.value });
    }
  }
  return { ok: true, edits, cells: edits.length };
}

/** The selected rectangle (or one cell) as TSV in the display unit, without separators. */
export function copyText(ctx: GridContext, geo: GridGeometry, r1: number, c1: number, r2: number, c2: number): string {
  const lines: string[] = [];
  for (let r = r1; r <= r2; r++) {
    const cells: string[] = [];
    for (let c = c1; c <= c2; c++) {
      const row = geo.rows[r];
      const colId = geo.cols[c];
      const col = colOfId(colId);
      if (col === null) {
        const seg = row?.segs[Number(colId.slice(3))];
        cells.push(colId.startsWith('lab') ? (seg?.label ?? '') : (seg?.number ?? ''));
      } else {
        const info = cellOfRow(ctx, row, col);
        cells.push(info ? editString(ctx, info) : '');
      }
    }
    lines.push(cells.join('\t'));
  }
  return lines.join('\r\n');
}
