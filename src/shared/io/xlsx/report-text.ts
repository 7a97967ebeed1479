// The read report as text: per sheet what was read, what was not and why, and what was decided; then
// the tables and forms the workbook did not provide. Printed by the CLI and shown by the app after import.
import type { ImportReport } from '../../types/import-report';

const STATUS: Record<string, string> = { read: '已读入', refused: '未读入（与模板不符）', skipped: '已跳过' };

export function importReportLines(report: ImportReport): string[] {
  const lines: string[] = [...(report.identity ?? [])];
  for (const s of report.sheets) {
    lines.push(`工作表“${s.sheet}”${s.as ? `：${s.as}` : ''}，${STATUS[s.status]}`);
    for (const x of s.read) lines.push(`  读入：${x}`);
    for (const x of s.decisions) lines.push(`  判断：${x}`);
    for (const x of s.notRead) lines.push(`  未读入：${x}`);
  }
  for (const x of report.restored ?? []) lines.push(`读回决算通附表：${x}`);
  if (report.absent.length > 0) {
    lines.push(`未提供：${report.absent.join('、')}（读这些表的审核公式未核对；在程序中填写或确认“本表无数据”后才核对）`);
  }
  return lines;
}
