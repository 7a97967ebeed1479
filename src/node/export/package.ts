// The submission package: the workbook, the PDF, the .jsgk file and the findings report, written into one
// folder. Refused while a table or form is absent (its rules unchecked), any 强制 error stands or any 提示
// lacks its 出错说明, listing them.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageRequest, PackageResult } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import type { Finding } from '../../shared/rules/types';
import { checkAll } from '../../shared/rules/engine';
import { presenceName } from '../../shared/rules/presence';
import { serializeFiling } from '../../shared/filing/schema';
import { reviewReportHtml } from '../../shared/review/report';
import { getTemplate } from '../../shared/templates/registry';
import { buildWorkbook } from './xlsx-writer';
import { openPdfRenderer } from './pdf-writer';
import type { PdfRenderer } from './pdf-writer';
import type { ExportJob } from './job';
import { isCancelled, report, writeFileComplete } from './job';

/** Findings that stop a submission: every 强制 error, and every 提示 with no written explanation. */
export function blockingFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || !(f.explanation ?? '').trim());
}

/** A file name safe on Windows and Linux from the department name. */
export function packageBaseName(filing: Filing): string {
  const dept = filing.meta.department.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim().slice(0, 60) || '部门';
  return `${dept}${filing.meta.year}年度部门决算公开`;
}

export function refusalMessage(blocking: Finding[]): string {
  const errors = blocking.filter((f) => f.severity === 'error');
  const warnings = blocking.filter((f) => f.severity === 'warning');
  const parts: string[] = [];
  if (errors.length) parts.push(`${errors.length} 个强制错误未改正`);
  if (warnings.length) parts.push(`${warnings.length} 个提示没有填写出错说明`);
  const list = blocking.slice(0, 20).map((f, i) => `${i + 1}. [${f.severity === 'error' ? '强制' : '提示'}] ${f.message}`);
  const more = blocking.length > 20 ? [`……另有 ${blocking.length - 20} 项`] : [];
  return [`不能生成报送包：${parts.join('，')}。请改正错误、为提示填写说明后再试。`, ...list, ...more].join('\n');
}

export function absentMessage(names: string[]): string {
  return `不能生成报送包：文件缺少 ${names.join('、')}，读这些表的审核公式未核对。请在程序中填写这些表（没有数据的表也请打开并确认“本表无数据”），或导入含这些表的工作簿后再试。`;
}

/**
 * With a job: progress and cancel. A cancelled or failed package removes what it had written (and the
 * folder, if it made it), so the clerk never finds half a package.
 */
export async function writePackage(req: PackageRequest, renderer?: PdfRenderer, job?: ExportJob): Promise<PackageResult> {
  const { filing } = req;
  const template = getTemplate(filing.template);
  report(job, '检查审核结果', 2);
  const { findings } = checkAll(filing, template);
  const absent = filing.absent ?? [];
  // A submission is the whole disclosure: with a table missing, its rules were never checked.
  if (absent.length > 0) return { ok: false, message: absentMessage(absent.map((t) => presenceName(template, t))), blocking: [] };
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { ok: false, message: refusalMessage(blocking), blocking };
  const made = await mkdir(req.outDir, { recursive: true });
  const base = packageBaseName(filing);
  const files: string[] = [];
  const put = async (name: string, data: string | Buffer) => {
    const p = join(req.outDir, name);
    await writeFileComplete(p, data, job);
    files.push(p);
  };
  try {
    report(job, '生成 Excel', 5);
    await put(`${base}.xlsx`, await buildWorkbook(filing, template));
    const r = renderer ?? (await openPdfRenderer());
    try {
      await put(`${base}.pdf`, (await r.render({ filing, template }, job)).pdf);
    } finally {
      if (!renderer) await r.close();
    }
    report(job, '写入文件', 95);
    await put(`${base}.jsgk`, serializeFiling(filing));
    const numbers = new Map(template.tables.map((t) => [t.id, t.number]));
    await put(`${base}-审核报告.html`, reviewReportHtml(filing, findings, { tableNumber: (t) => numbers.get(t) ?? t, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') }));
  } catch (e) {
    for (const f of files) await rm(f, { force: true }).catch(() => undefined);
    if (made) await rm(made, { recursive: true, force: true }).catch(() => undefined);
    if (isCancelled(e, job)) return { ok: false, code: 'cancelled', message: '已取消生成报送包，没有留下文件。', blocking: [] };
    throw e;
  }
  return { ok: true, outDir: req.outDir, files };
}
