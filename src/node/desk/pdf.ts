// Desk reports as PDF: a self-contained HTML page printed by Chromium with the bundled font, one browser
// for the whole run.
import { launchBrowser, withFont } from '../export/pdf-writer';

export interface HtmlPrinter {
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openHtmlPrinter(): Promise<HtmlPrinter> {
  const browser = await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  return {
    async print(html) {
      await page.setContent(withFont(html), { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    },
    close: () => browser.close().catch(() => undefined),
  };
}
