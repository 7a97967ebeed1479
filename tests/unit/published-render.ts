// Helpers of the published-PDF tests: a filing printed to PDF the way the app's export does it (Chromium),
// with text planted in the print first where a test wants errors in the narrative; and a file read and
// checked as `juesuan check` does.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { renderWithPrinter } from '../../src/node/export/pdf-writer';
import { readPublished } from '../../src/node/published/read-published';
import { checkDocument } from '../../src/shared/published/check-document';
import type { DocumentCheck } from '../../src/shared/published/check-document';
import type { Filing } from '../../src/shared/filing/types';
import { getTemplate } from '../../src/shared/templates/registry';

/** Prints the filing to `file`, each [from, to] of `plants` replaced once (a missing one is an error). */
export async function renderPlanted(page: Page, file: string, filing: Filing, plants: Array<[string, string]>): Promise<void> {
  const pdf = await renderWithPrinter({ filing, template: getTemplate(filing.template) }, async (html) => {
    let h = html;
    for (const [from, to] of plants) {
      if (!h.includes(from)) throw new Error(`打印稿中没有“${from}”`);
      h = h.replace(from, to);
    }
    await page.setContent(h, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
  });
  writeFileSync(file, pdf);
}

export async function checkedFile(file: string): Promise<DocumentCheck> {
  const r = await readPublished(file);
  if (!r.ok) throw new Error(r.message);
  return checkDocument(r.doc);
}
