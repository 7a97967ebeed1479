// Excel export as the hosts call it. Kept apart from the PDF writer so that a host can load it without
// pulling in the Chromium driver (the Electron main bundle prints PDFs its own way).
import type { ExportRequest, ExportResult } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import { getTemplate } from '../../shared/templates/registry';
import { draftMark } from '../../shared/io/draft-mark';
import { sampleMark } from '../../shared/io/sample-mark';
import { evaluateAll } from '../../shared/rules/engine';
import { buildWorkbook } from './xlsx-writer';
import type { ExportJob } from './job';
import { CANCELLED_MESSAGE, isCancelled, report, writeFileComplete } from './job';

export function exportFailure(what: string, e: unknown, job?: ExportJob): { ok: false; message: string; code?: string } {
  if (isCancelled(e, job)) return { ok: false, code: 'cancelled', message: CANCELLED_MESSAGE };
  const why = e instanceof Error ? e.message : String(e);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${what}失败：没有写入权限，请换一个保存位置。` };
  if (code === 'ENOENT') return { ok: false, message: `${what}失败：保存位置不存在，请先选择一个已有的文件夹。` };
  if (code === 'EBUSY') return { ok: false, message: `${what}失败：文件正被其他程序（如 Excel/WPS）打开，请关闭后再试。` };
  return { ok: false, message: `${what}失败：${why}` };
}

/** With a job: progress (生成表格, 写入文件) and cancel; the file appears at `req.path` only when complete. */
export async function exportXlsx(req: ExportRequest, job?: ExportJob): Promise<ExportResult> {
  try {
    report(job, '生成表格', 10);
    const buf = await buildWorkbook(req.filing, getTemplate(req.filing.template));
    report(job, '写入文件', 90);
    await writeFileComplete(req.path, buf, job);
    return { ok: true, path: req.path, bytes: buf.length, ...marksOf(req.filing) };
  } catch (e) {
    return exportFailure('导出 Excel ', e, job);
  }
}

/** The result's marks: the draft mark when 强制 errors stand, the sample mark when the filing is a built-in sample. */
export function marksOf(filing: Filing): { draft?: string; sample?: string } {
  const mark = draftMark(evaluateAll(filing, getTemplate(filing.template)));
  const sample = sampleMark(filing);
  return { ...(mark ? { draft: mark } : {}), ...(sample ? { sample } : {}) };
}
