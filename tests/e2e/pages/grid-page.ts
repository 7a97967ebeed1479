// A table grid as a clerk sees it: cells by 行次/code and 栏次, typing, pasting, copying.
import type { Locator, Page } from '@playwright/test';

export class GridPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly table: string,
  ) {
    this.root = page.getByTestId(`grid-${table}`);
  }

  /**
   * A cell. row is the grid line id: the code or 合计 (coded tables), the 行次 (one-sided fixed tables),
   * or 'left/right' 行次 pairs for two-sided tables (T01 '1/32'); col is the 栏次.
   */
  cell(row: string, col: number): Locator {
    return this.root.locator(`.ag-row[row-id="${row}"] [col-id="c${col}"]`);
  }

  /** The displayed text of a cell, e.g. "41,943,654.36" (blank: ""). */
  async text(row: string, col: number): Promise<string> {
    return (await this.cell(row, col).innerText()).trim();
  }

  async select(row: string, col: number): Promise<void> {
    await this.cell(row, col).scrollIntoViewIfNeeded();
    await this.cell(row, col).click();
  }

  /** Click the cell, type the value and press Enter, as a clerk does. */
  async type(row: string, col: number, value: string): Promise<void> {
    await this.select(row, col);
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Enter');
  }

  /** Paste TSV at the focused cell the way Excel/WPS put it on the clipboard. */
  async paste(tsv: string): Promise<void> {
    await this.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, tsv);
  }

  /** Dispatch a copy at the focused cell and return what was put on the clipboard. */
  async copy(): Promise<string> {
    return this.page.evaluate(() => {
      const dt = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
  }

  /** Dispatch a cut at the focused cell and return what was put on the clipboard. */
  async cut(): Promise<string> {
    return this.page.evaluate(() => {
      const dt = new DataTransfer();
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('cut', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
  }

  /** Press on one cell and drag to another, as a mouse selects a block. */
  async dragSelect(from: [string, number], to: [string, number]): Promise<void> {
    await this.select(...from);
    const a = await this.cell(...from).boundingBox();
    const b = await this.cell(...to).boundingBox();
    if (!a || !b) throw new Error('cell not on screen');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
    await this.page.mouse.up();
  }

  async shiftClick(row: string, col: number): Promise<void> {
    await this.cell(row, col).click({ modifiers: ['Shift'] });
  }

  /** Drag the fill handle (the square on the selection's corner cell) to another cell: below, above or beside. */
  async dragFill(corner: [string, number], to: [string, number]): Promise<void> {
    const a = await this.cell(...corner).boundingBox();
    const b = await this.cell(...to).boundingBox();
    if (!a || !b) throw new Error('cell not on screen');
    await this.page.mouse.move(a.x + a.width - 3, a.y + a.height - 3);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
    await this.page.mouse.up();
  }

  /**
   * Whether a cell's right edge can be seen and clicked: what is drawn 3 px inside its right edge, at its
   * middle, is the cell itself (not the grid's scrollbar or anything else over it).
   */
  async rightEdgeVisible(row: string, col: number): Promise<boolean> {
    return this.cell(row, col).evaluate((el) => {
      const b = el.getBoundingClientRect();
      const hit = document.elementFromPoint(b.right - 3, b.top + b.height / 2);
      return !!hit && (hit === el || el.contains(hit));
    });
  }

  /**
   * Whether a cell's fill handle (its bottom-right corner, where a fill drag starts) can be pressed: what
   * is drawn there is the cell itself, not a message or anything else over it.
   */
  async fillHandleFree(row: string, col: number): Promise<boolean> {
    return this.cell(row, col).evaluate((el) => {
      const b = el.getBoundingClientRect();
      const hit = document.elementFromPoint(b.right - 3, b.bottom - 3);
      return !!hit && (hit === el || el.contains(hit));
    });
  }

  /** A cell's tooltip (the browser's own, from its title): its flags and how its figure came about. */
  async tooltip(row: string, col: number): Promise<string> {
    return (await this.cell(row, col).getAttribute('title')) ?? '';
  }

  /** A column's width on screen (px), from its header cell. */
  async columnWidth(col: number): Promise<number> {
    const box = await this.root.locator(`.ag-header-cell[col-id="c${col}"]`).boundingBox();
    if (!box) throw new Error('column not on screen');
    return box.width;
  }

  /** Cells shown as selected (the block's tint). */
  selected(): Locator {
    return this.root.locator('.ag-cell.js-sel');
  }

  /** The grid line id and 栏次 of the focused cell. */
  async focused(): Promise<{ row: string | null; col: string | null }> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return { row: el?.closest('.ag-row')?.getAttribute('row-id') ?? null, col: el?.closest('.ag-cell')?.getAttribute('col-id') ?? null };
    });
  }

  /** A refusal, shown at the grid under the cell it is about. */
  message(): Locator {
    return this.page.getByTestId('grid-message');
  }

  /** What the last grid action did ("已填充 1 个单元格"), as the status bar says it: it covers no cell. */
  done(): Locator {
    return this.page.getByTestId('status-message');
  }

  async addCode(query: string, code: string): Promise<void> {
    const input = this.page.getByTestId('add-code-input');
    await input.fill(query);
    await this.page.getByTestId(`add-code-option-${code}`).click();
  }

  rowIds(): Promise<string[]> {
    return this.root.locator('.ag-row:not([row-id="栏次"])').evaluateAll((rows) =>
      rows
        .map((r) => ({ id: r.getAttribute('row-id') ?? '', index: Number(r.getAttribute('row-index')) }))
        .sort((a, b) => a.index - b.index)
        .map((r) => r.id),
    );
  }
}
