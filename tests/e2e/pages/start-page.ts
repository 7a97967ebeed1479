// 起始页 (the first start with no file, and 起始页 in the toolbar) and the 示例 mark on an open sample.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class StartPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('start-page');
  }

  async visible(): Promise<void> {
    await expect(this.root).toBeVisible({ timeout: 20_000 });
  }

  /** 起始页 from the toolbar. */
  async open(): Promise<void> {
    await this.page.getByTestId('cmd-start').click();
    await this.visible();
  }

  sampleButton(id: 'shanxi-2022' | 'shanghai-2024'): Locator {
    return this.root.getByTestId(`start-sample-${id}`);
  }

  recentItems(): Locator {
    return this.root.getByTestId('start-recent-item');
  }

  /** Presses Tab until `target` has the focus (at most `max` times); returns how many presses it took. */
  async tabTo(target: Locator, max = 20): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return i;
    }
    throw new Error(`Tab ${max} 次仍未到达目标`);
  }

  banner(): Locator {
    return this.page.getByTestId('sample-banner');
  }

  badge(): Locator {
    return this.page.getByTestId('sample-badge');
  }
}
