// 审阅: opening a file as a reviewer, the review panel's tabs, choosing a file for compare.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppPage } from './app-page';

export class ReviewPage {
  constructor(readonly page: Page) {}

  badge(): Locator {
    return this.page.getByTestId('review-badge');
  }

  /** 审阅… → the in-app chooser → the file, opened read-only as a reviewer. */
  async openForReview(dir: string, name: string): Promise<void> {
    await this.page.getByTestId('cmd-review-open').click();
    await new AppPage(this.page).chooseIn(dir, name);
    await expect(this.badge()).toHaveText('审阅模式：只读');
  }

  async openPanel(tab: 'notes' | 'report' | 'compare' = 'notes'): Promise<void> {
    await this.page.getByTestId('nav-review').click();
    await this.page.getByTestId(`review-tab-${tab}`).click();
  }

  /** The reviewer's name, asked before the first note: in the review page's form (asked or via 修改). */
  async setReviewerName(name: string): Promise<void> {
    await this.openPanel('notes');
    const edit = this.page.getByTestId('reviewer-name-edit');
    if (await edit.isVisible().catch(() => false)) await edit.click();
    await this.page.getByTestId('reviewer-name-input').fill(name);
    await this.page.getByTestId('reviewer-name-save').click();
    await expect(this.page.getByTestId('reviewer-name')).toHaveText(name);
  }

  verdict(target: string): Locator {
    return this.page.locator(`[data-testid="verdict-row"][data-target="${target}"]`);
  }

  notes(state: 'open' | 'resolved'): Locator {
    return this.page.getByTestId(state === 'open' ? 'review-open' : 'review-resolved').getByTestId('review-note');
  }

  /** Chooses a file in the in-app chooser opened by `button`. */
  async choose(button: Locator, dir: string, name: string): Promise<void> {
    await button.click();
    await this.page.getByTestId('chooser-dir').fill(dir);
    await this.page.getByTestId('chooser-name').fill(name);
    await this.page.getByTestId('chooser-ok').click();
    await expect(this.page.getByTestId('file-chooser')).toHaveCount(0);
  }
}
