// 汇总: a department's filing built from its units' filings (本级 + 下属单位). The consolidated filing is an
// ordinary filing whose entered cells are the units' sums plus the 调整 (offset) lines; this record says
// which unit files it was built from (so a change to one can be detected) and what was offset.

/**
 * The two internal transfers a consolidation offsets (templates.md §3.2):
 *   subsidy: 本级's 对附属单位补助支出 (公开03表 栏6) ↔ 下属单位's 上级补助收入 (公开02表 栏3, 公开01表 行4)
 *   remit:   下属单位's 上缴上级支出 (公开03表 栏4) ↔ 本级's 附属单位上缴收入 (公开02表 栏6, 公开01表 行7)
 */
export type PairKind = 'subsidy' | 'remit';

export type UnitRole = '本级' | '下属';

export interface ConsolidatedUnit {
  /** The unit file, relative to the consolidated file (forward slashes). */
  path: string;
  /** SHA-256 of the unit file's bytes when it was last consolidated. */
  sha256: string;
  /** The unit's 单位名称 (its filing's meta.department) at that time. */
  name: string;
  role: UnitRole;
}

/** One 调整 line: a negative amount in one entered cell, taken off one unit's figure. */
export interface OffsetLine {
  pair: PairKind;
  /** The unit (by name) whose figure the line offsets. */
  unit: string;
  table: string;
  row: string;
  col: number;
  /** Negative decimal string in 元. */
  amount: string;
}

export interface PairCheck {
  /** The paying side's total before offsetting (元). */
  paid: string;
  /** The receiving side's total before offsetting (元). */
  received: string;
  /** What was offset on each side (the smaller of the two, so 收 = 支 still holds). */
  offset: string;
  /** Each unit's figure on either side, so a mismatch can be traced to the units. */
  payers: Array<{ unit: string; amount: string }>;
  receivers: Array<{ unit: string; amount: string }>;
  /**
   * Set by the clerk: the difference has a counterpart outside the department (e.g. 上级补助 from a
   * higher authority that is not this department's 本级). Turns a mismatch from 强制 into a 提示 whose
   * 出错说明 must name the counterpart and the reason.
   */
  outside: boolean;
}

export interface Consolidation {
  units: ConsolidatedUnit[];
  offsets: OffsetLine[];
  pairs: Record<PairKind, PairCheck>;
  /** ISO time of the last consolidation. */
  at: string;
}

export const PAIR_KINDS: readonly PairKind[] = ['subsidy', 'remit'];
