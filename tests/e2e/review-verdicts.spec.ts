// A reviewer's identity and verdicts at 1366×768: the name is asked before the first note, remembered in
// the settings; 通过 / 退回 (with the reason) per filing and per table are saved in the file, shown to the
// clerk and printed in the 审核报告.
import { basename, dirname } from 'node:path';
import { test, expect } from '../support/fixtures';
import { readFilingFile } from '../../src/node/files/file-store';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';
import { ReviewPage } from './pages/review-page';

const SHOTS = 'tests/artifacts';

test.use({ viewport: { width: 1366, height: 768 } });

test('the reviewer is asked for a name before the first note; verdicts reach the file, the clerk and the report', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const review = new ReviewPage(page);
  const findings = new FindingsPage(page);
  await shell.ready();
  const dir = dirname(app.sampleFile);
  const name = basename(app.sampleFile);
  await review.openForReview(dir, name);

  // A note on a finding asks who is writing first; nothing is signed "审阅人".
  const finding = findings.finding('公开02表 合计 财政拨款收入');
  await finding.getByTestId('finding-note-add').click();
  await expect(finding.getByTestId('finding-reviewer-name-form')).toContainText('请先填写审阅人姓名');
  await expect(finding.getByTestId('finding-note-box')).toHaveCount(0);
  await finding.getByTestId('finding-reviewer-name-input').fill('王审阅');
  await finding.getByTestId('finding-reviewer-name-save').click();
  await finding.getByTestId('finding-note-box-text').fill('请核对财政拨款收入。');
  await finding.getByTestId('finding-note-box-submit').click();
  await expect(finding.getByTestId('review-note')).toContainText('王审阅');
  expect((await app.call('getSettings')).body.result).toMatchObject({ reviewerName: '王审阅' });

  // Verdicts: the filing and 公开02表 退回 with reasons, 公开03表 通过; 退回 needs a reason.
  await review.openPanel('notes');
  await expect(page.getByTestId('reviewer-name')).toHaveText('王审阅');
  await review.verdict('T02').getByTestId('verdict-return').click();
  await review.verdict('T02').getByTestId('verdict-return-submit').click();
  await expect(review.verdict('T02').getByRole('alert')).toContainText('退回时请写明原因');
  await review.verdict('T02').getByTestId('verdict-reason-input').fill('政府性基金应列财政拨款收入，请调整。');
  await review.verdict('T02').getByTestId('verdict-return-submit').click();
  await expect(review.verdict('T02').getByTestId('verdict-state')).toHaveText('退回');
  await review.verdict('T03').getByTestId('verdict-pass').click();
  await expect(review.verdict('T03').getByTestId('verdict-state')).toHaveText('通过');
  await review.verdict('filing').getByTestId('verdict-return').click();
  await review.verdict('filing').getByTestId('verdict-reason-input').fill('见公开02表。');
  await review.verdict('filing').getByTestId('verdict-return-submit').click();
  await page.screenshot({ path: `${SHOTS}/review-verdicts-1366.png` });
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);
  const saved = await readFilingFile(app.sampleFile);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.filing.verdicts?.map((v) => [v.target, v.verdict, v.reviewer])).toEqual(expect.arrayContaining([['T02', '退回', '王审阅'], ['T03', '通过', '王审阅'], ['filing', '退回', '王审阅']]));

  // Printed in the report, by table name.
  await page.getByTestId('review-tab-report').click();
  const body = page.frameLocator('[data-testid="review-report-frame"]').locator('body');
  await expect(body).toContainText('三、审阅结论');
  const row = body.locator('tr').filter({ hasText: '公开02表 收入决算表' });
  await expect(row.locator('td').nth(1)).toHaveText('退回');
  await expect(row.locator('td').nth(2)).toHaveText('政府性基金应列财政拨款收入，请调整。');

  // The clerk opens the file: the verdicts and reasons are there, not editable.
  await shell.open(dir, name);
  await expect(review.badge()).toHaveCount(0);
  await review.openPanel('notes');
  await expect(page.getByTestId('verdicts-returned')).toContainText('退回 2 项');
  await expect(review.verdict('T02').getByTestId('verdict-reason')).toContainText('政府性基金应列财政拨款收入，请调整。');
  await expect(review.verdict('T02').getByTestId('verdict-pass')).toHaveCount(0);
  await expect(review.verdict('T04')).toHaveCount(0);
});
