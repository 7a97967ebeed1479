// The 绩效自评 and 情况说明 views as a clerk uses them: a form's figures and grade follow the typing, the
// narrative and its charts follow the tables, and next year's filing is made from this one.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

class FormsPage {
  constructor(readonly page: Page) {}

  async openEvaluation(): Promise<void> {
    await this.page.getByTestId('nav-evaluation').click();
    await expect(this.page.getByTestId('pe-list-item').first()).toBeVisible();
  }

  async selectProject(name: string): Promise<void> {
    await this.page.getByTestId('pe-list-item').filter({ hasText: name }).locator('.fv-item-name').click();
    await expect(this.field('name')).toHaveValue(name);
  }

  field(key: string): Locator {
    return this.page.getByTestId(`pe-${key}`);
  }

  shown(key: 'rate' | 'suggested' | 'total' | 'grade'): Locator {
    return this.page.getByTestId(`pe-${key}`);
  }

  async openNarrative(): Promise<void> {
    await this.page.getByTestId('nav-narrative').click();
    await expect(this.page.getByTestId('nv-section-一')).toBeVisible();
  }

  section(number: string): Locator {
    return this.page.getByTestId(`nv-section-${number}`);
  }
}

test('a form’s 执行率, suggested score, 总分 and 等级 follow what is typed', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const forms = new FormsPage(app.page);
  await forms.openEvaluation();
  await forms.selectProject('2022年专业人员聘用补贴');
  await expect(forms.shown('rate')).toHaveText('99.13%');
  await expect(forms.shown('suggested')).toHaveText('9.91');
  await expect(forms.shown('total')).toHaveText('99');
  await expect(forms.shown('grade')).toHaveText('优');

  // 执行数 down to 20万元: the rate and the suggestion follow at once; the entered 9 now stands out.
  await forms.field('spent-total').fill('20');
  await expect(forms.shown('rate')).toHaveText('54.20%');
  await expect(forms.shown('suggested')).toHaveText('5.42');
  await forms.field('spent-city').fill('20');
  await forms.field('goalEffect').click();
  await expect(app.page.getByTestId('pe-flag-execution')).toContainText('应为 5.42 分');

  // Taking the suggestion and losing points on 产出: 总分 and 等级 follow.
  await forms.field('executionScore').fill('');
  await expect(forms.shown('total')).toHaveText('95.42');
  await app.page.getByTestId('pe-level-score-产出指标').fill('20');
  await expect(forms.shown('total')).toHaveText('65.42');
  await expect(forms.shown('grade')).toHaveText('中');
  await forms.field('goalEffect').click();
  await expect(app.page.getByTestId('pe-flag-execution')).toHaveCount(0);
});

test('政府投资信息化项目管理费 shows its 执行情况 提示 at the field', async ({ app }) => {
  await new AppPage(app.page).ready();
  const forms = new FormsPage(app.page);
  await forms.openEvaluation();
  await forms.selectProject('政府投资信息化项目管理费');
  await expect(forms.shown('rate')).toHaveText('100.00%');
  await expect(app.page.getByTestId('pe-flag-execution')).toContainText('执行情况得分 9 分');
  await forms.field('executionScore').fill('10');
  await forms.field('goalEffect').click();
  await expect(app.page.getByTestId('pe-flag-execution')).toHaveCount(0);
  await expect(forms.shown('total')).toHaveText('100');
});

test('a 公开03表 change shows in the narrative sentence and its chart', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const forms = new FormsPage(app.page);
  await forms.openNarrative();
  await expect(forms.section('三')).toContainText('基本支出5,591,809.19元，占比13.33%');

  const grid = await shell.openTable('T03');
  await grid.type('2010501', 2, '126643');
  await expect(grid.cell('合计', 2)).toContainText('5,691,809.19');

  await forms.openNarrative();
  await expect(forms.section('三')).toContainText('2022年度支出合计42,043,654.36元');
  await expect(forms.section('三')).toContainText('基本支出5,691,809.19元，占比13.54%');
  await expect(app.page.getByTestId('nv-chart-spending').locator('svg')).toContainText('5,691,809.19元');
});

test('a cleared reason raises the 提示 at its slot, and writing one clears it', async ({ app }) => {
  await new AppPage(app.page).ready();
  const forms = new FormsPage(app.page);
  await forms.openNarrative();
  const slot = app.page.getByTestId('nv-slot-T10.5');
  await slot.fill('');
  await forms.section('十').getByText('（一）机关运行经费支出情况说明').click();
  await expect(app.page.getByTestId('nv-flag')).toContainText('机关运行经费');
  await expect(forms.section('十')).not.toContainText('主要原因是我部门严格落实');
  await slot.fill('压减会议和差旅');
  await forms.section('十').getByText('（一）机关运行经费支出情况说明').click();
  await expect(app.page.getByTestId('nv-flag')).toHaveCount(0);
  await expect(forms.section('十')).toContainText('下降0.53%，主要原因是压减会议和差旅。');
});

test('next year’s filing carries this year’s figures as last year’s', async ({ app }) => {
  await new AppPage(app.page).ready();
  const forms = new FormsPage(app.page);
  await forms.openNarrative();
  await app.page.getByTestId('nv-next-year').click();
  const dialog = app.page.getByTestId('dialog');
  if (await dialog.isVisible().catch(() => false)) await app.page.getByTestId('dialog-ok').click();
  await forms.openNarrative();
  await expect(forms.section('一')).toContainText('2023年度收入总计0.00元');
  await expect(forms.section('一')).toContainText('与2022年相比，收入总计减少41,943,654.36元');
  await forms.openEvaluation();
  await expect(app.page.getByTestId('pe-list-item')).toHaveCount(4);
  await expect(forms.field('budget-total')).toHaveValue('');
});

test('projects and indicators are added, reordered and removed', async ({ app }) => {
  await new AppPage(app.page).ready();
  const forms = new FormsPage(app.page);
  await forms.openEvaluation();
  const items = app.page.getByTestId('pe-list-item');
  await expect(items).toHaveCount(4);

  await app.page.getByTestId('pe-add').click();
  await expect(items).toHaveCount(5);
  await forms.field('name').fill('数据共享交换平台运维费');
  await forms.field('budget-total').fill('12');
  await forms.field('budget-city').fill('12');
  await forms.field('spent-total').fill('9');
  await expect(forms.shown('rate')).toHaveText('75.00%');
  await expect(forms.shown('suggested')).toHaveText('7.5');
  await forms.field('goalOutput').click();
  await expect(items.nth(4)).toContainText('数据共享交换平台运维费');

  // One indicator per 一级指标 to start with; add a second 产出指标 and move it up.
  const rows = app.page.getByTestId('pe-indicator-row');
  await expect(rows).toHaveCount(3);
  await rows.nth(0).getByTestId('pe-ind-name').fill('平台可用率');
  await app.page.getByTestId('pe-add-indicator-产出指标').click();
  await expect(rows).toHaveCount(4);
  await rows.nth(1).getByTestId('pe-ind-name').fill('接入部门数');
  await rows.nth(1).getByTitle('上移').click();
  await expect(rows.nth(0).getByTestId('pe-ind-name')).toHaveValue('接入部门数');
  await expect(rows.nth(1).getByTestId('pe-ind-name')).toHaveValue('平台可用率');
  await rows.nth(0).getByTestId('pe-ind-remove').click();
  await expect(rows).toHaveCount(3);

  // The new project moves up the list; deleting asks for a second click.
  await items.nth(4).getByTitle('上移').click();
  await expect(items.nth(3)).toContainText('数据共享交换平台运维费');
  await items.nth(3).getByTestId('pe-remove').click();
  await expect(items.nth(3).getByTestId('pe-remove')).toHaveText('确认删除');
  await items.nth(3).getByTestId('pe-remove').click();
  await expect(items).toHaveCount(4);
  await expect(app.page.getByTestId('pe-list')).not.toContainText('数据共享交换平台运维费');
});

test('年初预算 and 上年数 typed in the narrative’s inputs change its sentences', async ({ app }) => {
  await new AppPage(app.page).ready();
  const forms = new FormsPage(app.page);
  await forms.openNarrative();
  await expect(forms.section('五')).toContainText('完成年初预算的851.82%');
  await app.page.getByTestId('nv-initial-budget').locator('summary').click();
  const budget = app.page.getByTestId('nv-budget-206');
  await budget.fill('9071009.20');
  await budget.press('Enter');
  await expect(forms.section('五')).toContainText('科学技术（类）年初预算9,071,009.20元，支出决算9,071,009.20元，完成年初预算的100.00%');
  await budget.fill('12.3.4');
  await budget.press('Enter');
  await expect(app.page.getByTestId('nv-initial-budget').getByRole('alert')).toContainText('多个小数点');

  await app.page.getByTestId('nv-last-year').locator('summary').click();
  const last = app.page.getByTestId('nv-last-T10.5');
  await last.fill('223755.54');
  await last.press('Enter');
  await expect(forms.section('十')).toContainText('机关运行经费支出223,755.54元，与2021年持平');
});
