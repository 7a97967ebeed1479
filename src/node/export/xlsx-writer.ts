// Writes the official tables and the self-evaluation forms into an xlsx workbook with exceljs, one sheet
// each, from the same layouts the print view uses.
import ExcelJS from 'exceljs';
import type { Filing } from '../../shared/filing/types';
import type { Template } from '../../shared/templates/types';
import type { Grid, GridCell, TableLayout } from '../../shared/io/layout/grid';
import { tableLayouts, NO_DATA_NOTE } from '../../shared/io/layout/table-layout';
import { evaluationLayout } from '../../shared/io/layout/evaluation-layout';
import type { Evaluation } from '../../shared/evaluation/types';
import { formMarkText, indicatorMarkText } from '../../shared/io/xlsx/evaluation-mark';
import { amountInUnit } from '../../shared/io/units';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';
export const AMOUNT_FORMAT = '#,##0.00';

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function setCell(ws: ExcelJS.Worksheet, r: number, c: number, gc: GridCell, filing: Filing): void {
  const cell = ws.getCell(r, c);
  cell.font = { name: FONT, size: 10, bold: gc.bold ?? false };
  const align = gc.align ?? (gc.kind === 'amount' || gc.kind === 'count' ? 'right' : gc.kind === 'head' || gc.kind === 'rowno' || gc.kind === 'na' ? 'center' : 'left');
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: gc.kind === 'head' || gc.kind === 'text' || gc.kind === 'label', indent: gc.indent ? gc.indent : undefined };
  if (gc.kind === 'amount') {
    if (gc.value != null) {
      // Decimal stays exact up to here; the cell needs a number.
      cell.value = Number(amountInUnit(gc.value, filing.meta.unit).toString());
    }
    cell.numFmt = AMOUNT_FORMAT;
  } else if (gc.kind === 'count') {
    if (gc.value != null) cell.value = Number(gc.value.toString());
    cell.numFmt = '#,##0';
  } else if (gc.kind === 'rowno' && /^\d+$/.test(gc.text ?? '')) {
    cell.value = Number(gc.text);
    cell.numFmt = '0';
  } else if (gc.text) {
    cell.value = gc.text;
  }
}

/** Width units a text needs at 10pt: a Chinese character about two, other characters about one. */
function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e7f ? 2.1 : 1.1;
  return n;
}

/**
 * Excel fits row heights to wrapped text by itself, except in merged cells: a row with merged text
 * (the forms' long answers, notes) gets the height its text needs, so nothing is cut off.
 */
function fitMergedRow(ws: ExcelJS.Worksheet, r: number, cells: Array<{ text: string; width: number }>): void {
  let lines = 1;
  for (const c of cells) {
    const paragraphs = c.text.split(/\r?\n/);
    const need = paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(textUnits(p) / Math.max(4, c.width - 1))), 0);
    lines = Math.max(lines, need);
  }
  if (lines > 1) ws.getRow(r).height = Math.min(409, lines * 14 + 4);
}

/** Writes a grid at `top` (1-based row); returns the next free row. */
function writeGrid(ws: ExcelJS.Worksheet, grid: Grid, top: number, filing: Filing): number {
  const rows = [...grid.head, ...grid.body];
  const width = grid.columns.length;
  rows.forEach((row, i) => {
    const r = top + i;
    for (let c = 0; c < width; c++) ws.getCell(r, c + 1).border = BORDER;
    const merged: Array<{ text: string; width: number }> = [];
    row.forEach((gc, c) => {
      if (!gc) return;
      setCell(ws, r, c + 1, gc, filing);
      const rs = gc.rowSpan ?? 1;
      const cs = gc.colSpan ?? 1;
      if (rs > 1 || cs > 1) ws.mergeCells(r, c + 1, r + rs - 1, c + cs);
      if (cs > 1 && rs === 1 && gc.text) merged.push({ text: gc.text, width: grid.columns.slice(c, c + cs).reduce((w, x) => w + x.width, 0) });
    });
    fitMergedRow(ws, r, merged);
  });
  return top + rows.length;
}

function heading(ws: ExcelJS.Worksheet, r: number, width: number, text: string, size: number, bold: boolean, horizontal: 'left' | 'center' | 'right', from = 1, to = width): void {
  const cell = ws.getCell(r, from);
  cell.value = text;
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

function writeTable(wb: ExcelJS.Workbook, layout: TableLayout, filing: Filing): void {
  const width = layout.grid.columns.length;
  const ws = wb.addWorksheet(layout.number || layout.id);
  layout.grid.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.getRow(1).height = 30;
  heading(ws, 1, width, layout.title, 16, true, 'center');
  heading(ws, 2, width, layout.number, 10, false, 'right');
  // 部门名称 left, 年度 centre, 金额单位 right, each over about a third of the width.
  const a = Math.max(1, Math.floor(width / 3));
  const b = Math.min(width - 1, Math.max(a + 1, width - Math.floor(width / 3)));
  heading(ws, 3, width, layout.orgLine, 10, false, 'left', 1, a);
  heading(ws, 3, width, layout.yearLine, 10, false, 'center', a + 1, b);
  heading(ws, 3, width, layout.unitLine, 10, false, 'right', b + 1, width);
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
    fitMergedRow(ws, r, [{ text: note, width: total }]);
    r++;
  }
  if (layout.empty) heading(ws, r, width, NO_DATA_NOTE, 10, false, 'left');
  ws.pageSetup.printArea = `A1:${colLetter(width)}${r}`;
}

function evaluationSheetName(i: number, name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '').slice(0, 20);
  return `自评表${i + 1}${clean ? '-' + clean : ''}`.slice(0, 31);
}

function writeEvaluation(wb: ExcelJS.Workbook, ev: Evaluation, i: number, filing: Filing): void {
  const layout = evaluationLayout(ev);
  const width = layout.grid.columns.length;
  const ws = wb.addWorksheet(evaluationSheetName(i, ev.name));
  layout.grid.columns.forEach((c, k) => (ws.getColumn(k + 1).width = c.width));
  heading(ws, 1, width, '附件1', 10, false, 'left');
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
  ws.getCell(1, width + 1).value = formMarkText({ id: ev.id, published: ev.published, executionAuto: ev.executionScore.trim() === '' });
  for (const { row, id } of layout.indicatorRows) ws.getCell(top + row, width + 1).value = indicatorMarkText(id);
}

/**
 * The workbook as bytes: 公开01表 … 公开10表, then one sheet per self-evaluation form. A table the filing
 * does not have (absent) gets no sheet, so importing the workbook gives back the same absence.
 */
export async function buildWorkbook(filing: Filing, template: Template): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const absent = new Set(filing.absent ?? []);
  for (const layout of tableLayouts(filing, template)) if (!absent.has(layout.id)) writeTable(wb, layout, filing);
  filing.evaluations.forEach((ev, i) => writeEvaluation(wb, ev, i, filing));
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
