// The parse of an .xlsx, run inside the import worker (import-worker.ts) where it can be stopped: every part
// is inflated with a running byte limit and scanned for ranges exceljs would expand cell by cell, and only
// then does exceljs load it. Plain values are copied out (formulas never evaluated: a formula cell counts
// only through its cached number).
import ExcelJS from 'exceljs';
import type { ImportResult } from '../../shared/host-api';
import { importRecognised } from '../../shared/io/xlsx/recognize';
import type { SheetCell, SheetData } from '../../shared/io/xlsx/sheet-data';
import { listTemplates } from '../../shared/templates/registry';
import { cleanText } from '../../shared/filing/schema-check';
import { IMPORT_LIMITS, checkZip } from './import-limits';
import { checkRanges, scannedPart } from './xlsx-ranges';
import { inflateParts } from './xlsx-zip';

/** Cell text as the filing may hold it: bounded, and without characters no file of ours can carry. */
function clip(s: string): string {
  return cleanText(s.length > IMPORT_LIMITS.textChars ? s.slice(0, IMPORT_LIMITS.textChars) : s);
}

/** One cell as a plain value; anything else becomes text or a reason it cannot be read. */
export function plainCell(cell: ExcelJS.Cell): SheetCell {
  if (cell.isMerged && cell.master !== cell) return { v: null };
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { v: null };
  if (typeof v === 'number') return { v };
  if (typeof v === 'string') return { v: clip(v) };
  if (typeof v === 'boolean') return { v: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { v: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { v: clip(o.richText.map((x) => (x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string' ? (x as { text: string }).text : '')).join('')) };
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (typeof r === 'number') return { v: r };
      if (typeof r === 'string') return { v: clip(r) };
      if (r === undefined || r === null) return { v: '（公式）', bad: '公式没有保存计算结果（请在 Excel/WPS 中打开并保存后再导入）' };
      return { v: '（公式）', bad: '公式的结果不是数字' };
    }
    if ('error' in o) return { v: String(o.error).slice(0, 20), bad: `单元格是错误值 ${String(o.error).slice(0, 20)}` };
    if (typeof o.text === 'string') return { v: clip(o.text) };
  }
  return { v: null, bad: '无法识别的单元格内容' };
}

export function sheetData(ws: ExcelJS.Worksheet, deadline: number): SheetData {
  const rows: SheetCell[][] = [];
  let truncated: string | undefined;
  const rowCount = Math.min(ws.rowCount, IMPORT_LIMITS.rows);
  if (ws.rowCount > IMPORT_LIMITS.rows) truncated = `超过 ${IMPORT_LIMITS.rows} 行，只读了前 ${IMPORT_LIMITS.rows} 行`;
  const colCount = Math.min(ws.columnCount, IMPORT_LIMITS.cols);
  if (ws.columnCount > IMPORT_LIMITS.cols) truncated = `${truncated ? truncated + '；' : ''}超过 ${IMPORT_LIMITS.cols} 列，只读了前 ${IMPORT_LIMITS.cols} 列`;
  for (let r = 1; r <= rowCount; r++) {
    if (Date.now() > deadline) throw new Error('读取超时');
    const row = ws.getRow(r);
    const out: SheetCell[] = [];
    for (let c = 1; c <= colCount; c++) out.push(plainCell(row.getCell(c)));
    rows.push(out);
  }
  return { name: ws.name.slice(0, 64), rows, truncated };
}

export interface ReadOptions {
  /** Skip the range scan (tests only: to show the worker's own limits stop what the scan would refuse). */
  prescan?: boolean;
}

/** The problem that stops a workbook before exceljs sees it: the zip, its inflated sizes, huge ranges. */
export function precheck(buf: Buffer, options: ReadOptions = {}): string | null {
  const zipProblem = checkZip(buf);
  if (zipProblem) return zipProblem;
  const limits = { entries: IMPORT_LIMITS.zipEntries, partBytes: IMPORT_LIMITS.partBytes, totalBytes: IMPORT_LIMITS.unzippedBytes };
  return inflateParts(buf, limits, (name, data) => (options.prescan !== false && scannedPart(name) ? checkRanges(data.toString('utf8')) : null));
}

/** Reads a workbook's bytes. Throws only on a file exceljs cannot read; `name` is for messages. */
export async function readWorkbookBytes(buf: Buffer, name: string, options: ReadOptions = {}): Promise<ImportResult> {
  const problem = precheck(buf, options);
  if (problem) return { ok: false, message: `无法导入“${name}”：${problem}` };
  const deadline = Date.now() + IMPORT_LIMITS.timeMs;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  if (wb.worksheets.length > IMPORT_LIMITS.sheets) return { ok: false, message: `无法导入“${name}”：有 ${wb.worksheets.length} 张工作表，超过 ${IMPORT_LIMITS.sheets} 张的上限` };
  const sheets = wb.worksheets.map((ws) => sheetData(ws, deadline));
  const { filing, report } = importRecognised(sheets, listTemplates(), { fileName: name });
  if (report.read.length === 0) {
    // Sheets that were recognised but did not fit the template say why, rather than "no tables".
    const refused = report.sheets.filter((s) => s.status === 'refused').flatMap((s) => s.notRead);
    if (refused.length > 0) return { ok: false, message: `“${name}”中的表都与模板不符，没有读入任何数据：\n${refused.join('\n')}` };
    return { ok: false, message: `“${name}”中没有找到任何公开表（按“公开01表”等表号或表名查找）。请确认这是部门决算公开表的工作簿。` };
  }
  return { ok: true, filing, report };
}
