// 打印预览 as the clerk uses it: the whole disclosure in the app, laid out as the PDF (A4 sheets, the
// bundled font), in a frame that runs no script; it follows the filing; 导出 PDF… starts the export.
import { mkdirSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

const SHOTS = 'tests/artifacts';

test('the print preview shows the whole disclosure as the PDF lays it out', async ({ app }) => {
  const page = app.page;
  await new AppPage(page).ready();
  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-print-preview').click();
  const preview = page.getByTestId('print-preview');
  await expect(preview).toBeVisible();
  const frameEl = page.getByTestId('print-preview-frame');
  // Sandboxed: no scripts run in the document.
  await expect(frameEl).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');
  await expect(frame.locator('.cover .org')).toHaveText('阳泉市大数据应用局');
  await expect(frame.getByRole('heading', { name: '收入支出决算总表', exact: true })).toBeVisible();
  await expect(frame.locator('td', { hasText: '41,943,654.36' }).first()).toBeVisible();
  // The 目录 is a title, not a heading: the headings are the 目录's entries (they become the PDF's bookmarks).
  await expect(frame.locator('.toc-title')).toHaveText('目录');
  await expect(frame.getByRole('heading', { name: '目录', exact: true })).toHaveCount(0);
  for (const part of ['第一部分 概况', '第三部分 情况说明', '第四部分 名词解释', '第五部分 附件']) {
    await expect(frame.getByRole('heading', { name: part, exact: true })).toHaveCount(1);
  }
  await expect(frame.locator('.chart svg').first()).toBeVisible();

  // A4 sheets at the PDF's sizes: portrait 210 mm wide, the wide tables 297 mm (96 px per inch).
  const widths = await frame.locator('body > section').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
  expect(widths).toContain(794);
  expect(widths).toContain(1123);
  // The bundled font, not a system fallback: the frame loaded Noto Sans SC for its text.
  await expect
    .poll(() => frame.locator('body').evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check("12px 'Noto Sans SC'", '收入支出决算总表');
    }))
    .toBe(true);

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/print-preview.png` });
  await frame.getByRole('heading', { name: '收入支出决算总表', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/print-preview-table.png` });

  // It follows the filing: a changed department name shows on the cover when the preview is opened again.
  await page.getByTestId('print-preview-close').click();
  await expect(preview).toHaveCount(0);
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('meta-department').fill('阳泉市测试局');
  await page.getByTestId('meta-department').press('Enter');
  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-print-preview').click();
  await expect(frame.locator('.cover .org')).toHaveText('阳泉市测试局');
  await page.getByTestId('print-preview-refresh').click();
  await expect(frame.locator('.meta .org').first()).toContainText('阳泉市测试局');

  // 导出 PDF… opens the save chooser for the PDF.
  await page.getByTestId('print-preview-export').click();
  await page.getByTestId('dialog-ok').click(); // export the draft despite its 强制 errors
  await expect(page.getByTestId('file-chooser')).toBeVisible();
  await expect(page.getByTestId('chooser-name')).toHaveValue(/\.pdf$/);
  await page.getByTestId('chooser-cancel').click();
  await expect(preview).toBeVisible();
});

test('打印 opens the print dialog for the preview, and one table can be printed alone', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await new AppPage(page).ready();
  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-print-preview').click();
  const frame = page.frameLocator('[data-testid="print-preview-frame"]');
  await expect(frame.locator('.cover .org')).toHaveText('阳泉市大数据应用局');

  // One table: only its sheet is shown (and so printed).
  await page.getByTestId('print-preview-range').selectOption({ label: '公开02表 收入决算表' });
  await expect(frame.getByRole('heading', { name: '收入决算表', exact: true })).toBeVisible();
  await expect(frame.locator('.cover')).toBeHidden();
  await expect(frame.getByRole('heading', { name: '收入支出决算总表', exact: true })).toBeHidden();
  const shown = await frame.locator('body > section').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  expect(shown).toBe(1);
  await page.screenshot({ path: `${SHOTS}/print-preview-one-table.png` });

  // The browser host has no print dialog of its own, and headless Chromium none at all: check that 打印 asks the frame to print.
  await page.evaluate(() => {
    const w = document.querySelector<HTMLIFrameElement>('[data-testid="print-preview-frame"]')?.contentWindow as (Window & { printed?: boolean }) | null;
    if (w) w.print = () => void (w.printed = true);
  });
  await page.getByTestId('print-preview-print').click();
  // The host is asked first (it has no dialog of its own here), then the frame prints.
  await expect
    .poll(() => page.evaluate(() => (document.querySelector<HTMLIFrameElement>('[data-testid="print-preview-frame"]')?.contentWindow as (Window & { printed?: boolean }) | null)?.printed ?? false))
    .toBe(true);
});
