// Rules (审核公式) are data: what they read, what must hold, how to word it. One generic evaluator runs them.
import type Decimal from 'decimal.js';
import type { Filing } from '../filing/types';
import type { CellRef, TableId, Template, TermRef } from '../templates/types';

/** 强制 = error (blocks the submission); 提示 = warning (may stand, with a written 出错说明). */
export type Severity = 'error' | 'warning';

export interface RuleSide {
  /** How the side is named in messages, e.g. "公开01表 行1+行2+行3". May hold {code}, {name} and {line:T01}. */
  label: string;
  terms: TermRef[];
}

/**
 * A linear rule: left (= or ≤) right. Terms may use the placeholders of forEach:
 *   row '{code}'           the code of the instance (coded tables, per-类 rules)
 *   row '{line:T01}'       the row of fixed table T01 whose RowDef.code is the instance's code
 * A term on table '上年' reads last year's figure filing.narrative.lastYear[row] (col unused).
 */
export interface LinearRule {
  kind: 'linear';
  id: string;
  severity: Severity;
  /** Short Chinese description of what must hold, shown in lists. */
  title: string;
  op: 'eq' | 'le';
  left: RuleSide;
  right: RuleSide;
  /**
   * Instantiate the rule once per row: every row of a coded table ('rows'), or every 功能分类 类 code
   * (the 26 of T01's spending side: 'classes'), or every 类 present in any of the listed tables.
   */
  forEach?: { over: 'rows'; table: TableId; levels?: Array<'class' | 'group' | 'item'> } | { over: 'classes' };
  /** Only evaluated when the filing has what the rule needs, e.g. last year's figures. */
  requires?: 'lastYear';
}

/**
 * A rule whose check is a named routine (self-evaluation scoring, narrative reasons, …): the routine
 * is registered once with the engine; the rule's data says which one, with what severity and words.
 */
export interface RoutineRule {
  kind: 'routine';
  id: string;
  severity: Severity;
  title: string;
  routine: string;
  params?: Record<string, string | number>;
  /**
   * The tables and forms the routine reads (PE: the self-evaluation forms). When one is absent from the
   * filing, the rule is listed as 未核对 instead of being run.
   */
  reads?: string[];
}

export type RuleDef = LinearRule | RoutineRule;

export interface Finding {
  /** The rule id. */
  rule: string;
  severity: Severity;
  /** Plain Chinese with both sides, their figures and the difference. */
  message: string;
  cells: CellRef[];
  /** Stable key of this instance (rule id + instance), under which an explanation is saved. */
  key: string;
  /** The clerk's 出错说明, for warnings. */
  explanation?: string;
  /** True for a 尾差 提示 (a gap within the rounding tolerance of 万元 source data). */
  rounding?: boolean;
}

/**
 * What a routine sees: the filing, its template, and the value of any cell (entered or computed), in 元.
 * Routines are pure; they return their findings.
 */
export interface RoutineContext {
  filing: Filing;
  template: Template;
  value(cell: CellRef): Decimal;
}

/** A rule that was not evaluated because it reads a table or form the filing does not have. */
export interface Unchecked {
  rule: string;
  title: string;
  /** e.g. 公开02表 未提供 */
  reason: string;
  /** The absent tables or forms it reads. */
  tables: string[];
  /** Every table or form it reads (present ones too): where the 未核对 shows. */
  reads: string[];
}

export type Routine = (rule: RoutineRule, ctx: RoutineContext) => Finding[];
