// Paste and copy as Excel/WPS do them: tab-separated text, one line per row. A paste lands from the
// focused cell rightwards and downwards, and is all-or-nothing: any target outside the table, or any value
// that cannot be read refuses the whole paste with the cell and the reason. A clerk's own sheet has the
// same 类/款 subtotal rows as ours, so a figure landing on a computed cell is not an edit but a check: it
// is skipped when it equals what the cell computes once the paste's own edits are in, and the paste is
// refused naming every row where it does not (checkPasted, run by the store after the edits).
import type { Edit } from '../../../shared/filing/types';
import type { CellRef } from '../../../shared/table/cell-ref';
import type { MoneyUnit } from '../../../shared/money/money';
import { Decimal, formatAmount } from '../../../shared/money/money';
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

/** A pasted figure that landed on a computed cell: must equal the computed value (in 元) after the paste. */
export interface PasteCheck {
  ref: CellRef;
  name: string;
  /** The pasted amount in 元; zero for a blank. */
  pasted: Decimal;
  /** Decimals the pasted text had in the display unit: the precision the clerk's sheet showed. */
  decimals: number;
  count: boolean;
}

export type PastePlan = { ok: true; edits: Edit[]; checks: PasteCheck[]; cells: number } | { ok: false; message: string };

export function planPaste(ctx: GridContext, geo: GridGeometry, start: { row: number; col: number }, block: string[][]): PastePlan {
  const edits: Edit[] = [];
  const checks: PasteCheck[] = [];
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
      const text = block[i][j];
      if (info.na) {
        // A blank (or ——) copied over a —— cell is the same sheet; a figure there is not.
        if (/^\s*(——|—|-)?\s*$/.test(text)) continue;
        return { ok: false, message: `${cellName(ctx.layout, info.ref)}不适用（——），不能粘贴“${text}”。未粘贴任何数据。` };
      }
      const parsed = parseForCell(ctx, info, text);
      if (!parsed.ok) {
        return { ok: false, message: `${cellName(ctx.layout, info.ref)}：${parsed.reason}。未粘贴任何数据。` };
      }
      if (info.computed) {
        const pasted = parsed.value === null ? ZERO_D : new Decimal(parsed.value);
        checks.push({ ref: info.ref, name: cellName(ctx.layout, info.ref), pasted, decimals: decimalsOf(text), count: info.count });
        continue;
      }
      edits.push({ kind: 'cell', ...info.ref, value: parsed.value });
    }
  }
  return { ok: true, edits, checks, cells: edits.length };
}

const ZERO_D = new Decimal(0);

function decimalsOf(text: string): number {
  const m = /\.(\d*)/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * After the paste's edits: the rows whose pasted figure differs from what the cell now computes, as one
 * message naming each with both figures (in the display unit), or null when every one agrees.
 */
export function checkPasted(checks: readonly PasteCheck[], value: (ref: CellRef) => Decimal, unit: MoneyUnit, isStated: (ref: CellRef) => boolean = () => false): string | null {
  const differ: string[] = [];
  for (const c of checks) {
    const v = value(c.ref);
    const inUnit = (d: Decimal) => (unit === '万元' && !c.count ? d.dividedBy(10000) : d);
    // Compared at the precision the clerk's sheet showed: 万元 figures copied with two decimals are rounded.
    const same = inUnit(v).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP).eq(inUnit(c.pasted).toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP));
    if (same) continue;
    const show = (d: Decimal) => (c.count ? d.toFixed(0) : formatAmount(d, unit));
    // A total holding the figure the source printed says so: it is not what the parts add up to.
    differ.push(`${c.name}：粘贴的是 ${c.pasted.isZero() ? '空白' : show(c.pasted)}，${isStated(c.ref) ? '原表填报数为' : '自动计算为'} ${show(v)}`);
  }
  if (differ.length === 0) return null;
  const shown = differ.slice(0, 5).join('；') + (differ.length > 5 ? `；另有 ${differ.length - 5} 处` : '');
  return `粘贴的数与表中的合计不一致（${differ.length} 处）：${shown}。合计单元格由下级数据汇总，不能直接填写；请核对复制的内容。未粘贴任何数据。`;
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
