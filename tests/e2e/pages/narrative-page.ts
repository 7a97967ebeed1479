// 情况说明: the generated text by section, and the clerk's reason slots under it.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class NarrativePage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('nv-view');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-narrative').click();
    await expect(this.page.getByTestId('nv-section-一')).toBeVisible();
  }

  /** 显示全部可填写的原因和说明: every slot, not only those a changed figure or a finding asks for. */
  async showAllSlots(): Promise<void> {
    await this.page.getByTestId('nv-show-all').check();
  }

  /** A reason slot's text box by its key ('total', 'class.201', 'perf.other'). */
  slot(key: string): Locator {
    return this.page.getByTestId(`nv-slot-${key}`);
  }

  /** Types a reason and leaves the box (Tab), which hands it to the document as one undo step. */
  async writeReason(key: string, text: string): Promise<void> {
    await this.slot(key).scrollIntoViewIfNeeded();
    await this.slot(key).fill(text);
    await this.slot(key).press('Tab');
  }
}
