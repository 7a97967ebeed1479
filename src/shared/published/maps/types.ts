// How a template's narrative names its table figures, as data: per section of 第三部分 情况说明, the
// subjects ("收入总计", "基本支出") and the cells each one restates. A subject that several tables
// carry lists each of them; when those tables disagree the sentence is not checked (未核对), since
// which table the text follows cannot be known (the table rules report the disagreement).
export interface CellSum {
  /** Σ of these cells; '合计' is a coded table's total row. */
  cells: Array<{ table: string; row: string; col: number }>;
  label: string;
  /** The 预算数 cell of this 决算数 (表七): a “完成预算的P%” right after the amount is recomputed from it. */
  budget?: { table: string; row: string; col: number };
}

export interface SubjectEntry {
  section: number;
  /** (一) = 1; omitted = any sub-section. */
  sub?: number;
  subjects: string[];
  sources: CellSum[];
  /**
   * A generic subject ("支出决算") names the figure of whatever its clause is about: the first of these
   * whose name the clause (from its sentence's start or last ；) carries before the amount; with none
   * named the sentence is not compared.
   */
  byClause?: Array<{ names: string[]; sources: CellSum[] }>;
}

export interface NarrativeMap {
  template: string;
  entries: SubjectEntry[];
  /** Sections where "X支出(类)" names the 功能分类 类 row of a table's column. */
  classItems: Array<{ section: number; sub?: number; table: string; col: number; number: string }>;
  /** Sections where 经济分类 names (基本工资, 办公费) name rows of a table's column. */
  economicItems: Array<{ section: number; table: string; col: number; number: string }>;
}
