// What checking a published disclosure yields: findings that quote the page and sentence, and what
// could not be checked (未核对), kept apart so that nothing uncertain is reported as an error.
import type Decimal from 'decimal.js';
import type { Sentence } from './sentences';
import { yuanText } from './figures';

export interface Quote {
  /** 第16页, or 第16页（据目录） where the text carried no page marks. */
  page: string;
  text: string;
}

export interface DocFinding {
  rule: string;
  severity: 'error' | 'warning';
  /** A gap explained by the document's rounding (尾差). */
  rounding?: boolean;
  message: string;
  quotes: Quote[];
  /** Table cells, for findings of the table rules. */
  cells?: Array<{ table: string; row: string; col: number }>;
}

export interface Unchecked {
  what: string;
  why: string;
  quotes?: Quote[];
}

export interface RuleContext {
  sentences: Sentence[];
  /** The page label of a sentence. */
  pageOf(s: Sentence): string;
  /** 0.005 of the document's 金额单位, in 元: the rounding a printed figure may carry. */
  slack: Decimal;
  year: number;
  department: string;
  /** The document's 金额单位: amounts in messages are shown in it. */
  unit: '元' | '万元';
}

export interface RuleOutput {
  findings: DocFinding[];
  unchecked: Unchecked[];
  /** How many stated figures were compared (passing or not), for the read report. */
  checked?: number;
}

/** An amount in 元 as the document prints it: 1,234.50元 or 0.12万元. */
export function money(ctx: Pick<RuleContext, 'unit'>, yuan: Decimal): string {
  return ctx.unit === '万元' ? `${yuanText(yuan.dividedBy(10000))}万元` : `${yuanText(yuan)}元`;
}

export function quote(ctx: RuleContext, s: Sentence): Quote {
  return { page: ctx.pageOf(s), text: s.text };
}

/** Sentences of the 情况说明 part (第三部分). */
export function narrativeSentences(ctx: RuleContext): Sentence[] {
  return ctx.sentences.filter((s) => s.part.includes('情况说明'));
}
