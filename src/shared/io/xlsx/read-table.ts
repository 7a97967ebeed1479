// Reads the figures of one recognised sheet into entered cells and stated (computed) cells. A row is
// taken only when its key is certain (a well-formed code, 合计, or the row's label, with the printed 行次
// as a cross-check: row-match.ts); a figure that cannot be read is listed with its cell address, never
// guessed. A fixed table's line with figures that matches no row of the template is a misfit: the caller
// refuses the sheet.
import type Decimal from 'decimal.js';
import type { MoneyUnit } from '../../money/money';
import { parseAmount, toStored } from '../../money/money';
import type { RowDef, TableDef } from '../../templates/types';
import { kindOf, tableModel } from '../../table/model';
import type { TableValues } from '../../filing/types';
import type { Segment, SheetLayout } from './segments';
import type { SheetData } from './sheet-data';
import { address, cellAmount, cellInt, squash, text } from './sheet-data';
import { chooseRow, labelIndex } from './row-match';

export interface Unreadable {
  sheet: string;
  cell: string;
  value: string;
  reason: string;
}

export interface TableRead {
  entered: TableValues;
  stated: TableValues;
  /** Codes a coded table's sheet names that the catalogue lacks, with the sheet's name for them. */
  codes: Array<{ code: string; name: string }>;
  figures: number;
  skipped: string[];
  unreadable: Unreadable[];
  /** Choices the reader made (a label followed over the printed 行次). */
  decisions: string[];
  /** Lines with figures that match no row of a fixed table: the sheet does not fit the template. */
  misfits: string[];
  /** Where each figure read stands on the sheet: `row|col` → A1 address. */
  at: Record<string, string>;
}

const CODE = /^\d{3}(?:\d{2}){0,2}$/;

function codeOf(sheet: SheetData, r: number, seg: Segment, carry: { cls: string; grp: string }): string | null {
  const row = sheet.rows[r] ?? [];
  if (seg.code !== undefined) {
    const t = squash(text(row[seg.code]));
    const m = /^(\d{3,7})/.exec(t);
    return m && CODE.test(m[1]) ? m[1] : null;
  }
  if (seg.split) {
    const part = (c?: number) => (c === undefined ? '' : squash(text(row[c])));
    const cls = part(seg.split.cls);
    const grp = part(seg.split.grp);
    const item = part(seg.split.item);
    // Clerks write either the parts (201 | 05 | 01) or the whole code in each column.
    if (/^\d{7}$/.test(item)) return item;
    if (/^\d{5}$/.test(grp) && !item) return grp;
    if (/^\d{3}$/.test(cls)) carry.cls = cls;
    if (/^\d{2}$/.test(grp)) carry.grp = grp;
    else if (/^\d{5}$/.test(grp)) {
      carry.cls = grp.slice(0, 3);
      carry.grp = grp.slice(3);
    }
    if (/^\d{2}$/.test(item) && carry.cls && (grp || carry.grp)) return carry.cls + carry.grp + item;
    if (/^\d{2}$/.test(grp) && carry.cls) return carry.cls + grp;
    if (/^\d{3}$/.test(cls) && !grp && !item) {
      carry.grp = '';
      return cls;
    }
    return null;
  }
  return null;
}

function labelOf(sheet: SheetData, r: number, seg: Segment): string {
  const row = sheet.rows[r] ?? [];
  if (seg.label !== undefined) return squash(text(row[seg.label]));
  if (seg.code !== undefined) return squash(text(row[seg.code]));
  if (seg.split?.cls !== undefined) return squash(text(row[seg.split.cls]));
  return '';
}

/** Whether any value column of the segment holds something that reads as a figure (not header text). */
function hasFigures(sheet: SheetData, r: number, seg: Segment): boolean {
  return seg.values.some(([c]) => {
    const v = sheet.rows[r]?.[c];
    if (!v || v.v === null) return false;
    if (v.bad || typeof v.v === 'number') return true;
    const p = parseAmount(v.v, 6);
    return p.ok && p.value !== null;
  });
}

/** The 注：/说明： lines under a table end its data. */
function isNoteRow(sheet: SheetData, r: number): boolean {
  const first = (sheet.rows[r] ?? []).map((c) => squash(text(c))).find((x) => x !== '');
  return first !== undefined && /^(注|说明)[:：]/.test(first);
}

function put(target: TableValues, row: string, col: number, v: Decimal): void {
  (target[row] ??= {})[String(col)] = toStored(v);
}

type Hit = { r: number; seg: Segment; key: string; def?: RowDef; decision?: string };

/** Which template row a line of the sheet is, per segment: by 行次, code, 合计 or exact label. */
function rowResolver(t: TableDef, layout: SheetLayout, sheet: SheetData): (r: number, seg: Segment, si: number) => Hit | null {
  const rowDefs = t.rows ?? [];
  const byRowNo = new Map(rowDefs.filter((r) => !r.blank).map((r) => [r.row, r]));
  const byCode = new Map(rowDefs.filter((r) => r.code).map((r) => [r.code!, r]));
  // Labels repeat across the sides of 公开01/04表 (总计): look a label up among the rows that have
  // cells in the segment's columns.
  const allCols = t.columns.map((c) => c.col);
  const byLabel = layout.segments.map((seg) => {
    const cols = new Set(seg.values.map(([, col]) => col));
    return labelIndex(rowDefs.filter((r) => r.label && !r.blank && (r.cols ?? allCols).some((c) => cols.has(c))));
  });
  const position = new Map(rowDefs.map((r, i) => [r, i]));
  const posOf = (d: RowDef) => position.get(d) ?? -1;
  const last = layout.segments.map(() => -1);
  const noKeys = layout.segments.every((s) => s.rowNo === undefined && s.code === undefined && !s.split && s.label === undefined);
  const carry = layout.segments.map(() => ({ cls: '', grp: '' }));
  let usedNoKey = false;
  return (r, seg, si) => {
    const label = labelOf(sheet, r, seg);
    const codeText = seg.code !== undefined ? squash(text(sheet.rows[r]?.[seg.code])) : '';
    if (t.kind === 'coded') {
      const code = codeOf(sheet, r, seg, carry[si]);
      if (code) return { r, seg, key: code };
      if (['合计', '总计'].includes(label) || ['合计', '总计'].includes(codeText)) return { r, seg, key: '合计' };
      return null;
    }
    if (noKeys) {
      // A one-line table without 项目/行次 (公开07表): its first line of figures.
      if (usedNoKey || rowDefs.length !== 1 || !hasFigures(sheet, r, seg)) return null;
      usedNoKey = true;
      return { r, seg, key: rowDefs[0].row, def: rowDefs[0] };
    }
    // 经济分类 lines (公开06表) are keyed by their code; the others by label, 行次 confirming.
    const coded = codeText ? byCode.get(codeText) : undefined;
    if (coded) return { r, seg, key: coded.row, def: coded };
    const no = seg.rowNo !== undefined ? cellInt(sheet.rows[r]?.[seg.rowNo]) : codeText && /^\d{1,3}$/.test(codeText) ? Number(codeText) : null;
    // A name may sit in the code column (人员经费合计 merged over 科目编码 and 科目名称).
    const nameInCode = codeText && !/^\d+$/.test(codeText) ? codeText : '';
    const named = seg.label !== undefined ? label || nameInCode : seg.code === undefined ? label : nameInCode;
    const choice = chooseRow(named, no, byLabel[si], byRowNo, posOf, last[si], `${t.number} 第${r + 1}行`);
    if (!choice) return null;
    last[si] = posOf(choice.def);
    return { r, seg, key: choice.def.row, def: choice.def, decision: choice.decision };
  };
}

function findRows(sheet: SheetData, t: TableDef, layout: SheetLayout, out: TableRead): Hit[] {
  const resolve = rowResolver(t, layout, sheet);
  const hits: Hit[] = [];
  for (let r = layout.dataStart; r < sheet.rows.length; r++) {
    if (isNoteRow(sheet, r)) break;
    // A label merged across blocks (公用经费合计) names the figures of a later block on the same line.
    let pending: Hit | null = null;
    layout.segments.forEach((seg, si) => {
      const hit = resolve(r, seg, si);
      const figures = hasFigures(sheet, r, seg);
      const keyText = labelOf(sheet, r, seg) || (seg.code !== undefined ? squash(text(sheet.rows[r]?.[seg.code])) : '');
      if (hit) {
        hits.push(hit);
        if (hit.decision && figures) out.decisions.push(hit.decision);
        pending = figures ? null : hit;
      } else if (figures && pending && !keyText) {
        hits.push({ ...(pending as Hit), seg });
        pending = null;
      } else if (figures && keyText !== '栏次') {
        const line = `${t.number} 第${r + 1}行${keyText ? `“${keyText.slice(0, 30)}”` : ''}`;
        if (t.kind === 'coded') out.skipped.push(`${line}：认不出是哪一行（没有有效的科目编码），其中的数字未读入`);
        else out.misfits.push(`${line}：模板中没有这一行`);
      }
    });
  }
  return hits;
}

/**
 * Columns holding figures on the table's lines that no key or value of the layout takes: the sheet has
 * a column the template has not (表九 with 年初/本年收入/年末 read as a spending-only table).
 */
function strayColumns(sheet: SheetData, layout: SheetLayout, hits: Hit[], t: TableDef): string[] {
  const known = new Set<number>();
  for (const s of layout.segments) {
    for (const c of [s.rowNo, s.code, s.label, s.split?.cls, s.split?.grp, s.split?.item]) if (c !== undefined) known.add(c);
    for (const [c] of s.values) known.add(c);
  }
  const stray = new Set<number>();
  for (const h of hits) (sheet.rows[h.r] ?? []).forEach((cell, c) => {
    if (known.has(c) || !cell || cell.v === null) return;
    if (typeof cell.v === 'number' || /^-?[\d,]+\.\d+$/.test(cell.v.trim())) stray.add(c);
  });
  const first = Math.min(...hits.map((h) => h.r));
  const headOf = (c: number) => {
    for (let r = first - 1; r >= 0 && r >= first - 6; r--) {
      const x = squash(text(sheet.rows[r]?.[c]));
      if (x) return `“${x.slice(0, 20)}”`;
    }
    return '';
  };
  return [...stray].map((c) => `${t.number} 第${address(0, c).replace(/\d+$/, '')}列${headOf(c)}有数字，模板中没有这一栏`);
}

export function readTable(sheet: SheetData, t: TableDef, layout: SheetLayout, unit: MoneyUnit): TableRead {
  const out: TableRead = { entered: {}, stated: {}, codes: [], figures: 0, skipped: [], unreadable: [], decisions: [], misfits: [], at: {} };
  const colDef = new Map(t.columns.map((c) => [c.col, c]));
  const coded = t.kind === 'coded';
  const hits = findRows(sheet, t, layout, out);
  out.misfits.push(...strayColumns(sheet, layout, hits, t));
  // A code with a sub-code in the sheet is a 类/款 sum; the others are the 项 the filing holds.
  const parents = new Set<string>();
  for (const h of hits) for (let p = h.key.slice(0, -2); p.length >= 3 && h.key !== '合计'; p = p.slice(0, -2)) parents.add(p);
  const leafCodes = new Set<string>();
  for (const h of hits) {
    if (!coded || h.key === '合计' || parents.has(h.key) || leafCodes.has(h.key)) continue;
    leafCodes.add(h.key);
    const name = h.seg.label !== undefined ? text((sheet.rows[h.r] ?? [])[h.seg.label]).trim() : '';
    out.codes.push({ code: h.key, name: name.slice(0, 60) });
  }
  // Which cells the figures go to, and which of them the template computes, as the engine will see it.
  const model = tableModel(t, leafCodes);
  const seen = new Set<string>();
  for (const h of hits) {
    const row = sheet.rows[h.r] ?? [];
    const line = model.line(h.key);
    for (const [c, col] of h.seg.values) {
      const cd = colDef.get(col);
      if (!cd) continue;
      const kind = kindOf(line, col);
      const a = cellAmount(row[c], unit, (h.def?.kind ?? cd.kind) === 'count');
      if (!a.ok) {
        out.unreadable.push({ sheet: sheet.name, cell: address(h.r, c), value: text(row[c]).slice(0, 40), reason: a.reason });
        continue;
      }
      if (a.value === null) continue;
      if (kind === null || kind === 'na') {
        if (!a.value.isZero()) out.skipped.push(`${t.number} ${address(h.r, c)}：该行没有第${col}栏，数字 ${text(row[c])} 未读入`);
        continue;
      }
      const cellId = `${h.key}|${col}`;
      if (seen.has(cellId)) {
        out.skipped.push(`${t.number} ${address(h.r, c)}：${h.key} 第${col}栏在表中出现了两次，只读入第一次的数字`);
        continue;
      }
      seen.add(cellId);
      out.at[cellId] = address(h.r, c);
      if (a.rounded) out.decisions.push(`${t.number} ${address(h.r, c)}：${text(row[c]).slice(0, 24)}${unit}折合 ${a.rounded.toFixed()}元，细于分，按分取整为 ${toStored(a.value)}元`);
      // A zero the sheet states (0, 0.00, a dash) is kept: blank and 0.00 differ for what the filing says
      // it reported (本年度无此项, 未核对), and the export prints it again where the template prints zeros.
      put(kind === 'computed' ? out.stated : out.entered, h.key, col, a.value);
      out.figures++;
    }
  }
  // A 项 with no figures still belongs to the table.
  for (const code of leafCodes) out.entered[code] ??= {};
  return out;
}
