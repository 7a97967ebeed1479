// The 已公开文件审核 panel of a published disclosure opened read-only.
import type { Locator, Page } from '@playwright/test';

export class PublishedPage {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('published-panel');
  }

  findings(rule: string): Locator {
    return this.panel().locator(`[data-testid="published-finding"][data-rule="${rule}"]`);
  }

  errors(): Locator {
    return this.page.getByTestId('published-errors');
  }
}
