// Inputs to the 情况说明 that no table holds. Amounts in 元 as decimal strings.

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
