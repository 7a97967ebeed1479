// The submission package (报送包): one zip holding the workbook, the PDF, the .jsgk file, the 审核报告 as
// PDF and HTML, and a manifest (every file's size and SHA-256, the template, unit, year, finding counts and
// time), so the receiver can verify what arrived. Refused while a table or form is absent (its rules 未核对),
// any 强制 error stands or any 提示 lacks its 出错说明, listing them; an existing package is never replaced silently.
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import type { PackageRequest, PackageResult } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import type { Finding } from '../../shared/rules/types';
import type { Template } from '../../shared/templates/types';
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

export const MANIFEST_NAME = 'manifest.json';

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

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** manifest.json: what the package holds and what the filing's check said when it was made. */
export interface PackageManifest {
  format: 'juesuan-submission';
  version: 1;
  createdAt: string;
  template: { id: string; name: string };
  department: string;
  year: number;
  unit: string;
  findings: { errors: number; warnings: number; explained: number };
  /** Present (true) only on a built-in sample's package: its files are marked 示例文件，不是正式决算. */
  sample?: true;
  files: ManifestFile[];
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function buildManifest(filing: Filing, template: Template, findings: Finding[], files: Array<{ name: string; data: Uint8Array }>, createdAt: Date): PackageManifest {
  const warnings = findings.filter((f) => f.severity === 'warning');
  return {
    format: 'juesuan-submission',
    version: 1,
    createdAt: createdAt.toISOString(),
    template: { id: template.id, name: template.name },
    department: filing.meta.department,
    year: filing.meta.year,
    unit: filing.meta.unit,
    findings: { errors: findings.length - warnings.length, warnings: warnings.length, explained: warnings.filter((f) => (f.explanation ?? '').trim()).length },
    // A receiver's tool reads this before any file: a sample is never a submission.
    ...(filing.sample ? { sample: true as const } : {}),
    files: files.map((f) => ({ name: f.name, bytes: f.data.length, sha256: sha256(f.data) })),
  };
}

/** Where the archive goes: req.outDir itself when it names a .zip, else <outDir>/<单位><年度>年度部门决算公开.zip. */
export function packagePath(req: PackageRequest): string {
  return /\.zip$/i.test(req.outDir) ? req.outDir : join(req.outDir, `${packageBaseName(req.filing)}.zip`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * With a job: progress and cancel. The archive appears only when complete (temp file + rename), so a
 * cancelled or failed package leaves nothing behind.
 */
export async function writePackage(req: PackageRequest, renderer?: PdfRenderer, job?: ExportJob, now: () => Date = () => new Date()): Promise<PackageResult> {
  const { filing } = req;
  const template = getTemplate(filing.template);
  report(job, '检查审核结果', 2);
  const { findings, unchecked } = checkAll(filing, template);
  const absent = filing.absent ?? [];
  // A submission is the whole disclosure: with a table missing, its rules were never checked.
  if (absent.length > 0) return { ok: false, message: absentMessage(absent.map((t) => presenceName(template, t))), blocking: [] };
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { ok: false, message: refusalMessage(blocking), blocking };
  const target = packagePath(req);
  if (!req.overwrite && (await exists(target))) {
    return { ok: false, code: 'exists', message: `报送包 ${target} 已存在。如要替换，请确认覆盖（命令行加 --force），或换一个文件夹。`, blocking: [] };
  }
  const base = packageBaseName(filing);
  const created = now();
  const stamp = created.toISOString().slice(0, 16).replace('T', ' ');
  const reportHtml = reviewReportHtml(filing, findings, { template, generatedAt: stamp, unchecked });
  const files: Array<{ name: string; data: Uint8Array }> = [];
  const made = await mkdir(dirname(target), { recursive: true });
  try {
    report(job, '生成 Excel', 5);
    files.push({ name: `${base}.xlsx`, data: await buildWorkbook(filing, template) });
    const r = renderer ?? (await openPdfRenderer());
    try {
      files.push({ name: `${base}.pdf`, data: (await r.render({ filing, template }, job)).pdf });
      report(job, '生成审核报告', 85);
      files.push({ name: `${base}-审核报告.pdf`, data: await r.renderHtml(reportHtml) });
    } finally {
      if (!renderer) await r.close();
    }
    files.push({ name: `${base}-审核报告.html`, data: Buffer.from(reportHtml, 'utf8') });
    files.push({ name: `${base}.jsgk`, data: Buffer.from(serializeFiling(filing), 'utf8') });
    const manifest = buildManifest(filing, template, findings, files, created);
    report(job, '写入报送包', 95);
    // Made on Unix (os 3) with UTF-8 names flagged: Windows, 7-Zip, Python and Info-ZIP unzip all read the Chinese names.
    const entries: Record<string, [Uint8Array, { mtime: Date; os: number; attrs: number }]> = {};
    for (const f of [...files, { name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') }]) entries[f.name] = [f.data, { mtime: created, os: 3, attrs: 0o100644 << 16 }];
    await writeFileComplete(target, Buffer.from(zipSync(entries, { level: 6 })), job);
    return { ok: true, outDir: req.outDir, archive: target, files: files.map((f) => f.name).concat(MANIFEST_NAME), manifest };
  } catch (e) {
    if (made) await rm(made, { recursive: true, force: true }).catch(() => undefined);
    if (isCancelled(e, job)) return { ok: false, code: 'cancelled', message: '已取消生成报送包，没有留下文件。', blocking: [] };
    throw e;
  }
}
