// One table block of a published disclosure → the template's cells. Columns are found from the 栏次
// line (or, without one, from the column labels of the TableDef in the header), rows by 行次, by
// classification code or by the row label of the TableDef; a figure is placed in the 栏次 whose anchor
// is nearest. Nothing is guessed: a line whose row cannot be told is listed as not read.
import type Decimal from 'decimal.js';
import type { MoneyUnit } from '../money/money';
import { parseAmount, toStored } from '../money/money';
import type { TableValues } from '../filing/types';
import type { RowDef, TableDef } from '../templates/types';
import { amountToYuan } from '../io/units';
import type { DocCell, DocLine } from './types';
import { squashText } from './types';
import type { Anchor, Layout } from './read-header';
import { layoutFromStackedLabels } from './read-header';

export interface PublishedTableRead {
  entered: TableValues;
  stated: TableValues;
  codes: Array<{ code: string; name: string }>;
  figures: number;
  /** Lines or figures that could not be placed: reported as 未核对, never guessed. */
  unread: string[];
  /** The block states 本表无数据 (or 无数据). */
  saysNoData: boolean;
}


const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const centre = (c: DocCell) => (c.x0 + c.x1) / 2;

/** 1, 1.00 → 1 */
function intOf(s: string): number | null {
  const m = /^(\d{1,3})(?:\.0+)?$/.exec(s.trim());
  return m ? Number(m[1]) : null;
}

/** Drops enumerations and punctuation so 一、一般公共服务支出 matches 一般公共服务支出. */
export function normLabel(s: string): string {
  return squashText(s)
    .replace(/^[（(]?[一二三四五六七八九十]+[)）、.．]/, '')
    .replace(/^\d+[.．、]/, '')
    .replace(/[（(](类|款|项|辆)[)）]$/, '')
    .replace(/[“”"']/g, '');
}

function isMarker(t: string): boolean {
  return t === '栏次' || t === '栏号';
}

function layoutFromColNumbers(lines: DocLine[], t: TableDef, at: number): Layout {
  const valid = new Set(t.columns.map((c) => c.col));
  const values: Anchor[] = [];
  let seg = 0;
  let sawValue = false;
  const markers = lines[at].cells.some((c) => isMarker(c.text));
  for (const c of lines[at].cells) {
    if (isMarker(c.text)) {
      if (sawValue) seg++;
      sawValue = false;
      continue;
    }
    const n = intOf(c.text);
    if (n !== null && valid.has(n)) {
      values.push({ x: centre(c), col: n, seg: markers ? seg : 0 });
      sawValue = true;
    }
  }
  const segments = markers ? seg + 1 : 1;
  // 行次 headers above the 栏次 line, each in the segment of the next value anchor to its right.
  const rowNo: Layout['rowNo'] = [];
  for (let i = Math.max(0, at - 4); i < at; i++) {
    for (const c of lines[i].cells) {
      if (squashText(c.text) !== '行次') continue;
      const next = values.find((v) => v.x > centre(c));
      rowNo.push({ x: centre(c), seg: next?.seg ?? 0 });
    }
  }
  return { values, rowNo, segments, dataStart: at + 1 };
}

/** Without a 栏次 line (公开06表, 公开10表): the value columns by their header labels. */
function layoutFromLabels(lines: DocLine[], t: TableDef): Layout | null {
  const labels = t.columns.map((c) => ({ col: c.col, label: squashText(c.label) }));
  for (const r of t.rows ?? []) if (r.section?.colLabel) labels.push({ col: t.columns[0].col, label: squashText(r.section.colLabel) });
  for (let i = 0; i < Math.min(lines.length, 14); i++) {
    const texts = lines[i].cells.map((c) => squashText(c.text));
    if (!texts.some((x) => labels.some((l) => l.label === x))) continue;
    if (!texts.some((x) => /编码|^项目$|^行次$/.test(x))) continue;
    const values: Anchor[] = [];
    const rowNo: Layout['rowNo'] = [];
    let seg = -1;
    let used = new Set<number>();
    const usedAnywhere = new Set<number>();
    let keyRun = false;
    lines[i].cells.forEach((c, k) => {
      const x = texts[k];
      // A label not taken by an earlier side first (收入 决算数 | 支出 决算数 are two columns); one
      // taken already is another panel of the same columns (公开06表's blocks).
      const lab = labels.find((l) => l.label === x && !usedAnywhere.has(l.col)) ?? labels.find((l) => l.label === x && !used.has(l.col));
      if (lab && seg >= 0) {
        values.push({ x: centre(c), col: lab.col, seg });
        used.add(lab.col);
        usedAnywhere.add(lab.col);
        keyRun = false;
        return;
      }
      if (!keyRun) {
        seg++;
        used = new Set();
        keyRun = true;
      }
      if (x === '行次') rowNo.push({ x: centre(c), seg });
    });
    if (values.length) return { values, rowNo, segments: seg + 1, dataStart: i + 1 };
  }
  return null;
}

function findLayout(lines: DocLine[], t: TableDef): Layout | null {
  const n = t.columns.length;
  for (let i = 0; i < Math.min(lines.length, 16); i++) {
    const cells = lines[i].cells;
    if (cells.some((c) => isMarker(c.text))) return layoutFromColNumbers(lines, t, i);
    const ints = cells.map((c) => intOf(c.text));
    if (n >= 2 && ints.length >= n && ints.every((x, k) => x === k + 1)) return layoutFromColNumbers(lines, t, i);
  }
  // Without a 栏次 line: the header's labels on one line (Shanxi's 公开06表), else stacked over several
  // (the Shanghai tables); a header that places only some of the columns is used only as a last resort.
  const flat = layoutFromLabels(lines, t);
  if (flat && new Set(flat.values.map((v) => v.col)).size === n) return flat;
  return layoutFromStackedLabels(lines, t) ?? flat;
}

function isFigure(s: string): boolean {
  return /^-?[\d,]+(?:\.\d+)?$/.test(s.trim()) && /\d/.test(s);
}

function isHeaderRepeat(line: DocLine, t: TableDef): boolean {
  const texts = line.cells.map((c) => squashText(c.text));
  if (texts.some(isMarker)) return true;
  const ints = texts.map(intOf);
  if (ints.length >= 2 && ints.every((x, k) => x === k + 1)) return true;
  const heads = new Set(['项目', '行次', '收入', '支出', '科目编码', '科目名称', '功能分类科目编码', '本年支出', '预算数', '决算数', ...t.columns.map((c) => squashText(c.label))]);
  return texts.every((x) => heads.has(x) || /^(部门|单位)名称[:：]|年度$|单位[:：]|^公开\d+表$/.test(x));
}

function nearest<T extends { x: number }>(xs: T[], x: number): T | null {
  let best: T | null = null;
  for (const a of xs) if (!best || Math.abs(a.x - x) < Math.abs(best.x - x)) best = a;
  return best;
}

interface SegRow {
  seg: number;
  key?: string;
  def?: RowDef;
  label: string;
  figures: Array<{ col: number; text: string }>;
}

/** Splits a data line into its segments: keys and labels by the next value anchor to their right. */
/** 类 | 款 | 项 printed in columns of their own (208 | 05 | 01), left of the figures: one code, 2080501. */
function joinSplitCodes(cells: DocCell[], lay: Layout): DocCell[] {
  const firstValue = Math.min(...lay.values.map((v) => v.x));
  const out: DocCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const t = c.text.trim();
    if (prev && /^\d{2}$/.test(t) && /^\d{3}(?:\d{2})?$/.test(prev.text.trim()) && c.x1 < firstValue) out[out.length - 1] = { text: prev.text.trim() + t, x0: prev.x0, x1: c.x1 };
    else out.push(c);
  }
  return out;
}

function splitLine(line: DocLine, lay: Layout, hasCodes: boolean): SegRow[] {
  const rows: SegRow[] = Array.from({ length: lay.segments }, (_, seg) => ({ seg, label: '', figures: [] }));
  for (const c of hasCodes ? joinSplitCodes(line.cells, lay) : line.cells) {
    const x = centre(c);
    const text = c.text.trim();
    if (text === '——' || text === '—' || text === '-') continue;
    const n = intOf(text);
    const rn = nearest(lay.rowNo, x);
    const va = nearest(lay.values, x);
    if (n !== null && rn && (!va || Math.abs(rn.x - x) < Math.abs(va.x - x))) {
      rows[rn.seg].key ??= `#${n}`;
      continue;
    }
    const right = lay.values.find((v) => v.x > c.x0) ?? lay.values[lay.values.length - 1];
    // In a table keyed by codes a bare 3/5/7-digit number opens its segment (figures carry decimals).
    const isCode = hasCodes && CODE.test(text) && right !== undefined;
    if (isCode && rows[right.seg].key === undefined && !rows[right.seg].label && rows[right.seg].figures.length === 0) {
      rows[right.seg].key = text;
      continue;
    }
    if (isFigure(text) && va) {
      rows[va.seg].figures.push({ col: va.col, text });
      continue;
    }
    if (right) rows[right.seg].label += text;
  }
  return rows;
}

function resolver(t: TableDef) {
  const defs = t.rows ?? [];
  const byRow = new Map(defs.filter((r) => !r.blank).map((r) => [r.row, r]));
  const byCode = new Map(defs.filter((r) => r.code).map((r) => [r.code!, r]));
  const allCols = t.columns.map((c) => c.col);
  const lastOfSeg = new Map<number, number>();
  return (r: SegRow, segCols: Set<number>): { key: string; def?: RowDef } | null => {
    const label = normLabel(r.label);
    if (t.kind === 'coded') {
      if (r.key && CODE.test(r.key)) return { key: r.key };
      if (label === '合计' || label === '总计') return { key: '合计' };
      return null;
    }
    if (r.key?.startsWith('#')) {
      const d = byRow.get(r.key.slice(1));
      return d ? { key: d.row, def: d } : null;
    }
    if (r.key) {
      const d = byCode.get(r.key);
      if (d) return { key: d.row, def: d };
    }
    if (!label) return null;
    const found = defs.filter((x) => !x.blank && x.label && normLabel(x.label) === label && (x.cols ?? allCols).some((c) => segCols.has(c)));
    // A label printed twice on one side (表四's 一、一般公共预算财政拨款: the year's income, then under
    // 年初财政拨款结转和结余) is the first one below the side's last line read.
    const last = lastOfSeg.get(r.seg) ?? -1;
    const d = found.find((x) => defs.indexOf(x) > last) ?? found[0];
    if (d) lastOfSeg.set(r.seg, defs.indexOf(d));
    return d ? { key: d.row, def: d } : null;
  };
}

function put(target: TableValues, row: string, col: number, v: Decimal): void {
  (target[row] ??= {})[String(col)] = toStored(v);
}

/**
 * Reads one table block. nameOfCode gives a classification code's catalogue name, so that figures
 * printed on the line below a code (under that code's name) are placed only when the name agrees.
 */
export function readPublishedTable(lines: DocLine[], t: TableDef, unit: MoneyUnit, nameOfCode: (code: string) => string | null = () => null): PublishedTableRead {
  const out: PublishedTableRead = { entered: {}, stated: {}, codes: [], figures: 0, unread: [], saysNoData: false };
  out.saysNoData = lines.some((l) => l.cells.some((c) => /本表无数据|本表为空|无数据/.test(squashText(c.text))));
  const first = findLayout(lines, t);
  if (!first) {
    out.unread.push(`${t.number}：找不到栏次行或表头，无法确定各栏位置，表中数字未读入`);
    return out;
  }
  const resolve = resolver(t);
  const segCols = Array.from({ length: first.segments }, (_, s) => new Set(first.values.filter((v) => v.seg === s).map((v) => v.col)));
  const single = (t.rows ?? []).length === 1 && first.rowNo.length === 0;
  const colDef = new Map(t.columns.map((c) => [c.col, c]));
  const hasCodes = t.kind === 'coded' || t.catalog !== undefined;
  const hits: Array<{ key: string; def?: RowDef; row: SegRow }> = [];
  const sameName = (p: { key: string; def?: RowDef }, label: string) => {
    const name = p.def?.label ?? nameOfCode(p.key);
    return name !== null && name !== '' && normLabel(name) === normLabel(label);
  };
  let lay = first;
  let above = new Map<number, { key: string; def?: RowDef }>();
  for (let i = lay.dataStart; i < lines.length; i++) {
    const line = lines[i];
    const head = squashText(line.cells[0]?.text ?? '');
    if (/^(注|说明)[:：]/.test(head)) break;
    // The header repeated on a continuation page may sit at other positions (text extraction
    // re-grids each page): the columns are taken again from it.
    if (line.cells.some((c) => isMarker(c.text)) && first.rowNo.length + first.values.length > 0) {
      const again = layoutFromColNumbers(lines, t, i);
      if (again.values.length === first.values.length && again.rowNo.length === first.rowNo.length) lay = again;
      continue;
    }
    if (isHeaderRepeat(line, t)) {
      const again = layoutFromLabels([line], t);
      if (again && again.values.length === first.values.length && again.rowNo.length === first.rowNo.length) lay = again;
      continue;
    }
    let pending = null as { key: string; def?: RowDef } | null;
    const below = new Map<number, { key: string; def?: RowDef }>();
    const segRows = splitLine(line, lay, hasCodes);
    // A one-row table (表七) whose line carries a figure for every column, in order: text extraction may
    // squeeze the first figures together, but their order is the columns' order.
    const figs = line.cells.filter((c) => isFigure(c.text));
    if (single && lay.segments === 1 && figs.length === t.columns.length && line.cells.length === figs.length) {
      segRows.splice(0, segRows.length, { seg: 0, label: '', figures: figs.map((c, k) => ({ col: t.columns[k].col, text: c.text.trim() })) });
    }
    for (const r of segRows) {
      const hit = single && r.figures.length ? { key: t.rows![0].row, def: t.rows![0] } : resolve(r, segCols[r.seg]);
      // A row named with no figures: they follow in the next segment, or (the code on a line of its
      // own at a page break, or beside a name centred on two lines) on the next line, under its name.
      const open: { key: string; def?: RowDef } | null = pending ?? above.get(r.seg) ?? null;
      if (hit) {
        if (r.figures.length) hits.push({ ...hit, row: r });
        else {
          pending = hit;
          below.set(r.seg, hit);
        }
      } else if (r.figures.length && open && !r.key && (!r.label || sameName(open, r.label))) {
        hits.push({ ...open, row: r });
        if (open === pending) pending = null;
        above.delete(r.seg);
      } else if (r.figures.length) {
        out.unread.push(`${t.number} 第${line.page + 1}页“${(r.key ?? r.label).slice(0, 30) || r.figures[0].text}”：认不出是哪一行，其中的数字未读入`);
      }
    }
    above = below;
  }
  const coded = t.kind === 'coded';
  const parents = new Set<string>();
  for (const h of hits) if (coded && h.key !== '合计') for (let p = h.key.slice(0, -2); p.length >= 3; p = p.slice(0, -2)) parents.add(p);
  const seen = new Set<string>();
  for (const h of hits) {
    const leaf = coded && h.key !== '合计' && !parents.has(h.key);
    if (leaf && !out.codes.some((c) => c.code === h.key)) out.codes.push({ code: h.key, name: h.row.label.slice(0, 60) });
    for (const f of h.row.figures) {
      const cd = colDef.get(f.col);
      if (!cd) continue;
      const def = h.def;
      const count = (def?.kind ?? cd.kind) === 'count';
      const p = parseAmount(f.text, unit === '万元' ? 6 : 2);
      if (!p.ok || p.value === null) {
        out.unread.push(`${t.number} ${h.key} 第${f.col}栏“${f.text}”：${p.ok ? '空' : p.reason}`);
        continue;
      }
      const value = count ? p.value : amountToYuan(p.value, unit);
      const applies = coded || (def !== undefined && (def.cols ?? t.columns.map((c) => c.col)).includes(f.col) && !def.na?.includes(f.col));
      if (!applies) {
        if (!value.isZero()) out.unread.push(`${t.number} ${h.key} 第${f.col}栏：该行没有这一栏，数字 ${f.text} 未读入`);
        continue;
      }
      const id = `${h.key}|${f.col}`;
      if (seen.has(id)) {
        out.unread.push(`${t.number} ${h.key} 第${f.col}栏出现了两次，只读入第一次的数字`);
        continue;
      }
      seen.add(id);
      const computed = coded ? !leaf || t.rowFormulas?.[f.col] !== undefined : def?.computed?.[f.col] !== undefined;
      // A printed 0.00 is a stated zero, as in a workbook (io/xlsx/read-table.ts): kept, not a blank.
      put(computed ? out.stated : out.entered, h.key, f.col, value);
      out.figures++;
    }
  }
  for (const c of out.codes) out.entered[c.code] ??= {};
  return out;
}
