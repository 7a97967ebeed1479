// 审阅 as a reviewer and a clerk meet it: a file opened read-only refuses edits and says why, a note on a
// cell is saved into the file without touching the data, the clerk sees it, replies and resolves it; the
// review report prints from inside the app; two versions are compared cell by cell.
import { basename, dirname } from 'node:path';
import { test, expect } from '../support/fixtures';
import { readFilingFile } from '../../src/node/files/file-store';
import { compareFilings } from '../../src/shared/review/compare';
import type { Filing } from '../../src/shared/filing/types';
import { AppPage } from './pages/app-page';
import { ReviewPage } from './pages/review-page';

const SHOTS = 'tests/artifacts';

async function readFiling(path: string): Promise<Filing> {
  const r = await readFilingFile(path);
  if (!r.ok) throw new Error(r.message);
  return r.filing;
}

test('a reviewer cannot change the data, adds a note that is saved alone; the clerk replies and resolves it', async ({ app }) => {
  const shell = new AppPage(app.page);
  const review = new ReviewPage(app.page);
  const page = app.page;
  await shell.ready();
  const dir = dirname(app.sampleFile);
  const name = basename(app.sampleFile);
  const original = await readFiling(app.sampleFile);
  const notesBefore = original.review.length;

  await review.openForReview(dir, name);
  await expect(shell.fileName()).toHaveText(name);

  // Typing into an entered cell is refused, with the reason at the cell; the value stays.
  const t02 = await shell.openTable('T02');
  await expect(t02.cell('2120899', 3)).toHaveText('18,877,239.00');
  await t02.select('2120899', 3);
  await page.keyboard.type('1');
  await expect(t02.message()).toContainText('审阅模式：只读');
  await page.keyboard.press('Enter');
  await t02.select('2120899', 3);
  await page.keyboard.press('Delete');
  await expect(t02.message()).toContainText('审阅模式：只读');
  await expect(t02.cell('2120899', 3)).toHaveText('18,877,239.00');
  await expect(shell.dirtyMark()).toHaveCount(0);
  // Forms and texts refuse too: their fields are disabled.
  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('ov-duties')).toBeDisabled();
  await expect(page.getByTestId('unit-switch')).toBeDisabled();

  // The reviewer's name, set once in the review page, is kept in the settings and signs every note.
  await review.setReviewerName('王审核');
  expect((await app.call('getSettings')).body.result).toMatchObject({ reviewerName: '王审核' });

  // A note on the cell, from the bar above the grid.
  await shell.openTable('T02');
  await t02.select('2120899', 3);
  await expect(page.getByTestId('cell-notes-cell')).toContainText('公开02表 2120899');
  await page.getByTestId('cell-note-add').click();
  const noteText = '政府性基金 18,877,239.00 元应列财政拨款收入（第2栏），请核对后调整。';
  await page.getByTestId('cell-note-box-text').fill(noteText);
  await page.getByTestId('cell-note-box-submit').click();
  await expect(page.getByTestId('cell-notes').getByTestId('review-note-text')).toHaveText(noteText);
  await expect(t02.cell('2120899', 3)).toHaveClass(/js-note/);
  await expect(page.getByTestId('cell-notes').getByTestId('review-note')).toContainText('王审核');
  await expect(shell.dirtyMark()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/review-readonly-note.png` });

  // A note on the filing as a whole, from the review page.
  await review.openPanel('notes');
  await page.getByTestId('filing-note-add').click();
  await page.getByTestId('panel-note-box-text').fill('情况说明第二部分的增减原因过于简单。');
  await page.getByTestId('panel-note-box-submit').click();
  await expect(review.notes('open')).toHaveCount(notesBefore + 2);

  // Saving in review mode writes to the same file, still read-only; only the review section changed.
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);
  await expect(review.badge()).toBeVisible();
  const saved = await readFiling(app.sampleFile);
  const diff = compareFilings(original, saved);
  expect(diff.cells).toEqual([]);
  expect(diff.rowsAdded).toEqual([]);
  expect(diff.rowsRemoved).toEqual([]);
  expect(diff.meta).toEqual([]);
  expect(diff.explanations).toEqual([]);
  expect(diff.notesAdded).toHaveLength(2);
  expect(saved.review.find((n) => n.text === noteText)?.target).toEqual({ kind: 'cell', table: 'T02', row: '2120899', col: 3 });

  // The clerk opens the file normally: no longer read-only, the note is there with its cell.
  await shell.open(dir, name);
  await expect(review.badge()).toHaveCount(0);
  await review.openPanel('notes');
  const note = review.notes('open').filter({ hasText: noteText });
  await expect(note.getByTestId('review-note-target')).toContainText('公开02表 2120899');
  await note.getByTestId('review-reply').click();
  await note.getByTestId('review-reply-box-text').fill('已将该笔资金调整到财政拨款收入。');
  await note.getByTestId('review-reply-box-submit').click();
  await note.getByTestId('review-resolve').click();
  const done = review.notes('resolved').filter({ hasText: noteText });
  await expect(done).toHaveCount(1);
  await expect(done.getByTestId('review-reply-item')).toContainText('填报人');
  await expect(done.getByTestId('review-reply-item')).toContainText('已将该笔资金调整到财政拨款收入。');
  await page.screenshot({ path: `${SHOTS}/review-clerk-resolved.png` });
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);

  // Reopened: still resolved, with the reply; the cell's marker is gone.
  await shell.open(dir, name);
  await review.openPanel('notes');
  await expect(review.notes('resolved').filter({ hasText: noteText })).toHaveCount(1);
  await expect(review.notes('resolved').filter({ hasText: noteText }).getByTestId('review-reply-item')).toContainText('已将该笔资金调整到财政拨款收入。');
  await expect(review.notes('open')).toHaveCount(notesBefore + 1);
  const t02Again = await shell.openTable('T02');
  await expect(t02Again.cell('2120899', 3)).not.toHaveClass(/js-note/);
  // The clerk edits as usual.
  await t02Again.type('2120899', 3, '18877238');
  await expect(t02Again.cell('2120899', 3)).toHaveText('18,877,238.00');
});

test('the review report shows findings and notes inside the app and prints from there', async ({ app }) => {
  const shell = new AppPage(app.page);
  const review = new ReviewPage(app.page);
  const page = app.page;
  await shell.ready();
  await review.openForReview(dirname(app.sampleFile), basename(app.sampleFile));
  await review.setReviewerName('王审阅');
  await page.getByTestId('filing-note-add').click();
  await page.getByTestId('panel-note-box-text').fill('请补充公开07表无数据的说明。');
  await page.getByTestId('panel-note-box-submit').click();

  // A note on a finding, from the findings panel.
  const finding = page.getByTestId('finding').filter({ hasText: '公开02表 合计 财政拨款收入' });
  await finding.getByTestId('finding-note-add').click();
  await finding.getByTestId('finding-note-box-text').fill('差额原因请在情况说明中写明。');
  await finding.getByTestId('finding-note-box-submit').click();
  await expect(finding.getByTestId('review-note-text')).toHaveText('差额原因请在情况说明中写明。');
  await page.getByTestId('review-tab-notes').click();
  await expect(page.getByTestId('review-open').getByTestId('review-note').filter({ hasText: '差额原因' }).getByTestId('review-note-target')).toContainText('审核结果：公开02表 合计 财政拨款收入');

  await page.getByTestId('review-tab-report').click();
  const frame = page.frameLocator('[data-testid="review-report-frame"]');
  await expect(frame.locator('h1')).toContainText('审核报告');
  await expect(frame.locator('body')).toContainText('请补充公开07表无数据的说明。');
  await expect(frame.locator('body')).toContainText('公开02表');
  await expect(frame.locator('body')).toContainText('差额原因请在情况说明中写明。');
  await page.screenshot({ path: `${SHOTS}/review-report.png` });

  // The browser host has no print dialog of its own, and headless Chromium none at all: check that 打印 asks the frame to print.
  await page.evaluate(() => {
    const w = document.querySelector<HTMLIFrameElement>('[data-testid="review-report-frame"]')?.contentWindow as (Window & { printed?: boolean }) | null;
    if (w) w.print = () => void (w.printed = true);
  });
  await page.getByTestId('review-report-print').click();
  // The host is asked first (it has no dialog of its own here), then the frame prints.
  await expect
    .poll(() => page.evaluate(() => (document.querySelector<HTMLIFrameElement>('[data-testid="review-report-frame"]')?.contentWindow as (Window & { printed?: boolean }) | null)?.printed ?? false))
    .toBe(true);
});

test('two versions compared: the changed cell with its old and new values, either way round', async ({ app }) => {
  const shell = new AppPage(app.page);
  const review = new ReviewPage(app.page);
  const page = app.page;
  await shell.ready();
  const dir = dirname(app.sampleFile);
  await shell.saveAs(dir, '修改后.jsgk');
  const t02 = await shell.openTable('T02');
  await t02.type('2120899', 3, '1000');
  await expect(t02.cell('2120899', 3)).toHaveText('1,000.00');
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);

  await review.openPanel('compare');
  await review.choose(page.getByTestId('compare-pick'), dir, basename(app.sampleFile));
  await expect(page.getByTestId('compare-heading')).toContainText(`旧版本：${basename(app.sampleFile)}`);
  const row = page.locator('[data-testid="compare-cell"][data-cell="T02|2120899|3"]');
  await expect(row).toContainText('公开02表');
  await expect(row.getByTestId('compare-before')).toHaveText('18,877,239.00');
  await expect(row.getByTestId('compare-after')).toHaveText('1,000.00');
  await expect(page.getByTestId('compare-cell')).toHaveCount(1);
  await expect(page.getByTestId('compare-summary')).toContainText('数据变化 1 处');
  await page.screenshot({ path: `${SHOTS}/review-compare.png` });

  await page.getByTestId('compare-swap').click();
  await expect(row.getByTestId('compare-before')).toHaveText('1,000.00');
  // The other version was only read, never changed or opened as the document.
  await expect(shell.fileName()).toHaveText('修改后.jsgk');
  expect((await readFiling(app.sampleFile)).tables.T02['2120899']['3']).toBe('18877239.00');
});
