// 绩效自评: the project list and the selected project's 项目支出绩效自评表.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class EvaluationPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-evaluation').click();
    await expect(this.page.getByTestId('pe-list-item').first()).toBeVisible();
  }

  items(): Locator {
    return this.page.getByTestId('pe-list-item');
  }

  async selectProject(name: string): Promise<void> {
    await this.items().filter({ hasText: name }).locator('.fv-item-name').click();
    await expect(this.field('name')).toHaveValue(name);
  }

  /** pe-name, pe-executionScore, … */
  field(key: string): Locator {
    return this.page.getByTestId(`pe-${key}`);
  }

  levelScore(level: string): Locator {
    return this.page.getByTestId(`pe-level-score-${level}`);
  }

  /** Types a 一级指标 score and leaves the field (the draft goes to the filing). */
  async setLevelScore(level: string, score: string): Promise<void> {
    await this.levelScore(level).fill(score);
    await this.levelScore(level).press('Tab');
  }

  total(): Locator {
    return this.page.getByTestId('pe-total');
  }

  grade(): Locator {
    return this.page.getByTestId('pe-grade');
  }

  /** A figure of the MOF form's 项目资金 (line 0 = 年度资金总额; col initial | budget | spent). */
  sourceAmount(line: number, col: 'initial' | 'budget' | 'spent'): Locator {
    return this.page.getByTestId(`pe-source-${line}-${col}`);
  }

  /** Types a source figure and leaves the field. */
  async setSourceAmount(line: number, col: 'initial' | 'budget' | 'spent', value: string): Promise<void> {
    await this.sourceAmount(line, col).fill(value);
    await this.sourceAmount(line, col).press('Tab');
  }

  rate(): Locator {
    return this.page.getByTestId('pe-rate');
  }
}
