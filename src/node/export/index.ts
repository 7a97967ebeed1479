// The export services the hosts call (signatures as HostApi): exportXlsx, exportPdf, importXlsx,
// packageSubmission. Each returns a result and never throws; a failure says what went wrong and what to do.
import type { ExportRequest, ExportResult, ImportResult, PackageRequest, PackageResult } from '../../shared/host-api';
import { getTemplate } from '../../shared/templates/registry';
import { openPdfRenderer } from './pdf-writer';
import { importXlsxFile } from './import-xlsx';
import { writePackage } from './package';
import type { ExportJob } from './job';
import { report, throwIfCancelled, writeFileComplete } from './job';
import { marksOf, exportFailure as failure } from './xlsx-export';

export { openPdfRenderer, launchBrowser, renderWithPrinter, CHROMIUM_ARGS, CHROMIUM_PATH } from './pdf-writer';
export type { PdfRenderer } from './pdf-writer';
export { buildWorkbook } from './xlsx-writer';
export { exportXlsx } from './xlsx-export';
export { exportFindings } from './findings-xlsx';
export { blockingFindings } from './package';
export type { ExportJob } from './job';
export { ExportCancelled, CANCELLED_MESSAGE, writeFileComplete } from './job';



/** With a job: progress (生成排版, 第一遍排版, 编排目录页码, 写入文件); a cancel closes Chromium at once. */
export async function exportPdf(req: ExportRequest, job?: ExportJob): Promise<ExportResult> {
  try {
    report(job, '启动排版引擎', 2);
    const renderer = await openPdfRenderer();
    try {
      throwIfCancelled(job);
      const { pdf } = await renderer.render({ filing: req.filing, template: getTemplate(req.filing.template) }, job);
      report(job, '写入文件', 95);
      await writeFileComplete(req.path, pdf, job);
      return { ok: true, path: req.path, bytes: pdf.length, ...marksOf(req.filing) };
    } finally {
      // After a cancel the clerk should not wait for Chromium to shut down: it closes in the background.
      if (job?.signal?.aborted) void renderer.close();
      else await renderer.close();
    }
  } catch (e) {
    return failure('导出 PDF ', e, job);
  }
}

export function importXlsx(path: string): Promise<ImportResult> {
  return importXlsxFile(path);
}

export async function packageSubmission(req: PackageRequest, job?: ExportJob): Promise<PackageResult> {
  try {
    return await writePackage(req, undefined, job);
  } catch (e) {
    return { ...failure('生成报送包', e, job), blocking: [] };
  }
}
