// A template is the table set of one region and year, as data: tables, rows (行次), columns (栏次),
// computed cells, rules and print hints. The engine is generic; adding a region means adding data.
import type { RuleDef } from '../rules/types';
import type { CellRef, TableId } from '../table/cell-ref';

// Cells are addressed in the leaf module table/cell-ref.ts; re-exported here for template data.
export type { CellRef, TableId };

/** One addend of a formula or rule side. table defaults to the table that declares it. */
export interface TermRef {
  table?: TableId;
  row: string;
  col: number;
  /** -1 subtracts; default +1. */
  sign?: 1 | -1;
}

/** value = Σ sign × cell. The only formula shape official tables need. */
export interface Formula {
  sum: TermRef[];
}

export interface ColumnDef {
  /** 栏次 */
  col: number;
  /** The leaf header text, e.g. 财政拨款收入. */
  label: string;
  /** Header groups above the label, outermost first, for multi-row headers (e.g. ['本年支出']). */
  group?: string[];
  /** money (default) or a count (车辆数, 台套). */
  kind?: 'money' | 'count';
}

export interface RowDef {
  /** 行次 (fixed tables) or code (T06). */
  row: string;
  /** Row label as printed, e.g. 一、一般公共预算财政拨款收入. Empty for numbered blank lines. */
  label: string;
  /** For T01/T04 spending lines: the 功能分类 类 code the line mirrors; for T06: the 经济分类 code. */
  code?: string;
  /** Indentation level for display (0 = none). */
  indent?: number;
  bold?: boolean;
  /** Columns this row has cells in (two-sided tables); default: every column of the table. */
  cols?: number[];
  /** Computed cells of this row, by 栏次. Not editable. */
  computed?: Record<number, Formula>;
  /** A numbered line with no label and no cells (T01 行9–26 on the income side). */
  blank?: boolean;
  /** Cells in this row that are not applicable (printed as ——). */
  na?: number[];
  /** money (default) or count: overrides the column's kind for this row (T10 车辆数, 台套). */
  kind?: 'money' | 'count';
  /** A section heading printed above this row (T10 一、政府采购情况), with the column header under it. */
  section?: { title: string; colLabel?: string };
}

/** One side of a two-sided table (T01, T04): printed side by side, paired by position. */
export interface SideDef {
  title: string; // 收入 / 支出
  rows: string[];
  cols: number[];
}

export interface TableDef {
  id: TableId;
  /** 公开01表 */
  number: string;
  /** 收入支出决算总表 */
  title: string;
  /**
   * fixed: the template lists every row (T01, T04, T06, T07, T10).
   * coded: rows are the 功能分类 codes the filing holds, plus 合计; 类/款 rows are computed sums of
   * the 项 below them and appear by themselves.
   */
  kind: 'fixed' | 'coded';
  /** Which catalogue codes rows come from (coded tables, and T06's fixed 经济分类 list). */
  catalog?: 'function' | 'economic';
  columns: ColumnDef[];
  /** Fixed tables: every row in print order. */
  rows?: RowDef[];
  /** Two-sided tables: the income and spending sides. */
  sides?: SideDef[];
  /**
   * Coded tables: formulas that hold on every row, by 栏次, written with row '*' meaning "this row"
   * (e.g. T02 col 1 = Σ col 2..7). On 项 rows they compute the cell; on 类/款/合计 rows the
   * hierarchy sum computes every column.
   */
  rowFormulas?: Record<number, Formula>;
  /** Print hint: T06's four side-by-side blocks, each a list of rows. */
  blocks?: string[][];
  /** The 注：… lines printed under the table. */
  notes: string[];
  /** Label of the 金额单位 line: 金额单位 (default) or 单位 (公开08/09表 in the seed). */
  unitLabel?: string;
  /** Label of the 部门名称 line: 部门名称 (default) or 单位名称 (公开10表). */
  orgLabel?: string;
}

export interface Template {
  id: string; // e.g. 'shanxi-2022'
  name: string; // 山西省 2022年度 部门决算公开
  region: string;
  year: number;
  tables: TableDef[];
  rules: RuleDef[];
}
