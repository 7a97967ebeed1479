// Undo of form edits at 1366×768 (issue 16 item 3): a self-evaluation field and a MOF source figure are each
// one step of the one history, Ctrl+Z puts the figure and its findings back and reopens the field, saying
// what it undid; Ctrl+Y redoes it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { shanxi2022 } from '../../src/shared/templates/shanxi-2022/index';
import { mofForm } from '../support/mof-form-fixture';
import { AppPage } from './pages/app-page';
import { EvaluationPage } from './pages/evaluation-page';

test.use({ viewport: { width: 1366, height: 768 } });

test('a self-evaluation score: Ctrl+Z restores it and its 提示, at the field; Ctrl+Y redoes it', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  await shell.ready();
  await forms.open();
  await forms.selectProject('政府投资信息化项目管理费');
  await expect(page.getByTestId('pe-flag-execution')).toContainText('执行情况得分 9 分');
  await expect(page.getByTestId('cmd-undo')).toBeDisabled();

  await forms.field('executionScore').fill('10');
  await forms.field('goalEffect').click();
  await expect(page.getByTestId('pe-flag-execution')).toHaveCount(0);
  await expect(page.getByTestId('cmd-undo')).toBeEnabled();

  // From another view: the undo goes back to the form and the field.
  await shell.openTable('T01');
  await shell.undo();
  await expect(shell.statusMessage()).toContainText('已撤销：修改 项目“政府投资信息化项目管理费” 项目执行情况自评得分');
  await expect(forms.field('executionScore')).toHaveValue('9');
  await expect(forms.field('executionScore')).toBeFocused();
  await expect(page.getByTestId('pe-flag-execution')).toContainText('执行情况得分 9 分');
  await page.screenshot({ path: 'tests/artifacts/form-undo-1366.png' });

  await shell.redo();
  await expect(shell.statusMessage()).toContainText('已恢复：修改 项目“政府投资信息化项目管理费” 项目执行情况自评得分');
  await expect(forms.field('executionScore')).toHaveValue('10');
  await expect(page.getByTestId('pe-flag-execution')).toHaveCount(0);

  // Typing in a box: Ctrl+Z there is the box's own (the document keeps its one step).
  await forms.field('conclusion').fill('良好');
  await page.keyboard.press('Control+z');
  await expect(forms.field('executionScore')).toHaveValue('10');
});

test('a MOF source figure: Ctrl+Z restores it, 年度资金总额 and the finding; Ctrl+Y redoes it', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  await shell.ready();
  const project = '智慧城市运维保障';
  writeFileSync(join(app.dataDir, 'mof.xlsx'), await buildWorkbook({ ...sampleFiling(), evaluations: [mofForm(project, '阳泉市大数据应用局')] }, shanxi2022));
  await shell.importXlsx(app.dataDir, 'mof.xlsx');
  await expect(page.getByTestId('dialog')).toContainText('读入报告');
  // The read report is taller than 768 (see evaluation-mof.spec): answered from the keyboard.
  await page.getByTestId('dialog-ok').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dialog')).toHaveCount(0);
  await forms.open();
  await forms.selectProject(project);

  await forms.setSourceAmount(1, 'spent', '70');
  await expect(forms.sourceAmount(0, 'spent')).toHaveValue('85');
  await forms.setSourceAmount(2, 'spent', '十五');
  await expect(page.getByTestId('pe-flag-sources-spent')).toContainText('全年执行数含有不是数字的金额');

  await shell.undo();
  await expect(shell.statusMessage()).toContainText(`已撤销：修改 项目“${project}” 上年结转资金全年执行数`);
  await expect(forms.sourceAmount(2, 'spent')).toHaveValue('15');
  await expect(forms.sourceAmount(2, 'spent')).toBeFocused();
  await expect(page.getByTestId('pe-flag-sources-spent')).toHaveCount(0);
  await shell.undo();
  await expect(shell.statusMessage()).toContainText(`已撤销：修改 项目“${project}” 当年财政拨款全年执行数`);
  await expect(forms.sourceAmount(1, 'spent')).toHaveValue('75');
  await expect(forms.sourceAmount(0, 'spent')).toHaveValue('90');

  await shell.redo();
  await shell.redo();
  await expect(shell.statusMessage()).toContainText('已恢复：修改');
  await expect(forms.sourceAmount(1, 'spent')).toHaveValue('70');
  await expect(forms.sourceAmount(2, 'spent')).toHaveValue('十五');
  await expect(page.getByTestId('pe-flag-sources-spent')).toContainText('全年执行数含有不是数字的金额');
});
