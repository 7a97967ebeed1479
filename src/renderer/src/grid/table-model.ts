// The grid's picture of one table: which lines are shown, which cells each line has, and which of those
// are computed, not applicable or editable. Built from the template (fixed tables) or from the 项 rows
// the filing holds (coded tables); values are looked up separately so a rebuild is only needed when
// rows are added or removed.
import type { CellRef, RowDef, TableDef } from '../../../shared/templates/types';
import type { Filing } from '../../../shared/filing/types';
import { codedRows } from '../../../shared/filing/hierarchy';
import { TOTAL_ROW } from '../../../shared/filing/cell-key';

export type LineLevel = 'total' | 'class' | 'group' | 'item' | 'fixed' | 'section' | 'blank';

/** One side's part of a grid line: a 行次 line, a coded row, or nothing (the shorter side of T01/T04). */
export interface LineSeg {
  /** 行次, code or 合计: the CellRef row. Empty for section headings. */
  row: string;
  label: string;
  /** What prints in the 行次 (fixed) or 编码 (coded) column. */
  number: string;
  level: LineLevel;
  indent: number;
  bold: boolean;
  cols: ReadonlySet<number>;
  computed: ReadonlySet<number>;
  na: ReadonlySet<number>;
  /** For a section heading: the caption printed over the value column (T10 采购金额). */
  caption?: string;
  count: boolean;
}

export interface GridLine {
  id: string;
  segs: Array<LineSeg | null>;
}

export interface SideLayout {
  title: string;
  cols: number[];
}

export interface TableLayout {
  def: TableDef;
  coded: boolean;
  /** A fixed table keyed by 经济分类 code (公开06表) shows 科目编码 instead of 行次. */
  byCode: boolean;
  sides: SideLayout[];
  lines: GridLine[];
  sideOfCol: ReadonlyMap<number, number>;
  /** Line index by `${side}|${row}` for jumping to a finding's cell. */
  indexOf: ReadonlyMap<string, number>;
}

const EMPTY: ReadonlySet<number> = new Set();

function fixedSeg(def: TableDef, r: RowDef, sideCols: number[]): LineSeg {
  const cols = r.blank ? [] : (r.cols ?? sideCols).filter((c) => sideCols.includes(c));
  return {
    row: r.row,
    label: r.label,
    number: r.blank || /^\d+$/.test(r.row) ? r.row : (r.code ?? ''),
    level: r.blank ? 'blank' : 'fixed',
    indent: r.indent ?? 0,
    bold: r.bold ?? false,
    cols: new Set(cols),
    computed: new Set(Object.keys(r.computed ?? {}).map(Number)),
    na: new Set(r.na ?? []),
    count: r.kind === 'count' || def.columns.every((c) => c.kind === 'count'),
  };
}

function sectionSeg(title: string, caption: string | undefined): LineSeg {
  return {
    row: '',
    label: title,
    number: '',
    level: 'section',
    indent: 0,
    bold: true,
    cols: EMPTY,
    computed: EMPTY,
    na: EMPTY,
    caption,
    count: false,
  };
}

export function buildLayout(def: TableDef, filing: Filing, nameOf: (code: string) => string): TableLayout {
  const allCols = def.columns.map((c) => c.col);
  const sides: SideLayout[] = def.sides?.length ? def.sides.map((s) => ({ title: s.title, cols: s.cols })) : [{ title: '', cols: allCols }];
  const sideOfCol = new Map<number, number>();
  sides.forEach((s, i) => s.cols.forEach((c) => sideOfCol.set(c, i)));
  const lines: GridLine[] = [];
  const coded = def.kind === 'coded';
  const byCode = !coded && !def.sides?.length && !!def.catalog;

  if (coded) {
    const leaves = Object.keys(filing.tables[def.id] ?? {});
    const formulaCols = new Set(Object.keys(def.rowFormulas ?? {}).map(Number));
    const all = new Set(allCols);
    for (const r of codedRows(leaves)) {
      const isTotal = r.row === TOTAL_ROW;
      lines.push({
        id: r.row,
        segs: [
          {
            row: r.row,
            label: isTotal ? '' : nameOf(r.row),
            number: isTotal ? '合计' : r.row,
            level: r.level,
            indent: r.level === 'group' ? 1 : r.level === 'item' ? 2 : 0,
            bold: r.level === 'total' || r.level === 'class',
            cols: all,
            computed: r.leaf ? formulaCols : all,
            na: EMPTY,
            count: false,
          },
        ],
      });
    }
  } else if (def.sides?.length) {
    const byRow = new Map((def.rows ?? []).map((r) => [r.row, r]));
    const n = Math.max(...def.sides.map((s) => s.rows.length));
    for (let i = 0; i < n; i++) {
      const segs = def.sides.map((s) => {
        const r = byRow.get(s.rows[i]);
        return r ? fixedSeg(def, r, s.cols) : null;
      });
      lines.push({ id: segs.map((s) => s?.row ?? '-').join('/'), segs });
    }
  } else {
    for (const r of def.rows ?? []) {
      if (r.section) lines.push({ id: `§${r.row}`, segs: [sectionSeg(r.section.title, r.section.colLabel)] });
      lines.push({ id: r.row, segs: [fixedSeg(def, r, allCols)] });
    }
  }

  const indexOf = new Map<string, number>();
  lines.forEach((l, i) => l.segs.forEach((s, side) => s && s.row && indexOf.set(`${side}|${s.row}`, i)));
  return { def, coded, byCode, sides, lines, sideOfCol, indexOf };
}

export interface CellInfo {
  ref: CellRef;
  computed: boolean;
  na: boolean;
  editable: boolean;
  count: boolean;
}

/** The cell under a grid line and 栏次, or null where the line has no cell in that column. */
export function cellAt(layout: TableLayout, line: GridLine, col: number): CellInfo | null {
  const side = layout.sideOfCol.get(col);
  if (side === undefined) return null;
  const seg = line.segs[side];
  if (!seg || !seg.cols.has(col)) return null;
  const computed = seg.computed.has(col);
  const na = seg.na.has(col);
  return { ref: { table: layout.def.id, row: seg.row, col }, computed, na, editable: !computed && !na, count: seg.count };
}

/** Grid line index holding a cell, or -1. */
export function lineOfCell(layout: TableLayout, ref: CellRef): number {
  const side = layout.sideOfCol.get(ref.col) ?? 0;
  return layout.indexOf.get(`${side}|${ref.row}`) ?? -1;
}

/** How a cell is named in messages: 公开03表 2010501 第2栏 / 公开01表 行27 第1栏. */
export function cellName(layout: TableLayout, ref: CellRef): string {
  const col = layout.def.columns.find((c) => c.col === ref.col);
  const colName = col ? `${col.label}（第${ref.col}栏）` : `第${ref.col}栏`;
  const row = layout.coded || layout.byCode ? ref.row : `行${ref.row}`;
  return `${layout.def.number} ${row} ${colName}`;
}
