// The submission package: the workbook, the PDF, the .jsgk file and the findings report, written into one
// folder. Refused while any 强制 error stands or any 提示 lacks its 出错说明, listing them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageRequest, PackageResult } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import type { Finding } from '../../shared/rules/types';
import { evaluateAll } from '../../shared/rules/engine';
import { serializeFiling } from '../../shared/filing/schema';
import { reviewReportHtml } from '../../shared/review/report';
import { getTemplate } from '../../shared/templates/registry';
import { buildWorkbook } from './xlsx-writer';
import { openPdfRenderer } from './pdf-writer';
import type { PdfRenderer } from './pdf-writer';

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

export async function writePackage(req: PackageRequest, renderer?: PdfRenderer): Promise<PackageResult> {
  const { filing } = req;
  const template = getTemplate(filing.template);
  const findings = evaluateAll(filing, template);
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { ok: false, message: refusalMessage(blocking), blocking };
  await mkdir(req.outDir, { recursive: true });
  const base = packageBaseName(filing);
  const files: string[] = [];
  const put = async (name: string, data: string | Buffer) => {
    const p = join(req.outDir, name);
    await writeFile(p, data);
    files.push(p);
  };
  await put(`${base}.xlsx`, await buildWorkbook(filing, template));
  const r = renderer ?? (await openPdfRenderer());
  try {
    await put(`${base}.pdf`, (await r.render({ filing, template })).pdf);
  } finally {
    if (!renderer) await r.close();
  }
  await put(`${base}.jsgk`, serializeFiling(filing));
  const numbers = new Map(template.tables.map((t) => [t.id, t.number]));
  await put(`${base}-审核报告.html`, reviewReportHtml(filing, findings, { tableNumber: (t) => numbers.get(t) ?? t, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') }));
  return { ok: true, outDir: req.outDir, files };
}
