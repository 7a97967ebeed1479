// Export services in the Electron host. Excel goes through the export module directly; PDF (and the
// submission package, which holds a PDF) is printed by Electron's own Chromium. The PDF modules are loaded
// on first use, so the app starts without them.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRequest, ExportResult, ImportResult, PackageRequest, PackageResult } from '../shared/host-api';
import { getTemplate } from '../shared/templates/registry';
import type { Exporters } from '../node/services/exporters';
import type { PdfRenderer } from '../node/export/pdf-writer';
import { marksOf, exportXlsx } from '../node/export/xlsx-export';
import { exportFindings } from '../node/export/findings-xlsx';
import { importXlsxFile } from '../node/export/import-xlsx';
import { pdfPageCount } from '../node/export/pdf-dests';
import { describeFsError } from '../node/files/file-store';
import { SECURE_WEB_PREFERENCES } from './policy';
import type { ExportJob } from '../node/export/job';
import { CANCELLED_MESSAGE, ExportCancelled, isCancelled, report, throwIfCancelled, writeFileComplete } from '../node/export/job';

/** Prints one HTML document to PDF in a hidden window with JavaScript off; a cancel destroys the window. */
async function printHtml(html: string, job?: ExportJob): Promise<Buffer> {
  throwIfCancelled(job);
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-print-'));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    cancel = () => reject(new ExportCancelled());
  });
  cancelled.catch(() => undefined);
  const stop = (): void => {
    cancel();
    if (!win.isDestroyed()) win.destroy();
  };
  job?.signal?.addEventListener('abort', stop, { once: true });
  try {
    const file = join(dir, 'print.html');
    await writeFile(file, html);
    await Promise.race([win.loadFile(file), cancelled]);
    return await Promise.race([win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }), cancelled]);
  } finally {
    job?.signal?.removeEventListener('abort', stop);
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

const electronPdfRenderer: PdfRenderer = {
  async render(input, job) {
    const { renderWithPrinter } = await import('../node/export/pdf-writer');
    const pdf = await renderWithPrinter(input, (html) => printHtml(html, job), job);
    return { pdf, pages: pdfPageCount(pdf), pageNumbers: {} };
  },
  async renderHtml(html) {
    const { withFont } = await import('../node/export/pdf-writer');
    return printHtml(withFont(html));
  },
  async close() {},
};


async function exportPdf(req: ExportRequest, job?: ExportJob): Promise<ExportResult> {
  try {
    const { pdf } = await electronPdfRenderer.render({ filing: req.filing, template: getTemplate(req.filing.template) }, job);
    report(job, '写入文件', 95);
    await writeFileComplete(req.path, pdf, job);
    return { ok: true, path: req.path, bytes: pdf.length, ...marksOf(req.filing) };
  } catch (e) {
    if (isCancelled(e, job)) return { ok: false, code: 'cancelled', message: CANCELLED_MESSAGE };
    return { ok: false, message: e instanceof Error && !('code' in e) ? `导出 PDF 失败：${e.message}` : describeFsError(e, '导出 PDF') };
  }
}

function importXlsx(path: string): Promise<ImportResult> {
  return importXlsxFile(path);
}

async function packageSubmission(req: PackageRequest, job?: ExportJob): Promise<PackageResult> {
  try {
    const { writePackage } = await import('../node/export/package');
    return await writePackage(req, electronPdfRenderer, job);
  } catch (e) {
    return { ok: false, message: `生成报送包失败：${e instanceof Error ? e.message : String(e)}`, blocking: [] };
  }
}

export const electronExporters: Exporters = { exportXlsx, exportPdf, exportFindings, importXlsx, packageSubmission };
