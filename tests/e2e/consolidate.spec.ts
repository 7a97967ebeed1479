// 新建 → 汇总: a clerk chooses the 本级 and two 所属单位, saves the department's file, sees it open with its
// units and offsets; a unit file changes, the app says so, and 更新汇总 rebuilds it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { serializeFiling } from '../../src/shared/filing/schema';
import { readFilingFile } from '../../src/node/files/file-store';
import { parent, unitA, unitB } from '../support/consolidate-fixtures';
import { AppPage } from './pages/app-page';

async function choose(page: Page, dir: string, name: string): Promise<void> {
  await page.getByTestId('chooser-dir').fill(dir);
  await page.getByTestId('chooser-name').fill(name);
  await page.getByTestId('chooser-ok').click();
  await expect(page.getByTestId('file-chooser')).toHaveCount(0);
}

test('汇总 from units: build, open, detect a changed unit, update', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  await shell.ready();
  const dir = join(app.dataDir, '部门');
  await mkdir(dir);
  await writeFile(join(dir, '本级.jsgk'), serializeFiling(parent()));
  await writeFile(join(dir, '信息中心.jsgk'), serializeFiling(unitA()));
  await writeFile(join(dir, '服务中心.jsgk'), serializeFiling(unitB()));

  await page.getByTestId('cmd-consolidate').click();
  for (const name of ['本级.jsgk', '信息中心.jsgk', '服务中心.jsgk']) {
    await page.getByTestId('hz-add').click();
    await choose(page, dir, name);
  }
  await expect(page.getByTestId('hz-unit')).toHaveCount(3);
  await expect(page.getByTestId('hz-unit').first()).toContainText('本级：本级.jsgk');
  await page.getByTestId('hz-run').click();
  await choose(page, dir, '部门汇总.jsgk');

  await expect(shell.fileName()).toHaveText('部门汇总.jsgk');
  await expect(page.getByTestId('hz-panel-unit')).toHaveCount(3);
  await expect(page.getByTestId('hz-changed')).toHaveText('自上次汇总以来各单位文件均未变化。');
  await expect(page.getByTestId('hz-panel')).toContainText('600.00 / 600.00，抵销 600.00，已平');
  await expect(shell.errorCount()).toContainText('0');
  const t03 = await shell.openTable('T03');
  await expect(t03.cell('2010102', 2)).toHaveText('300.00');
  await page.getByTestId('nav-overview').click();

  const a = unitA();
  a.tables.T03['2010102'] = { '2': '250.00', '3': '50.00', '4': '100.00' };
  await writeFile(join(dir, '信息中心.jsgk'), serializeFiling(a));
  await page.getByTestId('hz-check').click();
  await expect(page.getByTestId('hz-changed')).toContainText('有 1 个单位文件有变化');
  await expect(page.getByTestId('hz-panel-unit').nth(1)).toContainText('已修改');
  await page.getByTestId('hz-update').click();
  await expect(page.getByTestId('hz-changed')).toHaveText('自上次汇总以来各单位文件均未变化。');
  await shell.openTable('T03');
  await expect(t03.cell('2010102', 2)).toHaveText('250.00');
  await page.getByTestId('nav-overview').click();
  const saved = await readFilingFile(join(dir, '部门汇总.jsgk'));
  expect(saved.ok && saved.filing.tables.T03['2010102']).toEqual({ '2': '250.00', '3': '50.00' });

  // A unit whose 公开01表 disagrees with its 公开03表: the finding on the 汇总 is traced to the units.
  const b = unitB();
  b.tables.T01['32'] = { '2': '250.00' };
  b.tables.T01['8'] = { '1': '50.00' };
  await writeFile(join(dir, '服务中心.jsgk'), serializeFiling(b));
  await page.getByTestId('hz-check').click();
  await page.getByTestId('hz-update').click();
  await expect(shell.errorCount()).not.toContainText(/^\D*0\D*$/);
  await page.getByTestId('hz-trace').click();
  const item = page.getByTestId('hz-trace-item').filter({ hasText: '公开03表 201' });
  await expect(item.first()).toContainText('公开03表 201 本年支出合计（栏1）：示例局 1,100.00；示例局信息中心 400.00；示例局服务中心 200.00；调整 -700.00');
  await expect(item.first()).toContainText('公开01表 行32 决算数（栏2）：示例局 1,100.00；示例局信息中心 400.00；示例局服务中心 250.00；调整 -700.00');
  await page.screenshot({ path: 'tests/artifacts/consolidate-panel.png', fullPage: true });
});
