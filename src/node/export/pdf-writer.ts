// Renders the print document to PDF with Chromium (playwright-core driving the system Chromium). Two
// passes: the first finds the page of every 目录 entry from the PDF's named destinations, the second
// prints the 目录 with those numbers (a third only if the numbers moved anything, which they should not).
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PrintInput } from '../../shared/io/print/print-document';
import { printDocument } from '../../shared/io/print/print-document';
import { pageTotalCss } from '../../shared/io/print/print-css';
import { fontCssFor } from './fonts';
import { namedDestinationPages, pdfPageCount } from './pdf-dests';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, RUNNING_AS_ROOT } from '../chromium';
import type { ExportJob } from './job';
import { ExportCancelled, report, throwIfCancelled } from './job';

export { CHROMIUM_PATH };
export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];
const RENDER_TIMEOUT_MS = 120_000;

export interface PdfRenderer {
  /**
   * The PDF bytes and the page count. With a job: reports its stages, and a cancel closes the Chromium page
   * at once (the render then fails with ExportCancelled; the renderer cannot render again).
   */
  render(input: Omit<PrintInput, 'pageNumbers' | 'fontCss'>, job?: ExportJob): Promise<{ pdf: Buffer; pages: number; pageNumbers: Record<string, number> }>;
  /** Any self-contained HTML page (the 审核报告) as an A4 PDF with the bundled font; no script runs in it. */
  renderHtml(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

interface PageNumbers {
  /** The 目录's page numbers by anchor, counted from 第一部分 as the footers are. */
  toc: Record<string, number>;
  /** The numbered pages (the cover and 目录 are not): the footer's 共 M 页. */
  total: number;
}

/** Page numbers as printed, from a pass's PDF: its named destinations and its page count. */
function pageNumbersOf(pdf: Buffer, toc: ReadonlyArray<{ id: string }>): PageNumbers {
  const dests = namedDestinationPages(pdf);
  const front = (dests[toc[0].id] ?? 1) - 1;
  const out: Record<string, number> = {};
  for (const e of toc) if (dests[e.id] !== undefined) out[e.id] = dests[e.id] - front;
  return { toc: out, total: pdfPageCount(pdf) - front };
}

export async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, chromiumSandbox: !RUNNING_AS_ROOT, timeout: 60_000 });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new Error(`无法启动 Chromium（${CHROMIUM_PATH}）生成 PDF：${why}。请确认已安装 Chromium，或用环境变量 JUESUAN_CHROMIUM 指定其位置。`);
  }
}

/** Text whose characters decide which font slices to embed: every string the document prints. */
function visibleText(html: string): string {
  // Margin-box content (page numbers, the draft mark) is text too, though it lives in the style sheet.
  const generated = [...html.matchAll(/content: "([^"]*)"/g)].map((m) => m[1]).join('');
  // 共 comes with the page total after the first pass (pageTotalCss), so it is not in the document yet.
  return html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '') + generated + '0123456789目录第页共';
}

/** The document with the font slices its text needs (the first <style> is the document's own). */
export function withFont(html: string): string {
  const at = html.indexOf('<style>') + '<style>'.length;
  return html.slice(0, at) + fontCssFor(visibleText(html)) + html.slice(at);
}

/**
 * The page PDFs are printed in. The document is our own HTML, but it carries the clerk's (and a sender's)
 * text: no script in it may ever run. Our page.evaluate calls still do; they come over the DevTools protocol.
 */
export async function newPrintPage(b: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await b.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

export async function openPdfRenderer(browser?: Browser): Promise<PdfRenderer> {
  const own = browser === undefined;
  const b = browser ?? (await launchBrowser());
  const { context, page } = await newPrintPage(b);
  page.setDefaultTimeout(RENDER_TIMEOUT_MS);

  async function load(html: string): Promise<void> {
    await page.setContent(html, { waitUntil: 'load' });
    // A string, so this node-side file needs no DOM types.
    await page.evaluate('document.fonts.ready.then(() => true)');
  }

  /** Writes the page numbers into the loaded 目录 (same width as the placeholders: nothing reflows). */
  async function fillToc(numbers: Record<string, number>): Promise<void> {
    await page.evaluate(`(() => {
      const numbers = ${JSON.stringify(numbers)};
      for (const a of document.querySelectorAll('.toc a')) {
        const id = (a.getAttribute('href') || '').slice(1);
        const n = a.querySelector('.n');
        if (n && numbers[id] !== undefined) n.textContent = String(numbers[id]);
      }
      return true;
    })()`);
  }

  /** Adds the page total to the footers (margin boxes: nothing in the pages moves). */
  async function fillTotal(total: number): Promise<void> {
    await page.evaluate(`(() => {
      const style = document.getElementById('page-total') || document.head.appendChild(document.createElement('style'));
      style.id = 'page-total';
      style.textContent = ${JSON.stringify(pageTotalCss(total))};
      return true;
    })()`);
  }

  return {
    async render(input, job) {
      throwIfCancelled(job);
      // Closing the context makes the pending setContent/pdf call fail at once: that is the cancel.
      const stop = (): void => void context.close().catch(() => undefined);
      job?.signal?.addEventListener('abort', stop, { once: true });
      try {
        report(job, '生成排版', 5);
        const first = printDocument(input);
        const html = withFont(first.html);
        report(job, '第一遍排版', 20);
        await load(html);
        let numbers = pageNumbersOf(await page.pdf({ preferCSSPageSize: true, printBackground: true }), first.toc);
        report(job, '编排目录页码', 55);
        let pdf: Buffer = Buffer.alloc(0);
        for (let i = 0; i < 3; i++) {
          await fillToc(numbers.toc);
          await fillTotal(numbers.total);
          // Tagged, so that Chromium writes the bookmarks (from the headings: the 目录).
          pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
          const check = pageNumbersOf(pdf, first.toc);
          if (JSON.stringify(check) === JSON.stringify(numbers)) break;
          numbers = check;
          report(job, '编排目录页码', 75);
        }
        throwIfCancelled(job);
        return { pdf, pages: pdfPageCount(pdf), pageNumbers: numbers.toc };
      } catch (e) {
        if (job?.signal?.aborted) throw new ExportCancelled();
        throw e;
      } finally {
        job?.signal?.removeEventListener('abort', stop);
      }
    },
    async renderHtml(html) {
      await load(withFont(html));
      return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    },
    async close() {
      await context.close().catch(() => undefined);
      if (own) await b.close().catch(() => undefined);
    },
  };
}

/**
 * For hosts that print with their own engine (Electron's webContents.printToPDF): the same two passes,
 * reloading the HTML with the 目录 numbers filled in. `printHtml` loads the HTML and returns the PDF.
 */
export async function renderWithPrinter(
  input: Omit<PrintInput, 'pageNumbers' | 'fontCss'>,
  printHtml: (html: string) => Promise<Buffer>,
  job?: ExportJob,
): Promise<Buffer> {
  report(job, '生成排版', 5);
  const first = printDocument(input);
  const fontCss = fontCssFor(visibleText(first.html));
  const pass = (n: PageNumbers) => printHtml(printDocument({ ...input, fontCss, pageNumbers: n.toc, pageTotal: n.total }).html);
  report(job, '第一遍排版', 20);
  let numbers = pageNumbersOf(await printHtml(printDocument({ ...input, fontCss }).html), first.toc);
  report(job, '编排目录页码', 55);
  let pdf = await pass(numbers);
  const check = pageNumbersOf(pdf, first.toc);
  if (JSON.stringify(check) !== JSON.stringify(numbers)) {
    numbers = check;
    report(job, '编排目录页码', 75);
    pdf = await pass(numbers);
  }
  throwIfCancelled(job);
  return pdf;
}
