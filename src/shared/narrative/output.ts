// What the generator returns: sections 一…十, each a list of paragraphs; every figure a paragraph quotes
// says where it came from, so a test (or a reviewer) can check each amount against the table it names.
import Decimal from 'decimal.js';
import type { MoneyUnit } from '../money/money';
import { formatAmount } from '../money/money';
import type { CellRef } from '../types/template';

/** The value of any cell (entered or computed), in 元. */
export type CellValueFn = (cell: CellRef) => Decimal;

export type FigureSource =
  | { kind: 'cells'; cells: CellRef[] }
  | { kind: 'lastYear'; key: string }
  | { kind: 'change'; key: string; cells: CellRef[] }
  | { kind: 'initialBudget'; key: string }
  | { kind: 'ratio'; num: CellRef[]; den: CellRef[] | { lastYear: string } | { initialBudget: string } | { value: string } }
  | { kind: 'fact'; key: string }
  | { kind: 'evaluation'; id: string; field: string };

export interface NarrativeFigure {
  /** Exactly as it appears in the paragraph, e.g. "41,943,654.36" or "89.43%". */
  text: string;
  kind: 'amount' | 'percent' | 'count' | 'score';
  value: Decimal;
  source: FigureSource;
}

export interface NarrativeParagraph {
  kind: 'heading' | 'text' | 'item';
  text: string;
  figures: NarrativeFigure[];
  /** Reason slots this paragraph quotes or should quote. */
  slots: string[];
  /** A chart to show after this paragraph. */
  chart?: 'income' | 'spending' | 'yoy';
  /** Left out: its figures come from these absent tables; the text is the mark that says so (absent.ts). */
  omitted?: string[];
  /** Cells a sentence without figures is about (“本年度无机关运行经费支出” says they hold nothing). */
  about?: CellRef[];
}

export interface NarrativeSection {
  /** '一' … '十'. */
  number: string;
  title: string;
  paragraphs: NarrativeParagraph[];
}

/** Collects the figures of one paragraph while its text is written. */
export class Para {
  readonly figures: NarrativeFigure[] = [];
  readonly slots: string[] = [];
  /** thousands: false for templates that print 9859.38万元 (Shanghai). */
  constructor(
    private readonly unit: MoneyUnit,
    private readonly thousands = true,
  ) {}

  /** An amount in the filing's unit, e.g. "41,943,654.36元". */
  amount(value: Decimal, source: FigureSource): string {
    const formatted = formatAmount(value, this.unit);
    const text = this.thousands ? formatted : formatted.replace(/,/g, '');
    this.figures.push({ text, kind: 'amount', value, source });
    return text + this.unit;
  }

  cells(value: CellValueFn, cells: CellRef[]): string {
    return this.amount(sumCells(value, cells), { kind: 'cells', cells });
  }

  percent(num: Decimal, den: Decimal, source: FigureSource): string {
    const ratio = den.isZero() ? new Decimal(0) : num.dividedBy(den).times(100);
    const text = ratio.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';
    this.figures.push({ text, kind: 'percent', value: ratio, source });
    return text;
  }

  count(value: Decimal, source: FigureSource): string {
    const text = value.toString();
    this.figures.push({ text, kind: 'count', value, source });
    return text;
  }

  score(value: Decimal, source: FigureSource): string {
    const text = value.toDecimalPlaces(2).toString();
    this.figures.push({ text, kind: 'score', value, source });
    return text;
  }

  /** The cells the sentence states something about without quoting them (a none-sentence). */
  readonly about: CellRef[] = [];
  statesNone(cells: CellRef[]): this {
    this.about.push(...cells);
    return this;
  }

  slot(name: string): void {
    if (!this.slots.includes(name)) this.slots.push(name);
  }

  done(text: string, kind: NarrativeParagraph['kind'] = 'text', chart?: NarrativeParagraph['chart']): NarrativeParagraph {
    return { kind, text, figures: this.figures, slots: this.slots, ...(chart ? { chart } : {}), ...(this.about.length ? { about: this.about } : {}) };
  }
}

export function sumCells(value: CellValueFn, cells: CellRef[]): Decimal {
  return cells.reduce<Decimal>((a, cell) => a.plus(value(cell)), new Decimal(0));
}

export function heading(text: string): NarrativeParagraph {
  return { kind: 'heading', text, figures: [], slots: [] };
}

/** Plain text of the sections, as the CLI prints it. */
export function narrativeText(sections: NarrativeSection[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(`${s.number}、${s.title}`, '');
    for (const p of s.paragraphs) lines.push(p.text, '');
  }
  return lines.join('\n');
}
