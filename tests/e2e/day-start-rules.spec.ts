// Issue 16 items 10 and 11 at 1366×768: the start page of a first start (新建, 打开, 最近, 打开示例), the
// 示例 mark wherever a sample is open, the 审核公式 view (every rule, its state as the engine decided it,
// the formula in words, no internal id anywhere) and 审核结果.xlsx read back with exceljs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { StartPage } from './pages/start-page';
import { RulesPage } from './pages/rules-page';
import { GridPage } from './pages/grid-page';
import { parseFiling } from '../../src/shared/filing/schema';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll } from '../../src/shared/rules/engine';
import { getTemplate } from '../../src/shared/templates/registry';
import { markedSample } from '../../src/shared/sample/samples';
import { isStoredAmount } from '../../src/shared/money/money';

const SHOTS = 'tests/artifacts';
test.use({ viewport: { width: 1366, height: 768 } });

/** Internal ids that must never reach a page: rule ids, table ids, cell keys, placeholders. */
const INTERNAL = /\b(?:[WXP]\.(?:T|SH|LY)|PE-\d|NR-\d|HZ-\d|T\d\d\b|SH[N\d]\d?\b|STATED|CYCLE)|⟨|undefined|\bT\d\d\s/;

/** Each rule's state from the engine's own output (findings, 未核对), independent of the view's code. */
function engineStates(filing: Filing): Map<string, { state: string; count: number }> {
  const template = getTemplate(filing.template);
  const { findings, unchecked } = checkAll(filing, template);
  const ly = filing.narrative.lastYear;
  const out = new Map<string, { state: string; count: number }>();
  for (const r of template.rules) {
    const count = findings.filter((f) => f.rule === r.id).length;
    const lacksLastYear = r.kind === 'linear' && r.requires === 'lastYear' && [...r.left.terms, ...r.right.terms].some((t) => t.kind === 'lastYear' && !isStoredAmount(ly[t.key]));
    const state = unchecked.some((u) => u.rule === r.id) ? '未核对' : count > 0 ? '未通过' : r.id.startsWith('HZ-') && !filing.consolidation ? '不适用' : lacksLastYear ? '未核对' : '通过';
    out.set(r.id, { state, count });
  }
  return out;
}

async function expectStatesMatch(rules: RulesPage, filing: Filing): Promise<void> {
  const shown = await rules.states();
  const expected = engineStates(filing);
  for (const [id, e] of expected) {
    expect(shown[id], `规则 ${id}`).toBe(e.state);
    if (e.count > 0) await expect(rules.rule(id).getByTestId('rule-state')).toContainText(`${e.count} 处`);
  }
}

test.describe('first start without a file', () => {
  test.use({ startWithSample: false });

  test('shows the start page; every entry is reached by Tab; a sample opens marked, and 起始页 comes back', async ({ app }) => {
    const page = app.page;
    const start = new StartPage(page);
    await start.visible();
    await expect(page).toHaveTitle('起始页 - 决算通');
    await expect(start.root).toContainText('新建');
    await expect(start.root).toContainText('打开');
    await expect(start.root.getByTestId('start-recent-empty')).toHaveText('还没有最近打开的文件。');
    await expect(start.sampleButton('shanxi-2022')).toContainText('打开示例：山西 2022 阳泉市大数据应用局');
    await expect(start.sampleButton('shanghai-2024')).toContainText('打开示例：上海 2024 普陀区规划和自然资源局');
    await expect(start.root.getByTestId('start-new')).toBeFocused();
    // Nothing is open: no counts or "all passed" that would read as a checked file.
    await expect(page.getByTestId('file-name')).toHaveText('起始页');
    await expect(page.getByTestId('status-no-file')).toHaveText('没有打开的文件');
    await expect(page.getByTestId('findings-panel')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/start-page-1366.png` });

    // Keyboard only: Tab to the 上海 sample and Enter.
    const presses = await start.tabTo(start.sampleButton('shanghai-2024'));
    expect(presses).toBeLessThanOrEqual(4);
    await page.keyboard.press('Enter');
    const shell = new AppPage(page);
    await expect(start.banner()).toBeVisible();
    await expect(start.banner()).toContainText('这是示例文件');
    await expect(start.banner()).toContainText('上海 2024 普陀区规划和自然资源局');
    await expect(start.badge()).toHaveText('示例');
    await expect(shell.fileName()).toHaveText('示例（尚未保存）');
    await expect(page).toHaveTitle('未命名（示例） - 决算通');
    await page.screenshot({ path: `${SHOTS}/sample-banner-1366.png` });

    // 起始页 again: the open file is offered back; the banner stays with the file, not the start page.
    await start.open();
    await expect(start.banner()).toHaveCount(0);
    await start.root.getByTestId('start-back').click();
    await expect(page.getByTestId('view-overview')).toBeVisible();
    await expect(start.banner()).toBeVisible();

    // 另存为 from the banner keeps the mark: it is still the sample.
    await page.getByTestId('sample-save-as').click();
    await shell.chooseIn(app.dataDir, '练习.jsgk');
    await expect(shell.fileName()).toHaveText('练习.jsgk');
    await expect(start.badge()).toBeVisible();
    const saved = parseFiling(await readFile(join(app.dataDir, '练习.jsgk'), 'utf8'));
    expect(saved.ok && saved.filing.sample).toBe('shanghai-2024');

    // Now in 最近 on the start page; 新建 from the banner gives a filing that is not a sample.
    await start.open();
    await expect(start.recentItems().first()).toContainText('练习.jsgk');
    await start.root.getByTestId('start-back').click();
    await page.getByTestId('sample-new').click();
    await page.getByTestId('new-filing-ok').click();
    await expect(shell.fileName()).toContainText('未命名');
    await expect(start.banner()).toHaveCount(0);
    await expect(start.badge()).toHaveCount(0);
  });
});

test('npm start’s sample file opens with its banner and title', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const start = new StartPage(app.page);
  await expect(start.banner()).toContainText('这是示例文件（山西 2022 阳泉市大数据应用局');
  await expect(start.badge()).toBeVisible();
  await expect(app.page).toHaveTitle('示例-阳泉市大数据应用局-2022.jsgk（示例） - 决算通');
  // The banner stays over a table too.
  await shell.openTable('T05');
  await expect(start.banner()).toBeVisible();
  await app.page.screenshot({ path: `${SHOTS}/sample-banner-table-1366.png` });
});

test('审核公式 lists every Shanxi rule with the engine’s state, in words; a failing rule goes to its cell; 审核结果.xlsx reads back', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  const rules = new RulesPage(page);
  await rules.open();
  const text = await page.getByTestId('content').innerText();
  expect(text).not.toMatch(INTERNAL);
  const raw = parseFiling(await readFile(app.sampleFile, 'utf8'));
  if (!raw.ok) throw new Error(raw.message);
  const filing = raw.filing;
  expect(await rules.rows().count()).toBe(getTemplate('shanxi-2022').rules.length + 1);
  await expectStatesMatch(rules, filing);
  // Words for a per-类 rule, with the cells named as a clerk reads them.
  await expect(rules.rule('X.T03-T01').getByTestId('rule-formula')).toHaveText('对每一类支出（功能分类类级科目）：公开03表 该类 本年支出合计 = 公开01表 该类所在行');
  await expect(rules.rule('P.LY.T01')).toHaveAttribute('data-state', '未核对');
  await expect(rules.rule('P.LY.T01').getByTestId('rule-state')).toContainText('未填写上年数');
  await page.screenshot({ path: `${SHOTS}/rules-view-1366.png` });

  // The sample's 公开02表 合计 财政拨款收入 disagrees with 公开01表: the rule's finding opens the cell.
  await expect(rules.rule('X.T02-T01.2')).toHaveAttribute('data-state', '未通过');
  await rules.goToFirstFinding('X.T02-T01.2');
  const grid = new GridPage(page, 'T02');
  await expect(grid.root).toBeVisible();
  await expect.poll(() => grid.focused()).toEqual({ row: '合计', col: 'c2' });

  // The rule itself goes there too (the 公开06表 提示: its first cell is 30110 基本支出).
  await rules.open();
  await expect(rules.rule('P.T06-T05.30110+30111')).toHaveAttribute('data-state', '未通过');
  await rules.goToRule('P.T06-T05.30110+30111');
  const t06 = new GridPage(page, 'T06');
  await expect(t06.root).toBeVisible();
  await expect.poll(() => t06.focused()).toEqual({ row: '30110', col: 'c2' });

  await rules.open();
  await page.getByTestId('rules-filter').selectOption('未核对');
  await expect(rules.rows().filter({ has: page.locator('[data-state="通过"]') })).toHaveCount(0);
  await page.getByTestId('rules-filter').selectOption('all');

  // 导出审核结果 → the in-app chooser → read back.
  await rules.exportButton();
  await shell.chooseIn(app.dataDir, '审核结果.xlsx');
  await expect(shell.statusMessage()).toContainText('已导出审核结果');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(app.dataDir, '审核结果.xlsx'));
  const ws = wb.getWorksheet('审核结果')!;
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['表', '单元格', '规则', '级别', '说明', '差额', '出错说明']);
  const { findings } = checkAll(filing, getTemplate('shanxi-2022'));
  expect(ws.rowCount).toBe(findings.length + 1);
  const rowOf = (i: number) => (ws.getRow(i + 2).values as unknown[]).slice(1);
  const t02 = findings.findIndex((f) => f.rule === 'X.T02-T01.2');
  const r = rowOf(t02);
  expect(r.slice(0, 4)).toEqual(['公开02表', '公开02表 合计 财政拨款收入（栏2）', '公开02表 合计 财政拨款收入与公开01表一致', '强制']);
  expect(r[4]).toBe(findings[t02].message);
  expect(r[5]).toBe(18877239);
  for (let i = 0; i < findings.length; i++) expect(rowOf(i).map(String).join(' ')).not.toMatch(INTERNAL);
});

test('审核公式 of the Shanghai template: every rule, the engine’s state, no internal ids', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  await page.getByTestId('cmd-recent').click();
  await page.getByTestId('cmd-sample-shanghai-2024').click();
  await expect(new StartPage(page).banner()).toContainText('上海 2024');
  const rules = new RulesPage(page);
  await rules.open();
  expect(await page.getByTestId('content').innerText()).not.toMatch(INTERNAL);
  const filing = markedSample('shanghai-2024');
  expect(await rules.rows().count()).toBe(getTemplate('shanghai-2024').rules.length + 1);
  await expectStatesMatch(rules, filing);
  await page.screenshot({ path: `${SHOTS}/rules-view-shanghai-1366.png` });
});
