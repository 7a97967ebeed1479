// A reviewer opens a published disclosure (a PDF made by the app's export, with an error planted in its
// narrative): it opens read-only with its tables in the grids, and the findings panel lists the table
// errors and the narrative finding with its page and the sentence quoted.
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures';
import { renderWithPrinter } from '../../src/node/export/pdf-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { AppPage } from './pages/app-page';
import { PublishedPage } from './pages/published-page';
import { GridPage } from './pages/grid-page';

test('打开 a published PDF: read-only grids and findings that quote page and sentence', async ({ app, browser }) => {
  test.setTimeout(120_000);
  const shell = new AppPage(app.page);
  const panel = new PublishedPage(app.page);
  await shell.ready();
  const printer = await (await browser.newContext()).newPage();
  const pdf = await renderWithPrinter({ filing: sampleFiling(), template: getTemplate('shanxi-2022') }, async (html) => {
    await printer.setContent(html.replace('增加924,437.60元，增长4.18%', '增加924,437.60元，下降4.18%'), { waitUntil: 'load' });
    await printer.evaluate('document.fonts.ready.then(() => true)');
    return printer.pdf({ preferCSSPageSize: true, printBackground: true });
  });
  await writeFile(join(app.dataDir, '已公开.pdf'), pdf);

  await shell.open(app.dataDir, '已公开.pdf');
  await expect(panel.panel()).toBeVisible({ timeout: 30_000 });
  // 2 table errors and the planted one; the export's draft mark is a 提示, and said first.
  await expect(panel.errors()).toContainText('3');
  await expect(app.page.getByTestId('published-draft')).toContainText('审核未通过');
  await expect(panel.findings('X.T02-T01.2')).toContainText('差 18,877,239.00');
  const direction = panel.findings('NR-direction');
  await expect(direction).toContainText('方向词前后矛盾');
  await expect(direction.getByTestId('published-quote')).toContainText(/第1[6-8]页/);
  await expect(direction.getByTestId('published-quote')).toContainText('增加924,437.60元，下降4.18%');
  await app.page.screenshot({ path: 'tests/artifacts/published-panel.png' });

  // The tables are in the grids, read-only.
  await panel.findings('X.T02-T01.2').locator('button').click();
  const grid = new GridPage(app.page, 'T02');
  await expect(app.page.getByTestId('grid-T02')).toBeVisible();
  await expect(grid.cell('合计', 2)).toContainText('23,066,415.36');
  await grid.cell('2010501', 2).dblclick();
  await app.page.keyboard.type('1');
  await app.page.keyboard.press('Enter');
  await expect(grid.cell('2010501', 2)).toContainText('26,643.00');
});
