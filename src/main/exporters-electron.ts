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
import { buildWorkbook } from '../node/export/xlsx-writer';
import { importXlsxFile } from '../node/export/import-xlsx';
import { pdfPageCount } from '../node/export/pdf-dests';
import { describeFsError } from '../node/files/file-store';
import { SECURE_WEB_PREFERENCES } from './policy';

/** Prints one HTML document to PDF in a hidden window with JavaScript off. */
async function printHtml(html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'juesuan-print-'));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false },
  });
  try {
    const file = join(dir, 'print.html');
    await writeFile(file, html);
    await win.loadFile(file);
    return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

const electronPdfRenderer: PdfRenderer = {
  async render(input) {
    const { renderWithPrinter } = await import('../node/export/pdf-writer');
    const pdf = await renderWithPrinter(input, printHtml);
    return { pdf, pages: pdfPageCount(pdf), pageNumbers: {} };
  },
  async close() {},
};

async function exportXlsx(req: ExportRequest): Promise<ExportResult> {
  try {
    const buf = await buildWorkbook(req.filing, getTemplate(req.filing.template));
    await writeFile(req.path, buf);
    return { ok: true, path: req.path, bytes: buf.length };
  } catch (e) {
    return { ok: false, message: describeFsError(e, '导出 Excel') };
  }
}

async function exportPdf(req: ExportRequest): Promise<ExportResult> {
  try {
    const { pdf } = await electronPdfRenderer.render({ filing: req.filing, template: getTemplate(req.filing.template) });
    await writeFile(req.path, pdf);
    return { ok: true, path: req.path, bytes: pdf.length };
  } catch (e) {
    return { ok: false, message: e instanceof Error && !('code' in e) ? `导出 PDF 失败：${e.message}` : describeFsError(e, '导出 PDF') };
  }
}

function importXlsx(path: string): Promise<ImportResult> {
  return importXlsxFile(path);
}

async function packageSubmission(req: PackageRequest): Promise<PackageResult> {
  try {
    const { writePackage } = await import('../node/export/package');
    return await writePackage(req, electronPdfRenderer);
  } catch (e) {
    return { ok: false, message: `生成报送包失败：${e instanceof Error ? e.message : String(e)}`, blocking: [] };
  }
}

export const electronExporters: Exporters = { exportXlsx, exportPdf, importXlsx, packageSubmission };
