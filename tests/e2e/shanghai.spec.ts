// A Shanghai 2024 filing in the app: 新建 with the template serving 2024, figures typed in 万元 into tables
// with no 行次, a cross-table finding (表二 合计 vs 表一 本年收入合计) that appears and clears.
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';
import { FindingsPage } from './pages/findings-page';

const SHOTS = 'tests/artifacts';

test('a new Shanghai filing: 万元 entry, no 行次, a cross-table finding appears and clears', async ({ app }) => {
  const shell = new AppPage(app.page);
  const findings = new FindingsPage(app.page);
  await shell.ready();
  await app.page.getByTestId('cmd-new').click();
  const dialog = app.page.getByTestId('new-filing-dialog');
  if (!(await dialog.isVisible())) await app.page.getByTestId('dialog-other').click();
  await app.page.getByTestId('new-filing-year').selectOption('2024');
  await expect(app.page.getByTestId('new-filing-template')).toHaveValue('shanghai-2024');
  await app.page.getByTestId('new-filing-department').fill('上海市测试局');
  await app.page.getByTestId('new-filing-unit-万元').check();
  await app.page.getByTestId('new-filing-ok').click();
  await expect(dialog).toHaveCount(0);

  const sh01 = await shell.openTable('SH01');
  await expect(sh01.root.locator('.ag-header-cell-text', { hasText: '行次' })).toHaveCount(0);
  await sh01.type('一般公共预算财政拨款收入/201', 1, '100');
  await expect(sh01.cell('本年收入合计/本年支出合计', 1)).toHaveText('100.00');
  // 表二 合计 本年收入合计 (0) ≠ 表一 本年收入合计 (100): a cross-table error.
  await expect(findings.errors('SH02')).toHaveCount(2);
  await expect(findings.errors('SH02').first()).toContainText('收入决算表 合计 本年收入合计 0.00 ≠ 收入支出决算总表 本年收入合计 100.00');
  await expect(shell.navState('SH02')).toContainText('✖2');
  await app.page.screenshot({ path: `${SHOTS}/shanghai-finding.png` });

  const sh02 = await shell.openTable('SH02');
  await sh02.addCode('2080501', '2080501');
  await sh02.type('2080501', 2, '100');
  await expect(sh02.cell('合计', 1)).toHaveText('100.00');
  await expect(findings.group('SH02')).toHaveCount(0);
  await expect(shell.navState('SH02')).toContainText('✓');
});
