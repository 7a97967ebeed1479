// 审核结果.xlsx: the findings list of a filing (sheet 审核结果: 表, 单元格, 规则, 级别, 说明, 差额, 出错说明)
// and the rules that could not be checked (sheet 未核对). The engine runs here again on the filing sent,
// so the list is the host's own check, not whatever the page held.
import ExcelJS from 'exceljs';
import type { ExportRequest, ExportResult } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import { getTemplate } from '../../shared/templates/registry';
import { checkAll } from '../../shared/rules/engine';
import { cleanText } from '../../shared/filing/schema-check';
import { FINDINGS_COLUMNS, findingRows, uncheckedRows } from '../../shared/io/findings-rows';
import type { ExportJob } from './job';
import { report, writeFileComplete } from './job';
import { exportFailure } from './xlsx-export';
import { sampleMark } from '../../shared/io/sample-mark';

const WIDTHS = [12, 40, 44, 8, 70, 16, 40];

function header(ws: ExcelJS.Worksheet, labels: readonly string[], widths: number[]): void {
  ws.addRow([...labels]).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function buildFindingsWorkbook(filing: Filing): Promise<Buffer> {
  const template = getTemplate(filing.template);
  const { findings, unchecked } = checkAll(filing, template);
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  const ws = wb.addWorksheet('审核结果');
  header(ws, FINDINGS_COLUMNS, WIDTHS);
  for (const r of findingRows(filing, template, findings)) {
    const row = ws.addRow([r.table, r.cell, r.rule, r.severity, cleanText(r.message), null, r.explanation ? cleanText(r.explanation) : null]);
    // 差额 as a number (in 元, or a count), so it sums and sorts in Excel; the decimal string is exact to the fen.
    if (r.gap) {
      const c = row.getCell(6);
      c.value = Number(r.gap);
      c.numFmt = r.gap.includes('.') ? '#,##0.00' : '0';
    }
    row.alignment = { vertical: 'top', wrapText: true };
  }
  if (findings.length === 0) ws.addRow(['', '', '', '', '全部审核公式通过，没有审核问题。']);
  const us = wb.addWorksheet('未核对');
  header(us, ['规则', '级别', '未核对原因'], [60, 8, 40]);
  for (const r of uncheckedRows(template, unchecked)) us.addRow([r.rule, r.severity, r.reason]);
  if (unchecked.length === 0) us.addRow(['没有未核对的审核公式。']);
  // A sample's findings list says so on every printed page; its cells keep the layout readers of it expect.
  const mark = sampleMark(filing);
  if (mark) for (const sheet of [ws, us]) sheet.headerFooter = { ...sheet.headerFooter, oddHeader: `&R&"宋体,Bold"&KC00000${mark}`, oddFooter: `&L&"宋体,Bold"&KC00000${mark}&R第 &P 页` };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportFindings(req: ExportRequest, job?: ExportJob): Promise<ExportResult> {
  try {
    report(job, '生成审核结果', 10);
    const buf = await buildFindingsWorkbook(req.filing);
    report(job, '写入文件', 90);
    await writeFileComplete(req.path, buf, job);
    return { ok: true, path: req.path, bytes: buf.length };
  } catch (e) {
    return exportFailure('导出审核结果', e, job);
  }
}
