// The filing: one unit, one year. Entered values only (computed cells are derived); amounts are decimal
// strings in 元 with two decimals, never numbers.
import type { MoneyUnit } from '../money/money';
import type { Evaluation } from './evaluation';
import type { Consolidation } from './consolidation';

export const FILING_FORMAT = 'juesuan-filing';
export const FILING_VERSION = 2;

/** tables[T][row][col] = '1234.50'. Rows of coded tables are the 项 codes (7 digits; 5 for 经济分类). */
export type TableValues = Record<string, Record<string, string>>;

export interface UnitMember {
  name: string;
  nature: '行政' | '事业' | '参公事业' | '企业' | '其他';
}

export interface FilingMeta {
  /** 部门名称 */
  department: string;
  /** 年度 (the year the accounts are for) */
  year: number;
  /** Display and entry unit (金额单位); stored amounts stay in 元. */
  unit: MoneyUnit;
  /** The unit the figures came from; '万元' when imported from a 万元 source, so 尾差 is tolerated. */
  sourceUnit: MoneyUnit;
  /** 单位构成 */
  members: UnitMember[];
  /** Cover: 公开日期 etc. Free text fields. */
  cover?: { publishDate?: string; contact?: string };
}

export interface CustomCode {
  catalog: 'function' | 'economic';
  code: string;
  name: string;
}

export interface ReviewReply {
  author: string;
  text: string;
  at: string; // ISO time
}

export interface ReviewNote {
  id: string;
  /** What the note is on: a cell, a finding (by key) or the filing as a whole. */
  target: { kind: 'cell'; table: string; row: string; col: number } | { kind: 'finding'; key: string } | { kind: 'filing' };
  author: string;
  text: string;
  at: string;
  resolved: boolean;
  replies: ReviewReply[];
}

/**
 * A reviewer's conclusion on the whole filing ('filing') or on one table (its id): 通过, or 退回 with the
 * reason the clerk must act on. One per target; a later one replaces it.
 */
export interface ReviewVerdict {
  target: string;
  verdict: '通过' | '退回';
  reason: string;
  reviewer: string;
  at: string;
}

export interface Overview {
  /** 一、本部门（单位）职责 */
  duties: string;
  /** 二、机构设置情况: paragraphs */
  organization: string[];
}

export interface GlossaryEntry {
  term: string;
  text: string;
}

export interface Filing {
  format: typeof FILING_FORMAT;
  version: number;
  /** Template id, e.g. 'shanxi-2022'. */
  template: string;
  meta: FilingMeta;
  /** Entered cell values by table. */
  tables: Record<string, TableValues>;
  /**
   * Figures read from an import for cells the template computes (合计, subtotals). Kept so that a gap
   * between the source's total and the sum of its parts (尾差) stays visible; an edit to any addend
   * drops the stated figure of the cells it feeds.
   */
  stated: Record<string, TableValues>;
  /**
   * Tables (T01…) and forms (PE: the self-evaluation forms) the filing does not have: an imported
   * workbook lacked the sheet, or the sheet did not fit the template. Absent is not zero: rules that read
   * an absent table are listed as 未核对, never evaluated. A present table with no figures is 本表无数据.
   * Always written to the file; optional here so filings built in code may leave it out (all present).
   */
  absent?: string[];
  customCodes: CustomCode[];
  /** 出错说明 by finding key. */
  explanations: Record<string, string>;
  evaluations: Evaluation[];
  narrative: NarrativeInputs;
  overview: Overview;
  glossary: GlossaryEntry[];
  review: ReviewNote[];
  /** Present on a 汇总 filing: the unit files it sums and the offsets applied (see consolidate/). */
  consolidation?: Consolidation;
  /** 审阅结论 (added after version 1 shipped: absent in older files, which read as none). */
  verdicts?: ReviewVerdict[];
  /**
   * Set on a built-in sample (its id, sample/catalog.ts) and kept by 另存为, so wherever it is open it is
   * marked as a sample: a published disclosure with its errors, not the clerk's own filing.
   */
  sample?: string;
}

/**
 * An edit to a filing. Edits are applied by pure functions that return the new filing, the cells that
 * changed, and the inverse edits (so undo of a paste is one step).
 * Cell values are decimal strings in 元 (two decimals) or null to clear.
 */
export type Edit =
  | { kind: 'cell'; table: string; row: string; col: number; value: string | null }
  | { kind: 'addRow'; table: string; code: string }
  | { kind: 'removeRow'; table: string; code: string }
  | { kind: 'meta'; patch: Partial<FilingMeta> }
  | { kind: 'customCode'; code: CustomCode; remove?: boolean }
  | { kind: 'explanation'; key: string; text: string | null }
  /** Restores a stated (imported) figure; produced by inverse edits, since cell edits drop them. */
  | { kind: 'stated'; table: string; row: string; col: number; value: string | null }
  /** Marks a table or form present or absent; produced when data is entered into an absent table. */
  | { kind: 'presence'; table: string; present: boolean };

/** Inputs to the 情况说明 that no table holds. Amounts in 元 as decimal strings. */
export interface NarrativeInputs {
  /** Last year's figures by key (e.g. 'T01.31', 'T04.64', 'T05.合计.1', 'class.201', 'T10.5', '三公.7'). */
  lastYear: Record<string, string>;
  /** 年初预算 by 功能分类 类 code, and 'total'. */
  initialBudget: Record<string, string>;
  /** 主要原因是… by slot key (e.g. 'total', 'fiscal', 'class.201', 'T10.5'). */
  reasons: Record<string, string>;
  /** Counts and amounts no table holds: 出国团组, 接待批次, 中小企业合同金额, … by key. */
  facts: Record<string, string>;
}
