// Desk reports as PDF: a self-contained HTML page printed by Chromium with the bundled font, one browser
// for the whole run. Each page's foot says 第 N 页 共 M 页: Chromium's margin boxes know the page but not
// the count, so a report is printed once to count its pages and again with the count.
import { pdfPageCount } from '../export/pdf-dests';
import { launchBrowser, withFont } from '../export/pdf-writer';

const footer = (total?: number) =>
  `<style>@page{@bottom-center{content:"第 " counter(page) " 页${total === undefined ? '' : ` 共 ${total} 页`}";font-size:8pt}}</style></head>`;

export interface HtmlPrinter {
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openHtmlPrinter(): Promise<HtmlPrinter> {
  const browser = await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  return {
    async print(html) {
      const pass = async (total?: number) => {
        await page.setContent(withFont(html.replace('</head>', footer(total))), { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      };
      // The count's own digits do not move a page break (the footer sits in the page margin).
      return pass(pdfPageCount(await pass()));
    },
    close: () => browser.close().catch(() => undefined),
  };
}
