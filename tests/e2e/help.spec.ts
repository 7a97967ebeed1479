// 帮助: F1 opens 使用说明 (how to open, enter, read findings, explain, export, review; the shortcuts), and
// 关于决算通 shows the version of this build, which is package.json's.
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { AppPage } from './pages/app-page';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('F1 opens 使用说明 with every part of the work and the shortcuts; Esc closes it', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  // F1 while a grid cell has focus, as a clerk would press it mid-entry.
  await (await shell.openTable('T03')).select('2010501', 2);
  const help = await shell.pressHelpKey();
  await expect(help.getByRole('heading', { name: '使用说明' })).toBeVisible();
  for (const part of ['打开与新建', '录入', '审核结果', '出错说明', '导出', '审阅', '快捷键']) {
    await expect(help.getByRole('heading', { name: new RegExp(`、${part}$`) })).toBeVisible();
  }
  const keys = help.getByTestId('help-shortcuts');
  await expect(keys.getByRole('row', { name: /Ctrl\+S\s*保存/ })).toBeVisible();
  await expect(keys.getByRole('row', { name: /F1\s*使用说明/ })).toBeVisible();
  mkdirSync('tests/artifacts', { recursive: true });
  await app.page.screenshot({ path: 'tests/artifacts/help.png' });
  await app.page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // The same page from the toolbar, and its 关闭 button.
  const again = await shell.helpMenu('cmd-help-guide');
  await again.getByTestId('help-close').click();
  await expect(again).toHaveCount(0);
});

test('关于决算通 shows the name and the version from package.json', async ({ app }) => {
  const shell = new AppPage(app.page);
  await shell.ready();
  const about = await shell.helpMenu('cmd-about');
  await expect(about).toContainText('决算通');
  await expect(about.getByTestId('about-version')).toHaveText(`版本 ${version}`);
  // F1 from 关于 turns the page to 使用说明 (one info page replaces the other).
  await app.page.keyboard.press('F1');
  await expect(app.page.getByTestId('help-dialog')).toBeVisible();
  await expect(about).toHaveCount(0);
  await app.page.getByTestId('help-close').click();
  await expect(app.page.getByTestId('help-dialog')).toHaveCount(0);
});
