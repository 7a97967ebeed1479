// A long export as the clerk sees it: 导出 PDF shows a progress dialog with the stages the host reports;
// 取消 stops the Chromium render, the dialog says 已取消 and nothing is left where the PDF would go (not
// even a temporary file). Exporting again and letting it finish writes the PDF.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

const SHOTS = 'tests/artifacts';

async function startPdfExport(page: Page, dir: string, name: string): Promise<void> {
  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-export-pdf').click();
  // The sample's 强制 errors stand: the app says the PDF will be a marked draft, and the clerk goes on.
  await expect(page.getByTestId('dialog')).toContainText('审核未通过：强制 2 条');
  await page.getByTestId('dialog-ok').click();
  await expect(page.getByTestId('file-chooser')).toBeVisible();
  await page.getByTestId('chooser-dir').fill(dir);
  await page.getByTestId('chooser-name').fill(name);
  await page.getByTestId('chooser-ok').click();
}

test('a PDF export shows its stages, can be cancelled leaving no file, and finishes when let run', async ({ app }) => {
  test.setTimeout(180_000);
  test.skip(!existsSync(process.env.JUESUAN_CHROMIUM ?? '/usr/bin/chromium'), '没有 Chromium，无法生成 PDF');
  const page = app.page;
  await new AppPage(page).ready();
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-e2e-progress-'));
  const target = join(dir, '公开文本.pdf');
  try {
    await startPdfExport(page, dir, '公开文本.pdf');
    const dialog = page.getByTestId('export-progress');
    const stage = page.getByTestId('export-progress-stage');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('正在生成 PDF');
    // The host's own stages, with the share done; wait until Chromium is laying the document out.
    await expect(stage).toHaveText(/(第一遍排版|编排目录页码)（\d+%）/, { timeout: 60_000 });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/export-progress.png` });
    const cancelAt = Date.now();
    await page.getByTestId('export-progress-cancel').click();
    await expect(stage).toHaveText('已取消', { timeout: 20_000 });
    console.log(`取消到显示“已取消”：${Date.now() - cancelAt} ms`);
    await expect(dialog).toContainText('导出 PDF已取消');
    await page.screenshot({ path: `${SHOTS}/export-cancelled.png` });
    await expect(page.getByTestId('export-progress-message')).toContainText('没有生成文件');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    await page.getByTestId('export-progress-close').click();
    await expect(dialog).toHaveCount(0);

    await startPdfExport(page, dir, '公开文本.pdf');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveCount(0, { timeout: 120_000 });
    await expect(page.getByTestId('status-message')).toContainText('已导出', { timeout: 5_000 });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['公开文本.pdf']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the export calls refuse a malformed job id and cancelling an unknown job answers false', async ({ app }) => {
  const bad = await app.call('exportProgress', '../x');
  expect(bad.status).toBe(400);
  const none = await app.call('cancelExport', 'abcdefgh12345678');
  expect(none).toEqual({ status: 200, body: { result: false } });
  const idle = await app.call('exportProgress', 'abcdefgh12345678');
  expect(idle).toEqual({ status: 200, body: { result: null } });
});
