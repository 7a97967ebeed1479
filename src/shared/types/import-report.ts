// What an import read, as a result the clerk checks (shown after import, printed by the CLI).

/** What the importer made of one sheet: a result to check, not a log. */
export interface SheetReport {
  sheet: string;
  /** What the sheet was read as (公开01表 收入支出决算总表, 项目支出绩效自评表“…”), or null. */
  as: string | null;
  /** read: figures taken; refused: recognised but not read (it does not fit the template); skipped: not a table. */
  status: 'read' | 'refused' | 'skipped';
  /** What was read (how recognised, unit, how many figures). */
  read: string[];
  /** What was not read, and why. */
  notRead: string[];
  /** What the importer had to decide (a label followed over its 行次, a column by its header). */
  decisions: string[];
}

export interface ImportReport {
  /** Which template the workbook was read by and why, and where its 部门名称 and 年度 came from. */
  identity?: string[];
  read: string[];
  /** The filing's other parts restored from the app's own workbook (概况, 情况说明数据, 名词解释, 出错说明). */
  restored?: string[];
  skipped: string[];
  unreadable: Array<{ sheet: string; cell: string; value: string; reason: string }>;
  /** Per sheet, in workbook order. */
  sheets: SheetReport[];
  /** Tables and forms the workbook did not provide (filing.absent), by name: their rules are 未核对. */
  absent: string[];
}
