// The application shell: navigation, file commands, status bar, findings panel, dialogs.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { GridPage } from './grid-page';

export class AppPage {
  constructor(readonly page: Page) {}

  /** Waits until a filing is open (the sample at startup). */
  async ready(): Promise<void> {
    await expect(this.page.getByTestId('nav-T01')).toBeVisible({ timeout: 20_000 });
  }

  async openTable(table: string): Promise<GridPage> {
    await this.page.getByTestId(`nav-${table}`).click();
    const grid = new GridPage(this.page, table);
    await expect(grid.root.locator('.ag-row').first()).toBeVisible();
    return grid;
  }

  /** The navigation's entries as they read (表一 …, 情况说明数据, 绩效自评, 情况说明 …). */
  navLabels(): Promise<string[]> {
    return this.page.getByTestId('nav').locator('.nav-number').allInnerTexts();
  }

  /** 最近 ▾ → 打开示例 (shanxi-2022, shanghai-2024): the built-in sample opens, marked as one. */
  async openSample(id: 'shanxi-2022' | 'shanghai-2024'): Promise<void> {
    await this.page.getByTestId('cmd-recent').click();
    await this.page.getByTestId(`cmd-sample-${id}`).click();
    await expect(this.page.getByTestId('sample-banner')).toContainText(id === 'shanghai-2024' ? '上海 2024' : '山西 2022');
  }

  navState(view: string): Locator {
    return this.page.getByTestId(`nav-state-${view}`);
  }

  fileName(): Locator {
    return this.page.getByTestId('file-name');
  }

  dirtyMark(): Locator {
    return this.page.getByTestId('dirty-mark');
  }

  errorCount(): Locator {
    return this.page.getByTestId('status-errors');
  }

  warningCount(): Locator {
    return this.page.getByTestId('status-warnings');
  }

  async setUnit(unit: '元' | '万元'): Promise<void> {
    await this.page.getByTestId('unit-switch').selectOption(unit);
  }

  /** Ctrl+F, the words, Enter: the first hit is focused. Returns the find bar. */
  async find(words: string): Promise<Locator> {
    await this.page.keyboard.press('Control+f');
    const input = this.page.getByTestId('find-input');
    await input.fill(words);
    await input.press('Enter');
    return this.page.getByTestId('find-bar');
  }

  statusMessage(): Locator {
    return this.page.getByTestId('status-message');
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+y');
  }

  /** 使用说明 by its key, F1; answers the dialog. */
  async pressHelpKey(): Promise<Locator> {
    await this.page.keyboard.press('F1');
    const dialog = this.page.getByTestId('help-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 帮助 ▾ → one of its items (cmd-help-guide, cmd-about); answers the dialog it opens. */
  async helpMenu(item: 'cmd-help-guide' | 'cmd-about'): Promise<Locator> {
    await this.page.getByTestId('cmd-help').click();
    await this.page.getByTestId(item).click();
    const dialog = this.page.getByTestId(item === 'cmd-about' ? 'about-dialog' : 'help-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 另存为 through the in-app chooser of the browser host, into `dir` as `name`. */
  async saveAs(dir: string, name: string): Promise<void> {
    await this.page.getByTestId('cmd-save-as').click();
    await this.chooseIn(dir, name);
    await expect(this.dirtyMark()).toHaveCount(0);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  /** 打开 through the in-app chooser. */
  async open(dir: string, name: string): Promise<void> {
    await this.page.getByTestId('cmd-open').click();
    const dialog = this.page.getByTestId('dialog');
    if (await dialog.isVisible().catch(() => false)) await this.page.getByTestId('dialog-other').click();
    await this.chooseIn(dir, name);
    await expect(this.fileName()).toHaveText(name);
  }

  /** 导入/导出 ▸ 导出 Excel/PDF into `dir` as `name`; `draft` is the 审核未通过 notice to confirm, if the filing has errors. */
  async exportTo(kind: 'xlsx' | 'pdf', dir: string, name: string, draft?: string): Promise<void> {
    await this.page.getByTestId('cmd-export').click();
    await this.page.getByTestId(`cmd-export-${kind}`).click();
    if (draft) {
      await expect(this.page.getByTestId('dialog')).toContainText(draft);
      await this.page.getByTestId('dialog-ok').click();
    }
    await this.chooseIn(dir, name);
  }

  /** 导入/导出 ▸ 导入 Excel from `dir`/`name` (the read report, if shown, is left open). */
  async importXlsx(dir: string, name: string): Promise<void> {
    await this.page.getByTestId('cmd-export').click();
    await this.page.getByTestId('cmd-import-xlsx').click();
    await this.chooseIn(dir, name);
  }

  /** 最近 ▾: the listed paths. */
  async recentPaths(): Promise<string[]> {
    await this.page.getByTestId('cmd-recent').click();
    const list = this.page.getByTestId('recent-list');
    await expect(list).toBeVisible();
    const paths = await list.locator('button[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    await this.page.getByTestId('cmd-recent').click();
    return paths;
  }

  /** Answers the in-app file chooser: folder and name, then 确定. */
  async chooseIn(dir: string, name: string): Promise<void> {
    const chooser = this.page.getByTestId('file-chooser');
    await expect(chooser).toBeVisible();
    await this.page.getByTestId('chooser-dir').fill(dir);
    await this.page.getByTestId('chooser-name').fill(name);
    await this.page.getByTestId('chooser-ok').click();
    await expect(chooser).toHaveCount(0);
  }
}
