// 审核公式: every rule of the template by table, its state for this filing, the formula in words.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class RulesPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('view-rules');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-rules').click();
    await expect(this.root).toBeVisible();
  }

  rows(): Locator {
    return this.root.getByTestId('rule');
  }

  /** Rule id (a data attribute, never shown) → the state shown. */
  async states(): Promise<Record<string, string>> {
    const pairs = await this.rows().evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-rule') ?? '', r.getAttribute('data-state') ?? '']));
    return Object.fromEntries(pairs);
  }

  rule(id: string): Locator {
    return this.root.locator(`[data-testid="rule"][data-rule="${id}"]`);
  }

  /** Clicks the first finding listed under a failing rule. */
  async goToFirstFinding(id: string): Promise<void> {
    await this.rule(id).getByTestId('rule-finding').first().click();
  }

  /** Clicks a failing rule's state: it goes to the rule's first cell. */
  async goToRule(id: string): Promise<void> {
    await this.rule(id).getByTestId('rule-state').click();
  }

  async exportButton(): Promise<void> {
    await this.root.getByTestId('rules-export').click();
  }

  text(): Promise<string> {
    return this.root.innerText();
  }
}
