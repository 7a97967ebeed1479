// 审阅台 on a folder of 40 filings: every filing a row in the folder's order, with its own counts, a broken
// one among them a row with its reason, the state filter counting right. (The browser host runs from the
// sources, where the desk's checker threads start only for 1000 files or more: pool.ts, desk-pool.test.ts.)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { newFiling } from '../../src/shared/filing/new-filing';
import { AppPage } from './pages/app-page';

test('a folder of 40 filings is checked on the desk, each row with its own counts', async ({ app }) => {
  const page = app.page;
  await new AppPage(page).ready();
  const inbox = join(app.dataDir, '四十个单位');
  await mkdir(inbox, { recursive: true });
  const sample = sampleFiling();
  for (let i = 0; i < 40; i++) {
    const name = `${String(i).padStart(2, '0')}.jsgk`;
    // Every fifth a clean new filing, one broken, the rest the sample with its two 强制 errors.
    const text = i === 17 ? '{"format": "juesuan-filing", ' : i % 5 === 0 ? serializeFiling(newFiling({ template: 'shanxi-2022', year: 2022, department: `空白单位${i}` })) : serializeFiling({ ...sample, meta: { ...sample.meta, department: `单位${i}` } });
    await writeFile(join(inbox, name), text);
  }
  await page.getByTestId('cmd-desk-open').click();
  await page.getByTestId('chooser-dir').fill(inbox);
  await page.getByTestId('chooser-ok').click();
  const rows = page.getByTestId('desk-row');
  await expect(rows).toHaveCount(40, { timeout: 30_000 });
  await expect(page.getByTestId('desk-folder')).toContainText('共 40 个文件');
  const row = (i: number) => page.locator(`[data-testid="desk-row"][data-file="${String(i).padStart(2, '0')}.jsgk"]`);
  await expect(row(17).getByTestId('desk-reason')).toContainText('文件已损坏');
  await expect(row(5).getByTestId('desk-errors')).toHaveText('0');
  await expect(row(6).getByTestId('desk-errors')).toHaveText('2');
  await expect(row(39).getByTestId('desk-errors')).toHaveText('2');
  await expect(rows.first()).toHaveAttribute('data-file', '00.jsgk');
  await expect(rows.last()).toHaveAttribute('data-file', '39.jsgk');
  await page.getByTestId('desk-state-filter').selectOption('未通过');
  await expect(rows).toHaveCount(31);
  await page.screenshot({ path: 'tests/artifacts/desk-many.png' });
});
