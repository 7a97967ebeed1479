// Reads an .xlsx workbook from disk as untrusted input: size, zip and sheet limits, a time limit, plain
// values copied out (formulas never evaluated: a formula cell counts only through its cached number).
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { ImportResult } from '../../shared/host-api';
import { importWorkbook } from '../../shared/io/xlsx/import-workbook';
import type { SheetCell, SheetData } from '../../shared/io/xlsx/sheet-data';
import { getTemplate, listTemplates } from '../../shared/templates/registry';
import type { Template } from '../../shared/templates/types';

export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  // exceljs reads a whole sheet before we can stop it, so the zip's parts are bounded up front.
  unzippedBytes: 120 * 1024 * 1024,
  partBytes: 40 * 1024 * 1024,
  zipEntries: 5000,
  sheets: 60,
  rows: 3000,
  cols: 80,
  textChars: 2000,
  timeMs: 30_000,
};

/** Checks the zip's central directory before anything unpacks it (zip bombs, absurd entry counts). */
export function checkZip(buf: Buffer): string | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return '不是 xlsx 文件（.xls 或 .et 文件请先在 Excel/WPS 中另存为 .xlsx）';
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return '文件已损坏：找不到压缩目录';
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries > IMPORT_LIMITS.zipEntries) return `文件包含 ${entries} 个部件，超过上限`;
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return '文件已损坏：压缩目录不完整';
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return '文件过大（ZIP64），不予读取';
    if (size > IMPORT_LIMITS.partBytes) return `文件中有一个部件解压后超过 ${IMPORT_LIMITS.partBytes / 1024 / 1024} MB（工作表过大），不予读取`;
    total += size;
    if (total > IMPORT_LIMITS.unzippedBytes) return `文件解压后超过 ${IMPORT_LIMITS.unzippedBytes / 1024 / 1024} MB，不予读取`;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return null;
}

function clip(s: string): string {
  return s.length > IMPORT_LIMITS.textChars ? s.slice(0, IMPORT_LIMITS.textChars) : s;
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

function pickTemplate(year: number | null): Template {
  const all = listTemplates();
  return all.find((t) => t.year === year) ?? getTemplate(all[0]?.id ?? 'shanxi-2022');
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(what)), ms);
    }),
  ]);
}

/** Imports an official-layout workbook. Never throws: a refusal says what is wrong and what to do. */
export async function importXlsxFile(path: string): Promise<ImportResult> {
  const name = path.split(/[\\/]/).pop() ?? path;
  try {
    const st = await stat(path);
    if (!st.isFile()) return { ok: false, message: `“${name}”不是文件` };
    if (st.size > IMPORT_LIMITS.fileBytes) return { ok: false, message: `“${name}”有 ${(st.size / 1024 / 1024).toFixed(1)} MB，超过 ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB 的导入上限；请只保留公开表后再导入` };
    const buf = await readFile(path);
    const zipProblem = checkZip(buf);
    if (zipProblem) return { ok: false, message: `无法导入“${name}”：${zipProblem}` };
    const deadline = Date.now() + IMPORT_LIMITS.timeMs;
    const wb = new ExcelJS.Workbook();
    await withTimeout(wb.xlsx.load(buf as unknown as ExcelJS.Buffer), IMPORT_LIMITS.timeMs, '读取超时');
    if (wb.worksheets.length > IMPORT_LIMITS.sheets) return { ok: false, message: `无法导入“${name}”：有 ${wb.worksheets.length} 张工作表，超过 ${IMPORT_LIMITS.sheets} 张的上限` };
    const sheets = wb.worksheets.map((ws) => sheetData(ws, deadline));
    const { filing, report } = importWorkbook(sheets, pickTemplate);
    if (report.read.length === 0) {
      const refused = report.sheets.filter((s) => s.status === 'refused').flatMap((s) => s.notRead);
      if (refused.length > 0) return { ok: false, message: `“${name}”中的表都与模板不符，没有读入任何数据：\n${refused.join('\n')}` };
      return { ok: false, message: `“${name}”中没有找到任何公开表（按“公开01表”等表号或表名查找）。请确认这是部门决算公开表的工作簿。` };
    }
    return { ok: true, filing, report };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (why === '读取超时') return { ok: false, message: `读取“${name}”超过 ${IMPORT_LIMITS.timeMs / 1000} 秒，已停止；文件可能过大或已损坏` };
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') return { ok: false, message: `找不到文件“${path}”` };
    return { ok: false, message: `无法导入“${name}”：文件已损坏或不是 xlsx 工作簿（${why.slice(0, 80)}）` };
  }
}
