// A clerk's and a reviewer's day at 1366×768 (issue 16, items 6–8 and 13): a 绩效 finding opens its
// project at the field, the form stays readable beside the findings panel, a score beyond its 分值 gives
// no grade, the 审核报告 and the version compare name everything as a clerk does.
import { basename, dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { EvaluationPage } from './pages/evaluation-page';
import { FindingsPage } from './pages/findings-page';
import { ReviewPage } from './pages/review-page';

const SHOTS = 'tests/artifacts';
const PROJECT = '2022年专业人员聘用补贴';

test.use({ viewport: { width: 1366, height: 768 } });

/** Internal ids a reader must never see: table ids, engine keys, rule ids, form ids, raw 栏N without label. */
const INTERNAL = /\bT\d{2}\b|\|\d|\bPE[-\s]|\bpe\d{2}\b|STATED\.|CYCLE\.|\b[WPX]\.T\d|栏\d+(?!）)/;

async function visibleText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).innerText();
}

test('a 绩效 finding opens its project at the field; a score above its 分值 gives no 总分 or grade', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  const findings = new FindingsPage(page);
  await shell.ready();
  await forms.open();
  await forms.selectProject(PROJECT);
  await expect(forms.grade()).toHaveText('优');
  await forms.setLevelScore('产出指标', '50.5');
  await expect(forms.grade()).toHaveText('—');
  await expect(forms.total()).toContainText('产出指标得分超出分值或不是数字，未计总分');
  await expect(forms.items().filter({ hasText: PROJECT }).getByTestId('pe-list-grade')).toHaveCount(0);

  // Elsewhere (another project, then a table), the finding brings the clerk back to the field.
  await forms.selectProject('精准扶贫干部驻村生活补贴');
  await shell.openTable('T02');
  await findings.goTo(`项目“${PROJECT}”产出指标得分 50.5 分超出分值 50 分`);
  await expect(page.getByTestId('view-evaluation')).toBeVisible();
  await expect(forms.field('name')).toHaveValue(PROJECT);
  await expect(forms.levelScore('产出指标')).toBeFocused();

  // Readable beside the findings panel: 二级指标 shows its words, the score box is clear of ↑↓✕.
  const select = page.getByTestId('pe-indicator-row').first().getByLabel('二级指标');
  const selectBox = (await select.boundingBox())!;
  expect(selectBox.width).toBeGreaterThan(100);
  const score = (await forms.levelScore('产出指标').boundingBox())!;
  const actions = (await page.getByTestId('pe-indicator-row').first().locator('.pe-actions').boundingBox())!;
  expect(score.x + score.width).toBeLessThanOrEqual(actions.x);
  await page.screenshot({ path: `${SHOTS}/evaluation-form-1366.png` });
  await findings.root.screenshot({ path: `${SHOTS}/findings-panel-1366.png` });

  // Fixing the score brings 总分 and 等级 back.
  await forms.setLevelScore('产出指标', '50');
  await expect(forms.grade()).toHaveText('优');
});

test('a new empty project shows no score, no grade and no grade counts', async ({ app }) => {
  const page = app.page;
  const forms = new EvaluationPage(page);
  await new AppPage(page).ready();
  await forms.open();
  const before = await page.getByTestId('pe-summary').innerText();
  await page.getByTestId('pe-add').click();
  await expect(forms.items()).toHaveCount(5);
  await expect(forms.items().last().getByTestId('pe-list-grade')).toHaveCount(0);
  await expect(forms.items().last()).not.toContainText('0分');
  await expect(forms.grade()).toHaveText('—');
  await expect(forms.total()).toHaveText('尚未填写得分');
  await expect(page.getByTestId('pe-summary')).toContainText('未评等级1个');
  expect(before).not.toContain('差');
});

test('the 审核报告 names cells, form fields and notes as a clerk does, with no internal id', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  const review = new ReviewPage(page);
  await shell.ready();
  await forms.open();
  await forms.selectProject(PROJECT);
  await forms.setLevelScore('产出指标', '50.5');
  await review.openPanel('report');
  const frame = page.frameLocator('[data-testid="review-report-frame"]');
  await expect(frame.locator('h1')).toContainText('审核报告');
  const text = await frame.locator('body').innerText();
  expect(text).toContain(`项目支出绩效自评表 项目“${PROJECT}” 产出指标自评得分`);
  expect(text).toMatch(/公开02表 合计 财政拨款收入（栏2）/);
  expect(text.match(INTERNAL)).toBeNull();
});

test('version compare lists self-evaluation and 情况说明 changes by name, with no internal id', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  const review = new ReviewPage(page);
  await shell.ready();
  const dir = dirname(app.sampleFile);
  await shell.saveAs(dir, '修改后.jsgk');
  await forms.open();
  await forms.selectProject(PROJECT);
  await forms.setLevelScore('产出指标', '45');
  await page.getByTestId('nav-narrative').click();
  await page.getByTestId('nv-last-year').locator('summary').click();
  const last = page.getByTestId('nv-last-T10.5');
  await last.fill('223755.54');
  await last.press('Enter');
  // 上年数 reads with thousands separators, as the tables do.
  await expect(last).toHaveValue('223,755.54');
  await shell.save();
  await expect(shell.dirtyMark()).toHaveCount(0);

  await review.openPanel('compare');
  await review.choose(page.getByTestId('compare-pick'), dir, basename(app.sampleFile));
  await expect(page.getByTestId('compare-evaluations')).toContainText(`项目“${PROJECT}”：产出指标自评得分有变化`);
  await expect(page.getByTestId('compare-narrative')).toContainText('上年数 ');
  await expect(page.getByTestId('compare-narrative')).toContainText('223,755.54');
  await expect(page.getByTestId('compare-summary')).toContainText('绩效自评表变化 1 个项目');
  const text = await visibleText(page, '[data-testid="compare-view"]');
  expect(text).not.toContain('新增科目行');
  expect(text.match(INTERNAL)).toBeNull();
  await page.screenshot({ path: `${SHOTS}/compare-1366.png` });
});
