// The 审核结果 panel: findings grouped by table, click to go to the cell, 出错说明 for 提示.
import type { Locator, Page } from '@playwright/test';

export class FindingsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('findings-panel');
  }

  group(view: string): Locator {
    return this.root.getByTestId(`findings-group-${view}`);
  }

  items(view?: string): Locator {
    return (view ? this.group(view) : this.root).getByTestId('finding');
  }

  errors(view?: string): Locator {
    return (view ? this.group(view) : this.root).locator('[data-testid="finding"][data-severity="error"]');
  }

  warnings(view?: string): Locator {
    return (view ? this.group(view) : this.root).locator('[data-testid="finding"][data-severity="warning"]');
  }

  /** A finding whose message contains `text`. */
  finding(text: string): Locator {
    return this.root.getByTestId('finding').filter({ hasText: text });
  }

  async goTo(text: string): Promise<void> {
    await this.finding(text).locator('.finding-main').click();
  }

  async explain(text: string, explanation: string): Promise<void> {
    const item = this.finding(text);
    await item.getByTestId('explain').click();
    await item.getByTestId('explanation-input').fill(explanation);
    await item.getByTestId('explanation-save').click();
  }
}
