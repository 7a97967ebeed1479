// The grid's picture of one table: the shared table model (src/shared/table/model.ts) laid out as grid
// rows — its lines, side by side for 公开01/04表, with 公开10表's section headings as rows of their own.
// Which cells a line has and whether they are entered, computed or —— is the model's answer, read
// here, never derived again. Values are looked up separately, so a rebuild is only needed when rows are
// added or removed.
import type { CellRef } from '../../../shared/table/cell-ref';
import { cellWords } from '../../../shared/table/cell-name';
import { getTemplate, hasTemplate } from '../../../shared/templates/registry';
import type { TableDef } from '../../../shared/templates/types';
import type { Filing } from '../../../shared/filing/types';
import { getTemplateParams } from '../../../shared/templates/params';
import type { LineLevel, TableLine, TableModel } from '../../../shared/table/model';
import { isCount, kindOf, tableModel } from '../../../shared/table/model';

/** One side's part of a grid line: a model line, a section heading, or nothing (the shorter side). */
export interface LineSeg {
  /** The model line; null for a section heading. */
  line: TableLine | null;
  /** 行次, code or 合计: the CellRef row. Empty for section headings. */
  row: string;
  label: string;
  /** What prints in the 行次 (fixed) or 编码 (coded) column. */
  number: string;
  level: LineLevel | 'section';
  indent: number;
  bold: boolean;
  /** For a section heading: the caption printed over the value column (T10 采购金额). */
  caption?: string;
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
  model: TableModel;
  coded: boolean;
  /** A fixed table keyed by 经济分类 code (公开06表) shows 科目编码 instead of 行次. */
  byCode: boolean;
  sides: SideLayout[];
  lines: GridLine[];
  /** Line index by `${side}|${row}` for jumping to a finding's cell. */
  indexOf: ReadonlyMap<string, number>;
  /** Whether the template prints 行次 / 栏次 (Shanghai prints neither): the grid shows them only then. */
  lineNumbers: boolean;
  columnNumbers: boolean;
  /** The template the table belongs to: cells are named as it prints them. */
  templateId: string;
  /**
   * Panels of one table side by side (上海 表六: 人员经费 | 公用经费, each 编码 | 名称 | 决算数): the same 栏
   * shown once per panel. The grid tells the panels' columns apart by a grid column (panelCol).
   */
  panels: boolean;
}

/** Grid columns of panel k are the table's 栏 + k × PANEL_STRIDE (no table has 1000 columns). */
export const PANEL_STRIDE = 1000;

/** The grid column showing a cell: its 栏, offset by its panel where the table is shown in panels. */
export function gridCol(layout: TableLayout, ref: CellRef): number {
  if (!layout.panels) return ref.col;
  const side = layout.sides.findIndex((_, k) => layout.indexOf.has(`${k}|${ref.row}`));
  return ref.col + PANEL_STRIDE * Math.max(0, side);
}

function seg(line: TableLine, label: string): LineSeg {
  return { line, row: line.row, label, number: line.number, level: line.level, indent: line.indent, bold: line.bold };
}

function sectionSeg(title: string, caption: string | undefined): LineSeg {
  return { line: null, row: '', label: title, number: '', level: 'section', indent: 0, bold: true, caption };
}

/** The layout of a table for a filing's rows. */
export function buildLayout(def: TableDef, filing: Filing, nameOf: (code: string) => string): TableLayout {
  return layoutOfModel(def, tableModel(def, def.kind === 'coded' ? Object.keys(filing.tables[def.id] ?? {}) : []), filing.template, nameOf);
}

/** The layout of a table from its model for the filing's rows (the engine's: the grid rebuilds it when rows change). */
export function layoutOfModel(def: TableDef, model: TableModel, templateId: string, nameOf: (code: string) => string): TableLayout {
  const sides: SideLayout[] = model.sides.map((s) => ({ title: s.title, cols: s.columns.map((c) => c.col) }));
  const lines: GridLine[] = [];
  const params = getTemplateParams(templateId);
  if (model.coded) {
    // As printed: Shanghai's 表五 puts 合计 after the codes (TemplateParams.totalRowLast).
    const last = params?.totalRowLast.includes(def.id) ?? false;
    const ordered = last ? [...model.lines.filter((l) => l.level !== 'total'), ...model.lines.filter((l) => l.level === 'total')] : model.lines;
    for (const l of ordered) lines.push({ id: l.row, segs: [seg(l, l.level === 'total' ? '' : nameOf(l.row))] });
  } else if (panelled(def, templateId)) {
    // As printed: each panel its own run of lines (a block of the template), the shorter one padded above its total.
    const blocks = def.blocks!;
    const titled = params?.economicTable.panelHeadings ?? true;
    const titles = ['人员经费', '公用经费'];
    sides.splice(0, sides.length, ...blocks.map((_, k) => ({ title: titled ? (titles[k] ?? '') : '', cols: model.sides[0].columns.map((c) => c.col + PANEL_STRIDE * k) })));
    const n = Math.max(...blocks.map((b) => b.length));
    for (let i = 0; i < n; i++) {
      // Each panel ends with its total, and the totals share the last line (人员经费合计 | 公用经费合计).
      const segs = blocks.map((b) => {
        const row = i === n - 1 ? b[b.length - 1] : i < b.length - 1 ? b[i] : undefined;
        const l = row !== undefined ? model.line(row) : undefined;
        return l ? seg(l, l.label) : null;
      });
      lines.push({ id: segs.map((x) => x?.row ?? '-').join('/'), segs });
    }
  } else if (model.sides.length > 1) {
    const n = Math.max(...model.sides.map((s) => s.lines.length));
    for (let i = 0; i < n; i++) {
      const segs = model.sides.map((s) => {
        const l = s.lines[i];
        return l ? seg(l, l.label) : null;
      });
      lines.push({ id: segs.map((s) => s?.row ?? '-').join('/'), segs });
    }
  } else {
    for (const l of model.lines) {
      if (l.section) lines.push({ id: `§${l.row}`, segs: [sectionSeg(l.section.title, l.section.colLabel)] });
      lines.push({ id: l.row, segs: [seg(l, l.label)] });
    }
  }
  const indexOf = new Map<string, number>();
  lines.forEach((l, i) => l.segs.forEach((s, side) => s && s.row && indexOf.set(`${side}|${s.row}`, i)));
  return {
    def,
    model,
    coded: model.coded,
    byCode: !model.coded && model.labels === 'code',
    sides,
    lines,
    indexOf,
    templateId,
    lineNumbers: params?.printsLineNumbers ?? true,
    columnNumbers: params?.printsColumnNumbers ?? true,
    panels: panelled(def, templateId),
  };
}

/** Whether a table shows as two panels: the template's 经济分类 table printed in two blocks (上海 表六). */
function panelled(def: TableDef, templateId: string): boolean {
  const p = getTemplateParams(templateId)?.economicTable;
  return !!def.blocks && def.blocks.length === 2 && p?.table === def.id && p.panels === 2;
}

export interface CellInfo {
  ref: CellRef;
  computed: boolean;
  na: boolean;
  editable: boolean;
  count: boolean;
}

/** The cell under a grid line and 栏次, or null where the line has no cell in that column. */
export function cellAt(layout: TableLayout, line: GridLine, gridColumn: number): CellInfo | null {
  const side = layout.panels ? Math.floor(gridColumn / PANEL_STRIDE) : layout.model.sideOf(gridColumn);
  const col = layout.panels ? gridColumn % PANEL_STRIDE : gridColumn;
  if (side === undefined) return null;
  const l = line.segs[side]?.line;
  const kind = kindOf(l ?? undefined, col);
  if (!l || kind === null) return null;
  return {
    ref: { table: layout.def.id, row: l.row, col },
    computed: kind === 'computed',
    na: kind === 'na',
    editable: kind === 'entered',
    count: isCount(layout.model, l, col),
  };
}

/** Grid line index holding a cell, or -1. */
export function lineOfCell(layout: TableLayout, ref: CellRef): number {
  const side = layout.panels ? Math.floor(gridCol(layout, ref) / PANEL_STRIDE) : (layout.model.sideOf(ref.col) ?? 0);
  return layout.indexOf.get(`${side}|${ref.row}`) ?? -1;
}

/** How a cell is named in messages, as its template prints it: 公开03表 2010501 基本支出（栏2）, 表三 2010501 行政运行 基本支出. */
export function cellName(layout: TableLayout, ref: CellRef): string {
  const id = layout.templateId;
  // The layout's own definition (the template's, or a test's table); the year picks the catalogue's names.
  return cellWords({ id, year: hasTemplate(id) ? getTemplate(id).year : 0, tables: [layout.def] }, ref);
}
