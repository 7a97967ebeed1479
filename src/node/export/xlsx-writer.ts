// Writes the official tables and the self-evaluation forms into an xlsx workbook with exceljs, one sheet
// each, from the same layouts the print view uses.
import ExcelJS from 'exceljs';
import type { Filing } from '../../shared/filing/types';
import type { Template } from '../../shared/templates/types';
import type { Grid, GridCell, TableLayout } from '../../shared/io/layout/grid';
import { tableLayouts } from '../../shared/io/layout/table-layout';
import { evaluationLayout } from '../../shared/io/layout/evaluation-layout';
import type { Evaluation } from '../../shared/evaluation/types';
import { formMarkText, indicatorMarkText } from '../../shared/io/xlsx/evaluation-mark';
import { amountInUnit } from '../../shared/io/units';
import { cleanText } from '../../shared/filing/schema-check';
import { draftMark } from '../../shared/io/draft-mark';
import { exportMark } from '../../shared/io/sample-mark';
import type { ExtrasSheet } from '../../shared/io/xlsx/filing-extras';
import { extrasMark, extrasSheets } from '../../shared/io/xlsx/filing-extras';
import { getTemplateParams } from '../../shared/templates/params';
import { evaluateAll } from '../../shared/rules/engine';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
export const AMOUNT_FORMAT = '#,##0.00';
// With an empty zero section: a stated 0 the template prints blank stays in the cell (GridCell.hideZero).
const AMOUNT_ZERO_BLANK = '#,##0.00;-#,##0.00;';
const COUNT_ZERO_BLANK = '#,##0;-#,##0;';

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function setCell(ws: ExcelJS.Worksheet, r: number, c: number, gc: GridCell, filing: Filing): void {
  const cell = ws.getCell(r, c);
  cell.font = { name: FONT, size: 10, bold: gc.bold ?? false };
  const align = gc.align ?? (gc.kind === 'amount' || gc.kind === 'count' ? 'right' : gc.kind === 'head' || gc.kind === 'rowno' || gc.kind === 'na' ? 'center' : 'left');
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: WRAPS.has(gc.kind), indent: gc.indent ? gc.indent : undefined };
  if (gc.kind === 'amount') {
    if (gc.value != null) {
      // Decimal stays exact up to here; the cell needs a number.
      cell.value = Number(amountInUnit(gc.value, filing.meta.unit).toString());
    }
    cell.numFmt = gc.hideZero ? AMOUNT_ZERO_BLANK : AMOUNT_FORMAT;
  } else if (gc.kind === 'count') {
    if (gc.value != null) cell.value = Number(gc.value.toString());
    cell.numFmt = gc.hideZero ? COUNT_ZERO_BLANK : '#,##0';
  } else if (gc.kind === 'rowno' && /^\d+$/.test(gc.text ?? '')) {
    cell.value = Number(gc.text);
    cell.numFmt = '0';
  } else if (gc.numeric && gc.text && isCanonicalNumber(gc.text)) {
    // Stored as a number so that a sum in the clerk's sheet works; canonical only, so reading it back gives the same text.
    cell.value = Number(gc.text);
    cell.numFmt = 'General';
  } else if (gc.text) {
    cell.value = cleanText(gc.text);
  }
}

/** "2.5", "100", "-3.25": text whose number prints back as the same text (no "2.50", "007", "1e3"). */
function isCanonicalNumber(text: string): boolean {
  return /^-?\d{1,15}(\.\d{1,6})?$/.test(text) && String(Number(text)) === text;
}

/** Width units a text needs at 10pt: a Chinese character about two, other characters about one. */
function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e7f ? 2.1 : 1.1;
  return n;
}

/** Points one line of 10pt text takes in a row, and the row's padding. */
const LINE_PT = 13.5;
const ROW_PAD_PT = 4;

/** Lines a text needs in a cell `width` character units wide (its own line breaks kept). */
function linesFor(text: string, width: number): number {
  return text.split(/\r?\n/).reduce((sum, p) => sum + Math.max(1, Math.ceil(textUnits(p) / Math.max(2, width - 1.2))), 0);
}

/**
 * Neither Excel nor LibreOffice grows a row to fit wrapped text written by another program, so every
 * row gets the height its tallest wrapped text needs (a text spanning rows shares it among them).
 */
function fitRows(ws: ExcelJS.Worksheet, top: number, needs: number[]): void {
  needs.forEach((lines, i) => {
    if (lines > 1) ws.getRow(top + i).height = Math.min(409, lines * LINE_PT + ROW_PAD_PT);
  });
}

const WRAPS = new Set<GridCell['kind']>(['head', 'text', 'label']);

function spanWidth(grid: Grid, from: number, span: number): number {
  return grid.columns.slice(from, from + span).reduce((w, x) => w + x.width, 0);
}

/** Writes a grid at `top` (1-based row); returns the next free row. */
function writeGrid(ws: ExcelJS.Worksheet, grid: Grid, top: number, filing: Filing): number {
  const rows = [...grid.head, ...grid.body];
  const width = grid.columns.length;
  const needs = rows.map(() => 1);
  rows.forEach((row, i) => {
    const r = top + i;
    for (let c = 0; c < width; c++) ws.getCell(r, c + 1).border = BORDER;
    row.forEach((gc, c) => {
      if (!gc) return;
      setCell(ws, r, c + 1, gc, filing);
      const rs = gc.rowSpan ?? 1;
      const cs = gc.colSpan ?? 1;
      if (rs > 1 || cs > 1) ws.mergeCells(r, c + 1, r + rs - 1, c + cs);
      if (gc.text && WRAPS.has(gc.kind)) {
        const lines = Math.ceil(linesFor(gc.text, spanWidth(grid, c, cs)) / rs);
        for (let k = 0; k < rs; k++) needs[i + k] = Math.max(needs[i + k], lines);
      }
    });
  });
  fitRows(ws, top, needs);
  return top + rows.length;
}

function heading(ws: ExcelJS.Worksheet, r: number, width: number, text: string, size: number, bold: boolean, horizontal: 'left' | 'center' | 'right', from = 1, to = width): void {
  const cell = ws.getCell(r, from);
  cell.value = cleanText(text);
  cell.font = { name: FONT, size, bold };
  cell.alignment = { horizontal, vertical: 'middle' };
  if (to > from) ws.mergeCells(r, from, r, to);
}

function pageSetup(ws: ExcelJS.Worksheet, landscape: boolean, headFrom: number, headTo: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (headTo >= headFrom) ws.pageSetup.printTitlesRow = `${headFrom}:${headTo}`;
}

/**
 * The export's mark (a sample's, a draft's or both: sample-mark.ts), in red over columns from..to of row r
 * (wrapped where the columns are narrow), and in the printed header and footer of every page.
 */
function markSheet(ws: ExcelJS.Worksheet, r: number, from: number, to: number, mark: string, horizontal: 'left' | 'right'): void {
  ws.headerFooter = { ...ws.headerFooter, oddHeader: `&R&"宋体,Bold"&KC00000${mark}`, oddFooter: `&L&"宋体,Bold"&KC00000${mark}&R第 &P 页` };
  heading(ws, r, to, mark, 10, true, horizontal, from, to);
  const cell = ws.getCell(r, from);
  cell.font = { name: FONT, size: 10, bold: true, color: { argb: 'FFC00000' } };
  cell.alignment = { ...cell.alignment, wrapText: true };
  let width = 0;
  for (let c = from; c <= to; c++) width += ws.getColumn(c).width ?? 9;
  const lines = linesFor(mark, width);
  if (lines > 1) ws.getRow(r).height = Math.max(ws.getRow(r).height ?? 0, Math.min(409, lines * LINE_PT + ROW_PAD_PT));
}

/**
 * Where the heading line's three texts end (last column of each, 1-based): 部门名称 gets the columns its
 * text needs from the left, 金额单位 from the right, 年度 what is between (0: no room, it joins 部门名称).
 */
export function headingSplit(grid: Grid, [orgText, yearText, unitText]: [string, string, string]): { org: number; year: number } {
  const widths = grid.columns.map((c) => c.width);
  const n = widths.length;
  let unitFrom = n;
  for (let need = textUnits(unitText) + 1, w = widths[n - 1]; w < need && unitFrom > 2; ) w += widths[--unitFrom - 1];
  let org = 1;
  for (let need = textUnits(orgText) + 1, w = widths[0]; w < need && org < unitFrom - 1; ) w += widths[org++];
  const between = spanWidth(grid, org, unitFrom - 1 - org);
  if (unitFrom - 1 > org && between >= textUnits(yearText) * 0.8) return { org, year: unitFrom - 1 };
  // No room for 年度 in the middle: it rides with 部门名称 (which then takes every column up to 金额单位).
  return { org: unitFrom - 1, year: 0 };
}

function writeTable(wb: ExcelJS.Workbook, layout: TableLayout, filing: Filing, mark: string | null): void {
  const width = layout.grid.columns.length;
  const ws = wb.addWorksheet(layout.number || layout.id);
  layout.grid.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.getRow(1).height = 30;
  heading(ws, 1, width, layout.title, 16, true, 'center');
  // Row 2: 公开NN表 on the right; the export's mark (sample, draft) on the left third.
  const third = Math.max(1, Math.floor(width / 3));
  if (mark && width > 1) markSheet(ws, 2, 1, third, mark, 'left');
  heading(ws, 2, width, layout.numberOnPage ? layout.number : '', 10, false, 'right', mark && width > 1 ? third + 1 : 1);
  // 部门名称 left, 年度 centre, 金额单位 right, each over as many columns as its text needs.
  const { org, year } = headingSplit(layout.grid, [layout.orgLine, layout.yearLine, layout.unitLine]);
  if (year) {
    heading(ws, 3, width, layout.orgLine, 10, false, 'left', 1, org);
    heading(ws, 3, width, layout.yearLine, 10, false, 'center', org + 1, year);
  } else heading(ws, 3, width, `${layout.orgLine}　　${layout.yearLine}`, 10, false, 'left', 1, org);
  heading(ws, 3, width, layout.unitLine, 10, false, 'right', (year || org) + 1, width);
  const top = 4;
  const next = writeGrid(ws, layout.grid, top, filing);
  const headRows = layout.grid.head.length;
  ws.views = [{ state: 'frozen', ySplit: top + headRows - 1, xSplit: 0 }];
  pageSetup(ws, layout.landscape, top, top + headRows - 1);
  let r = next;
  const total = layout.grid.columns.reduce((w, c) => w + c.width, 0);
  for (const note of layout.notes) {
    heading(ws, r, width, note, 9, false, 'left');
    ws.getCell(r, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    fitRows(ws, r, [linesFor(note, total)]);
    r++;
  }
  if (layout.empty) heading(ws, r, width, layout.emptyNote, 10, false, 'left');
  ws.pageSetup.printArea = `A1:${colLetter(width)}${r}`;
}

function evaluationSheetName(i: number, name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '').slice(0, 20);
  return `自评表${i + 1}${clean ? '-' + clean : ''}`.slice(0, 31);
}

function writeEvaluation(wb: ExcelJS.Workbook, ev: Evaluation, i: number, filing: Filing, mark: string | null): void {
  const layout = evaluationLayout(ev);
  const width = layout.grid.columns.length;
  const ws = wb.addWorksheet(evaluationSheetName(i, cleanText(ev.name)));
  layout.grid.columns.forEach((c, k) => (ws.getColumn(k + 1).width = c.width));
  // Row 1: 附件N on the left; the export's mark (sample, draft) on the right half.
  const half = Math.max(1, Math.floor(width / 2));
  heading(ws, 1, width, `附件${i + 1}`, 10, false, 'left', 1, mark ? half : width);
  if (mark) markSheet(ws, 1, half + 1, width, mark, 'right');
  ws.getRow(2).height = 28;
  heading(ws, 2, width, layout.title, 16, true, 'center');
  heading(ws, 3, width, layout.topLeft, 10, false, 'left', 1, 4);
  heading(ws, 3, width, layout.topRight, 10, false, 'right', 5, width);
  const top = 4;
  const next = writeGrid(ws, layout.grid, top, filing);
  heading(ws, next, width, layout.footer, 10, false, 'left');
  pageSetup(ws, false, 1, 0);
  ws.pageSetup.printArea = `A1:${colLetter(width)}${next}`;
  // Hidden marks (see evaluation-mark.ts) let an import of this workbook give back the same form ids.
  const marks = ws.getColumn(width + 1);
  marks.hidden = true;
  ws.getCell(1, width + 1).value = cleanText(formMarkText({ id: ev.id, published: ev.published, executionAuto: ev.executionScore.trim() === '' }));
  for (const { row, id } of layout.indicatorRows) ws.getCell(top + row, width + 1).value = cleanText(indicatorMarkText(id));
}

/** 概况, 情况说明数据, 名词解释, 出错说明: 项目 | 内容 for the clerk, the keys in a hidden first column. */
function writeExtras(wb: ExcelJS.Workbook, sheet: ExtrasSheet, mark: string | null): void {
  const ws = wb.addWorksheet(sheet.name);
  const valueCols = Math.max(1, ...sheet.rows.map((r) => r.values.length));
  ws.getColumn(1).width = 12;
  ws.getColumn(1).hidden = true;
  ws.getColumn(2).width = 34;
  for (let c = 0; c < valueCols; c++) ws.getColumn(3 + c).width = c === 0 ? 80 : 24;
  ws.getCell(1, 1).value = extrasMark(sheet.kind);
  heading(ws, 1, 2, sheet.title, 14, true, 'left', 2, 2);
  if (mark) markSheet(ws, 1, 3, 3, mark, 'right');
  ws.getRow(1).height = 24;
  sheet.headings.forEach((h, i) => {
    const cell = ws.getCell(2, 2 + i);
    cell.value = h;
    cell.font = { name: FONT, size: 10, bold: true };
    cell.border = BORDER;
  });
  sheet.rows.forEach((r, i) => {
    const at = 3 + i;
    ws.getCell(at, 1).value = r.key;
    const cells = [r.label, ...r.values];
    cells.forEach((t, c) => {
      const cell = ws.getCell(at, 2 + c);
      cell.value = cleanText(t);
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
    fitRows(ws, at, [Math.max(...cells.map((t, c) => linesFor(t, ws.getColumn(2 + c).width ?? 24)))]);
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
  pageSetup(ws, false, 2, 2);
}

/**
 * The workbook as bytes: 公开01表 … 公开10表, one sheet per self-evaluation form, then the filing's other
 * parts (filing-extras.ts). A table the filing does not have (absent) gets no sheet, so importing the
 * workbook gives back the same absence.
 */
export async function buildWorkbook(filing: Filing, template: Template, now: Date = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  wb.lastModifiedBy = '决算通';
  wb.title = cleanText(`${filing.meta.department}${filing.meta.year}年度部门决算公开表`);
  wb.created = now;
  wb.modified = now;
  // A sample's workbook says so on every sheet, whatever its findings; a draft's says so too.
  const mark = exportMark(filing, draftMark(evaluateAll(filing, template)));
  const absent = new Set(filing.absent ?? []);
  for (const layout of tableLayouts(filing, template)) if (!absent.has(layout.id)) writeTable(wb, layout, filing, mark);
  filing.evaluations.forEach((ev, i) => writeEvaluation(wb, ev, i, filing, mark));
  const inputIds = new Set(getTemplateParams(template.id)?.inputTables ?? []);
  for (const sheet of extrasSheets(filing, template.tables.filter((t) => inputIds.has(t.id)))) writeExtras(wb, sheet, mark);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
