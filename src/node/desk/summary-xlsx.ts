// The desk's summary workbook: 汇总 (a row per filing), 全部问题 (every finding of every filing) and 未核对
// (per filing, every rule or item that could not be checked, and why), and a filing's 检查表 as a workbook.
// Written with exceljs, as the official tables are.
import ExcelJS from 'exceljs';
import type { DeskRow, SummaryFinding, SummaryUnchecked } from '../../shared/desk/rows';
import { uncheckedClosing } from '../../shared/desk/rows';
import type { CheckSheet } from '../../shared/desk/check-sheet';

export const SUMMARY_COLUMNS: Array<{ header: string; key: keyof DeskRow | 'consolidatedText'; width: number }> = [
  { header: '文件', key: 'file', width: 40 },
  { header: '单位', key: 'unit', width: 28 },
  { header: '模板', key: 'template', width: 26 },
  { header: '年度', key: 'year', width: 8 },
  { header: '强制', key: 'errors', width: 7 },
  { header: '提示', key: 'warnings', width: 7 },
  { header: '提示已说明', key: 'explained', width: 11 },
  { header: '提示未说明', key: 'unexplained', width: 11 },
  { header: '未核对', key: 'unchecked', width: 8 },
  { header: '审阅意见未解决', key: 'notesOpen', width: 14 },
  { header: '审阅意见已解决', key: 'notesResolved', width: 14 },
  { header: '状态', key: 'state', width: 9 },
  { header: '汇总', key: 'consolidatedText', width: 7 },
  { header: '原因', key: 'reason', width: 50 },
];

export const FINDING_COLUMNS: Array<{ header: string; key: keyof SummaryFinding; width: number }> = [
  { header: '文件', key: 'file', width: 36 },
  { header: '单位', key: 'unit', width: 24 },
  { header: '类别', key: 'severity', width: 7 },
  { header: '审核公式', key: 'rule', width: 18 },
  { header: '问题', key: 'message', width: 70 },
  { header: '单元格', key: 'cells', width: 30 },
  { header: '出错说明', key: 'explanation', width: 30 },
  { header: '审阅意见', key: 'notes', width: 30 },
];

export const UNCHECKED_COLUMNS: Array<{ header: string; key: keyof SummaryUnchecked; width: number }> = [
  { header: '文件', key: 'file', width: 36 },
  { header: '单位', key: 'unit', width: 24 },
  { header: '审核公式', key: 'rule', width: 18 },
  { header: '内容', key: 'what', width: 60 },
  { header: '原因', key: 'why', width: 40 },
];

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function sheet(wb: ExcelJS.Workbook, name: string, columns: Array<{ header: string; key: string; width: number }>, rows: Array<Record<string, unknown>>): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const r of rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.eachRow((row, n) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.font = { name: '宋体', size: 10, bold: n === 1 };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

export async function summaryWorkbook(rows: DeskRow[], findings: SummaryFinding[], unchecked: SummaryUnchecked[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  sheet(wb, '汇总', SUMMARY_COLUMNS, rows.map((r) => ({ ...r, year: r.year ?? '', reason: r.reason ?? '', consolidatedText: r.consolidated ? '是' : '' })));
  sheet(wb, '全部问题', FINDING_COLUMNS, findings as unknown as Array<Record<string, unknown>>);
  const closing = uncheckedClosing(rows, unchecked.length);
  sheet(wb, '未核对', UNCHECKED_COLUMNS, [...unchecked, ...(closing ? [{ what: closing }] : [])] as unknown as Array<Record<string, unknown>>);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function checkSheetWorkbook(s: CheckSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  const rows: Array<Record<string, unknown>> = [];
  for (const g of s.groups) {
    rows.push({ group: g.title, title: `是否通过：${g.passed}` });
    for (const r of g.rules) {
      const first = r.findings[0];
      const message = first?.message ?? (r.reason ? `未核对：${r.reason}` : '');
      rows.push({ group: '', title: r.title, severity: r.severity, status: r.status, message, cells: first?.cells ?? '', explanation: first?.explanation ?? '', notes: first?.notes ?? '' });
      for (const f of r.findings.slice(1)) rows.push({ message: f.message, cells: f.cells, explanation: f.explanation, notes: f.notes });
    }
  }
  sheet(wb, '检查表', [
    { header: '审核组', key: 'group', width: 22 },
    { header: '审核内容', key: 'title', width: 40 },
    { header: '类别', key: 'severity', width: 7 },
    { header: '结果', key: 'status', width: 9 },
    { header: '问题', key: 'message', width: 60 },
    { header: '单元格', key: 'cells', width: 28 },
    { header: '出错说明', key: 'explanation', width: 28 },
    { header: '审阅意见', key: 'notes', width: 28 },
  ], rows);
  sheet(wb, '未核对', [
    { header: '审核公式', key: 'rule', width: 18 },
    { header: '内容', key: 'what', width: 60 },
    { header: '原因', key: 'why', width: 40 },
  ], s.unchecked.length ? s.unchecked.map((u) => ({ rule: u.rule ?? '', what: u.what, why: u.why })) : [{ what: '无：每条审核公式都已核对。' }]);
  sheet(wb, '审阅意见', [
    { header: '位置', key: 'where', width: 30 },
    { header: '审阅意见与答复', key: 'text', width: 70 },
    { header: '状态', key: 'state', width: 9 },
  ], s.notes);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
