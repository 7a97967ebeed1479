// A self-evaluation form in the MOF standard layout (财预〔2020〕10号), imported, edited and exported at
// 1366×768: the 项目资金 lines by source are shown and edited, 年度资金总额 follows them, a PE-3 on a source
// column brings the cursor to its figure, and the exported workbook holds the edit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from '../support/fixtures';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { shanxi2022 } from '../../src/shared/templates/shanxi-2022/index';
import { mofForm } from '../support/mof-form-fixture';
import { AppPage } from './pages/app-page';
import { EvaluationPage } from './pages/evaluation-page';
import { FindingsPage } from './pages/findings-page';

test.use({ viewport: { width: 1366, height: 768 } });

const PROJECT = '智慧城市运维保障';
const MOF_FORM = mofForm(PROJECT, '阳泉市大数据应用局');

/** The figures right of a row label in the exported sheet (the 项目资金 lines). */
function rowOf(ws: ExcelJS.Worksheet, label: string): string[] {
  let out: string[] = [];
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(typeof v === 'object' && v && 'result' in v ? (v as { result: unknown }).result : v)));
    if (out.length === 0 && values.some((v) => v.replace(/\s/g, '').endsWith(label))) out = values;
  });
  return out;
}

test('a MOF form: source lines edited, 年度资金总额 and findings follow, the export holds the edit', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const forms = new EvaluationPage(page);
  const findings = new FindingsPage(page);
  await shell.ready();
  writeFileSync(join(app.dataDir, 'mof.xlsx'), await buildWorkbook({ ...sampleFiling(), evaluations: [MOF_FORM] }, shanxi2022));

  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-import-xlsx').click();
  await shell.chooseIn(app.dataDir, 'mof.xlsx');
  await expect(page.getByTestId('dialog')).toContainText('读入报告');
  // At 768 high the long read report pushes 确定 below the window (not scrollable to; reported to the lead):
  // answered from the keyboard here.
  await page.getByTestId('dialog-ok').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dialog')).toHaveCount(0);

  await forms.open();
  await forms.selectProject(PROJECT);
  // The Shanxi 预算/到位/执行 fields are not on a MOF form; its source lines are.
  await expect(forms.field('budget-total')).toHaveCount(0);
  await expect(forms.sourceAmount(0, 'budget')).toHaveValue('100');
  await expect(forms.sourceAmount(0, 'budget')).toHaveJSProperty('readOnly', true);
  await expect(forms.rate()).toHaveText('90.00%');
  await expect(forms.levelScore('产出指标')).toHaveValue('50');

  // A source figure: the total and the 执行率 follow.
  await forms.setSourceAmount(1, 'budget', '100');
  await expect(forms.sourceAmount(0, 'budget')).toHaveValue('120');
  await expect(forms.rate()).toHaveText('75.00%');

  // Not a number: PE-3 on the column; the finding puts the cursor on that figure.
  await forms.setSourceAmount(2, 'spent', '十五');
  await expect(page.getByTestId('pe-flag-sources-spent')).toContainText('全年执行数含有不是数字的金额');
  await shell.openTable('T01');
  await findings.goTo(`项目“${PROJECT}”项目资金全年执行数含有不是数字的金额`);
  await expect(forms.sourceAmount(2, 'spent')).toBeFocused();
  // Typed back here (undo of form edits: form-undo.spec).
  await forms.setSourceAmount(2, 'spent', '15');
  await expect(forms.sourceAmount(0, 'spent')).toHaveValue('90');
  await expect(page.getByTestId('pe-flag-sources-spent')).toHaveCount(0);

  // A per-indicator 得分: above its own 分值 (完好率 20) it is PE-5 on that input; the level score is the sum.
  const score = page.getByTestId('pe-indicator-row').nth(1).getByTestId('pe-ind-score');
  await score.fill('25');
  await score.press('Tab');
  await expect(score).toHaveClass(/has-error/);
  await expect(findings.items().filter({ hasText: '“完好率”得分 25 分超出该指标分值 20 分，多 5 分' })).toHaveCount(1);
  await score.fill('18.5');
  await score.press('Tab');
  await expect(forms.levelScore('产出指标')).toHaveValue('48.5');
  await expect(score).not.toHaveClass(/has-error/);
  await page.screenshot({ path: 'tests/artifacts/evaluation-mof-1366.png' });

  await page.getByTestId('cmd-export').click();
  await page.getByTestId('cmd-export-xlsx').click();
  const dialog = page.getByTestId('dialog');
  if (await dialog.isVisible().catch(() => false)) await page.getByTestId('dialog-ok').click();
  await shell.chooseIn(app.dataDir, '导出');
  await expect(shell.statusMessage()).toContainText('已导出', { timeout: 30_000 });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(app.dataDir, '导出.xlsx'));
  const sheet = wb.worksheets.find((ws) => rowOf(ws, '当年财政拨款').length > 0);
  expect(sheet).toBeDefined();
  const line = rowOf(sheet!, '当年财政拨款').filter((v) => /^\d+(\.\d+)?$/.test(v));
  expect(line.slice(0, 3).map(Number)).toEqual([80, 100, 75]);
  expect(rowOf(sheet!, '年度资金总额').filter((v) => /^\d+(\.\d+)?$/.test(v)).slice(0, 3).map(Number)).toEqual([100, 120, 90]);
  expect(rowOf(sheet!, '完好率').filter((v) => /^\d+(\.\d+)?$/.test(v)).map(Number)).toEqual([20, 18.5]);
});
