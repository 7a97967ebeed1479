// The export services the hosts call (signatures as HostApi): exportXlsx, exportPdf, importXlsx,
// packageSubmission. Each returns a result and never throws; a failure says what went wrong and what to do.
import { writeFile } from 'node:fs/promises';
import type { ExportRequest, ExportResult, ImportResult, PackageRequest, PackageResult } from '../../shared/host-api';
import { getTemplate } from '../../shared/templates/registry';
import { buildWorkbook } from './xlsx-writer';
import { openPdfRenderer } from './pdf-writer';
import { importXlsxFile } from './import-xlsx';
import { writePackage } from './package';

export { openPdfRenderer, launchBrowser, renderWithPrinter, CHROMIUM_ARGS, CHROMIUM_PATH } from './pdf-writer';
export type { PdfRenderer } from './pdf-writer';
export { buildWorkbook } from './xlsx-writer';
export { blockingFindings } from './package';

function failure(what: string, e: unknown): { ok: false; message: string } {
  const why = e instanceof Error ? e.message : String(e);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${what}失败：没有写入权限，请换一个保存位置。` };
  if (code === 'ENOENT') return { ok: false, message: `${what}失败：保存位置不存在，请先选择一个已有的文件夹。` };
  if (code === 'EBUSY') return { ok: false, message: `${what}失败：文件正被其他程序（如 Excel/WPS）打开，请关闭后再试。` };
  return { ok: false, message: `${what}失败：${why}` };
}

export async function exportXlsx(req: ExportRequest): Promise<ExportResult> {
  try {
    const buf = await buildWorkbook(req.filing, getTemplate(req.filing.template));
    await writeFile(req.path, buf);
    return { ok: true, path: req.path, bytes: buf.length };
  } catch (e) {
    return failure('导出 Excel ', e);
  }
}

export async function exportPdf(req: ExportRequest): Promise<ExportResult> {
  try {
    const renderer = await openPdfRenderer();
    try {
      const { pdf } = await renderer.render({ filing: req.filing, template: getTemplate(req.filing.template) });
      await writeFile(req.path, pdf);
      return { ok: true, path: req.path, bytes: pdf.length };
    } finally {
      await renderer.close();
    }
  } catch (e) {
    return failure('导出 PDF ', e);
  }
}

export function importXlsx(path: string): Promise<ImportResult> {
  return importXlsxFile(path);
}

export async function packageSubmission(req: PackageRequest): Promise<PackageResult> {
  try {
    return await writePackage(req);
  } catch (e) {
    return { ...failure('生成报送包', e), blocking: [] };
  }
}
