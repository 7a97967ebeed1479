// Where a sheet's header ends and how its columns map to the template: key columns (行次, 科目编码 in
// one column or split into 类/款/项, 项目/科目名称) and value columns (栏次). A sheet may hold several
// segments side by side (收入 | 支出 of 公开01/04表, the four blocks of 公开06表).
import type { TableDef } from '../../templates/types';
import type { SheetData } from './sheet-data';
import { cellInt, squash, text } from './sheet-data';
import { groupScore, headerBlock } from './header-block';
import { colLabel } from '../../table/cell-name';

/** Headings of key columns: 科目编码, 项目, 行次, 类. */
const KEY_HEAD = /编码|^项目$|^行次$|^类$|^款$|^项$|^科目名称$|^科目代码$/;

export interface Segment {
  rowNo?: number;
  code?: number;
  split?: { cls?: number; grp?: number; item?: number };
  label?: number;
  /** sheet column → 栏次 */
  values: Array<[number, number]>;
}

export interface SheetLayout {
  /** First row of data (0-based). */
  dataStart: number;
  segments: Segment[];
  /** How columns were settled where the sheet left a choice, for the read report. */
  decisions: string[];
  /** Whether the sheet prints 行次 or 栏次 (a template that prints neither does not fit it). */
  numbered: boolean;
}

const HEADER_SCAN = 30;

function classifyKeyCols(sheet: SheetData, cols: number[], headerTop: number, headerBottom: number, seg: Segment): void {
  for (const c of cols) {
    const heads: string[] = [];
    for (let r = headerTop; r <= headerBottom; r++) {
      const t = squash(text(sheet.rows[r]?.[c]));
      if (t) heads.push(t);
    }
    if (heads.some((h) => h.includes('行次'))) seg.rowNo ??= c;
    else if (heads.some((h) => h.includes('编码') || h === '科目代码' || h === '代码')) seg.code ??= c;
    else if (heads.includes('类')) (seg.split ??= {}).cls = c;
    else if (heads.includes('款')) (seg.split ??= {}).grp = c;
    else if (heads.includes('项')) (seg.split ??= {}).item = c;
    else if (seg.label === undefined) seg.label = c;
  }
}

function isMarker(t: string): boolean {
  return t === '栏次' || t === '栏号';
}

/** The row of 栏次 numbers: a row with a 栏次 cell, or with the run 1, 2, 3 … of the table's columns. */
function colNumberRow(sheet: SheetData, t: TableDef): number | null {
  const n = t.columns.length;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    if (row.some((c) => isMarker(squash(text(c))))) return r;
    const ints = row.map((c) => cellInt(c)).filter((x): x is number => x !== null);
    if (n >= 2 && ints.length >= n && ints.slice(0, n).every((x, i) => x === i + 1)) return r;
  }
  return null;
}

function headerTop(sheet: SheetData, bottom: number): number {
  // The header starts below the 金额单位 line (or the title block).
  for (let r = bottom - 1; r >= 0; r--) {
    const joined = (sheet.rows[r] ?? []).map((c) => squash(text(c))).join('');
    if (/单位[:：]/.test(joined) || /年度$/.test(joined)) return r + 1;
  }
  return Math.max(0, bottom - 4);
}

/** The header text over a sheet column: the lowest non-empty cell between the header top and the 栏次 row. */
function headerOver(sheet: SheetData, c: number, top: number, bottom: number): string {
  for (let r = bottom - 1; r >= top; r--) {
    const t = squash(text(sheet.rows[r]?.[c]));
    if (t) return t;
  }
  return '';
}

/**
 * Columns by their headers, 栏次 confirming: where the header over a value column names another column
 * of the table (one whose label is unique in the table), the header wins and the report says so.
 */
function confirmColumns(sheet: SheetData, t: TableDef, top: number, bottom: number, seg: Segment, decisions: string[]): void {
  const unique = new Map<string, number>();
  const dup = new Set<string>();
  for (const c of t.columns) {
    const l = squash(c.label);
    if (unique.has(l)) dup.add(l);
    unique.set(l, c.col);
  }
  seg.values = seg.values.map(([i, n]) => {
    const head = headerOver(sheet, i, top, bottom);
    const byLabel = dup.has(head) ? undefined : unique.get(head);
    if (byLabel === undefined || byLabel === n) return [i, n];
    decisions.push(`${t.number}：第${i + 1}列印的栏次是 ${n}，表头是“${head}”（模板的栏${byLabel}）；按表头读作栏${byLabel}`);
    return [i, byLabel];
  });
}

function fromColNumbers(sheet: SheetData, t: TableDef, r: number): SheetLayout {
  const row = sheet.rows[r] ?? [];
  const valid = new Set(t.columns.map((c) => c.col));
  const top = headerTop(sheet, r);
  const markers: number[] = [];
  row.forEach((c, i) => isMarker(squash(text(c))) && markers.push(i));
  const segments: Segment[] = [];
  const decisions: string[] = [];
  if (markers.length === 0) {
    const seg: Segment = { values: [] };
    row.forEach((c, i) => {
      const n = cellInt(c);
      if (n !== null && valid.has(n)) seg.values.push([i, n]);
    });
    const first = seg.values[0]?.[0] ?? 0;
    classifyKeyCols(sheet, Array.from({ length: first }, (_, i) => i), top, r, seg);
    confirmColumns(sheet, t, top, r, seg, decisions);
    segments.push(seg);
  } else {
    markers.forEach((m, k) => {
      const end = markers[k + 1] ?? row.length;
      const seg: Segment = { values: [] };
      for (let i = m + 1; i < end; i++) {
        const n = cellInt(row[i]);
        if (n !== null && valid.has(n)) seg.values.push([i, n]);
      }
      const firstValue = seg.values[0]?.[0] ?? end;
      // Key columns: everything between the previous segment's figures and this one's (the 栏次 cell
      // may span 类/款/项 or sit in the 项目 column).
      const prev = segments[segments.length - 1];
      const from = prev ? (prev.values[prev.values.length - 1]?.[0] ?? markers[k - 1]) + 1 : 0;
      const keyCols: number[] = [];
      for (let i = Math.min(from, m); i < firstValue; i++) keyCols.push(i);
      classifyKeyCols(sheet, keyCols, top, r, seg);
      confirmColumns(sheet, t, top, r, seg, decisions);
      segments.push(seg);
    });
  }
  return { dataStart: r + 1, segments, decisions, numbered: true };
}

/** Sheets without a 栏次 row (上海's tables, 公开06表, clerk-kept sheets): columns by their header labels. */
function fromLabels(sheet: SheetData, t: TableDef, printsColumnNumbers: boolean): SheetLayout | null {
  const labels: Array<{ col: number; label: string; group?: readonly string[] }> = t.columns.map((c) => ({ col: c.col, label: squash(c.label), group: c.group }));
  // A section's own column label (公开10表 采购金额) names the table's first column.
  for (const r of t.rows ?? []) if (r.section?.colLabel) labels.push({ col: t.columns[0].col, label: squash(r.section.colLabel) });
  // A one-line table (上海 表七) has no 项目 column: its headings alone mark the header.
  const oneLine = (t.rows ?? []).length === 1 && !(t.rows ?? [])[0].label;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN); r++) {
    const row = sheet.rows[r] ?? [];
    const rowTexts = row.map((c) => squash(text(c)));
    const hits = rowTexts.filter((x) => labels.some((l) => l.label === x)).length;
    const keys = rowTexts.filter((x) => KEY_HEAD.test(x)).length;
    if (hits === 0 || (keys === 0 && !oneLine)) continue;
    const top = headerTop(sheet, r);
    const head = headerBlock(sheet, t, top, r);
    const texts = head.labels;
    // A new segment starts at each key header (科目编码 / 项目) that follows a value column.
    const segments: Segment[] = [];
    let seg: Segment | null = oneLine ? { values: [] } : null;
    let keyCols: number[] = [];
    let used = new Set<number>();
    const flush = () => {
      if (seg) {
        classifyKeyCols(sheet, keyCols, head.top, head.bottom, seg);
        segments.push(seg);
      }
    };
    // A header that names several columns (决算数 on both sides) takes the column whose group headings
    // (收入 / 支出) it stands under; where nothing above tells them apart, segment by segment the first such
    // column no earlier segment took: 项目 | 决算数 | 项目 | 决算数 reads income then spending.
    const taken = new Set<number>();
    let guessed = false;
    texts.forEach((x, i) => {
      // A column with no heading at all (a spacer) is neither a key nor a value.
      if (!x) return;
      const free = labels.filter((l) => l.label === x && !used.has(l.col));
      const best = Math.max(0, ...free.map((l) => groupScore(l.group, head.paths[i])));
      const fit = free.filter((l) => groupScore(l.group, head.paths[i]) === best);
      const lab = fit.find((l) => !taken.has(l.col)) ?? fit[0];
      if (lab && seg && !KEY_HEAD.test(x)) {
        if (fit.length > 1) guessed = true;
        seg.values.push([i, lab.col]);
        used.add(lab.col);
        taken.add(lab.col);
        return;
      }
      if (!seg || seg.values.length > 0) {
        flush();
        seg = { values: [] };
        keyCols = [];
        used = new Set();
      }
      keyCols.push(i);
    });
    flush();
    const withValues = segments.filter((s) => s.values.length > 0);
    // Sectioned tables (公开10表) repeat their header lower down: rows are found by key, from the top.
    if (withValues.length === 0) continue;
    const decisions: string[] = [];
    const dup = new Set(labels.filter((l, k) => labels.findIndex((x) => x.label === l.label) !== k).map((l) => l.label));
    const sharing = withValues.filter((sg) => sg.values.some(([c]) => dup.has(texts[c])));
    if (sharing.length > 1) {
      // Named as the template names columns: 山西 by its 栏次, 上海 (no 栏次 printed) by the heading.
      const colName = (col: number) => {
        const side = t.columns.find((x) => x.col === col)?.group?.[0];
        const own = printsColumnNumbers ? `栏${col}` : colLabel(t, col);
        return `${own}${side && !own.includes(side) ? `（${side}）` : ''}`;
      };
      const read = sharing.map((sg) => sg.values.map(([, col]) => colName(col)).join('、')).join('、');
      decisions.push(`${t.number}：表中没有栏次，表头“${[...dup].join('、')}”出现 ${sharing.length} 次，${guessed ? '从左到右' : '按上方的表头'}依次读作${read}`);
    }
    return { dataStart: top, segments: withValues, decisions, numbered: withValues.some((s) => s.rowNo !== undefined) };
  }
  return null;
}

/** Where the table's figures are on the sheet; `printsColumnNumbers` (the template's) only words the report. */
export function sheetLayout(sheet: SheetData, t: TableDef, printsColumnNumbers = true): SheetLayout | null {
  const r = colNumberRow(sheet, t);
  if (r !== null) {
    const layout = fromColNumbers(sheet, t, r);
    if (layout.segments.some((s) => s.values.length > 0)) return layout;
  }
  return fromLabels(sheet, t, printsColumnNumbers);
}
