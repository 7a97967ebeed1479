// Rules (审核公式) are data: what they read, what must hold, how to word it. One generic evaluator runs
// them. A leaf: it knows cells (cell-ref.ts) and nothing of templates or filings.
import type { CellRef, TableId } from './cell-ref';

/** 强制 = error (blocks the submission); 提示 = warning (may stand, with a written 出错说明). */
export type Severity = 'error' | 'warning';

/** One addend of a rule side. sign -1 subtracts; default +1. */
export type RuleTerm =
  /** A fixed cell. table defaults to the forEach table of a per-row rule. */
  | { kind: 'cell'; table?: TableId; row: string; col: number; sign?: 1 | -1 }
  /** The instance's own row: the code of a per-row or per-类 instance. table as for 'cell'. */
  | { kind: 'instanceRow'; table?: TableId; col: number; sign?: 1 | -1 }
  /** The line of fixed table `table` whose RowDef.code is the instance's code (公开01表 行37 for 类 206). */
  | { kind: 'instanceLine'; table: TableId; col: number; sign?: 1 | -1 }
  /** Last year's figure, filing.narrative.lastYear[key] ('T01.60', 'T04.60.3', '三公.7'). */
  | { kind: 'lastYear'; key: string; sign?: 1 | -1 };

/** What a per-row or per-类 side label may name: the instance's code, its name, its line in a fixed table. */
export interface InstanceNames {
  code: string;
  name: string;
  /** The 行次 of the instance's line in fixed table `table` ('' when it has none). */
  line(table: TableId): string;
}

export interface RuleSide {
  /** How the side is named in messages, e.g. "公开01表 行1+行2+行3"; a function for per-instance names. */
  label: string | ((i: InstanceNames) => string);
  terms: RuleTerm[];
}

/** A linear rule: left (= or ≤) right, each side a signed sum of terms. */
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
   * (the 26 of T01's spending side: 'classes').
   */
  forEach?: { over: 'rows'; table: TableId; levels?: Array<'class' | 'group' | 'item'> } | { over: 'classes' };
  /** Only evaluated when the filing has what the rule needs, e.g. last year's figures. */
  requires?: 'lastYear';
}

/**
 * A rule whose check is a named routine (self-evaluation scoring, narrative reasons, …): the engine is
 * created with its routines (rules/routines.ts) and refuses a rule naming one it was not given.
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

export type RuleDef = LinearRule | RoutineRule;

/** A field outside the tables that a finding is about. */
export type FieldRef =
  /** A self-evaluation form (项目支出绩效自评表) by evaluation id, or one field of it ('executionScore',
   * 'levelScores.产出指标', 'indicators.<id>', '<funding kind>.total'). */
  | { kind: 'evaluation'; evaluation: string; field?: string }
  /** A reason slot of the 情况说明 ('total', 'fiscal', 'class.201', 'T10.5'). */
  | { kind: 'narrative'; slot: string };

interface FindingCore {
  /** The rule id. */
  rule: string;
  severity: Severity;
  /** Plain Chinese with both sides, their figures and the difference (worded when first read). */
  readonly message: string;
  /** Stable key of this instance (rule id + instance), under which an explanation is saved. */
  key: string;
  /** The clerk's 出错说明, for warnings. */
  explanation?: string;
  /** True for a 尾差 提示 (a gap within the rounding tolerance of 万元 source data). */
  rounding?: boolean;
}

/** A finding on table cells (the first is where a click leads). */
export interface CellFinding extends FindingCore {
  cells: CellRef[];
  field?: undefined;
}

/** A finding on a form or narrative field: no table cell. */
export interface FieldFinding extends FindingCore {
  cells: never[];
  field: FieldRef;
}

export type Finding = CellFinding | FieldFinding;
