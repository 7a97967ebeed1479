// Pieces shared by the table files of the Shanxi 2022 template: the 26 功能分类 类 lines of 公开01/04表
// and small helpers that keep formulas readable.
import type { Formula, RowDef, TermRef } from '../types';

/** The 26 支出功能分类 类 as 公开01表 and 公开04表 print them, in order. */
export const SPENDING_CLASSES: ReadonlyArray<readonly [code: string, label: string]> = [
  ['201', '一、一般公共服务支出'],
  ['202', '二、外交支出'],
  ['203', '三、国防支出'],
  ['204', '四、公共安全支出'],
  ['205', '五、教育支出'],
  ['206', '六、科学技术支出'],
  ['207', '七、文化旅游体育与传媒支出'],
  ['208', '八、社会保障和就业支出'],
  ['210', '九、卫生健康支出'],
  ['211', '十、节能环保支出'],
  ['212', '十一、城乡社区支出'],
  ['213', '十二、农林水支出'],
  ['214', '十三、交通运输支出'],
  ['215', '十四、资源勘探工业信息等支出'],
  ['216', '十五、商业服务业等支出'],
  ['217', '十六、金融支出'],
  ['219', '十七、援助其他地区支出'],
  ['220', '十八、自然资源海洋气象等支出'],
  ['221', '十九、住房保障支出'],
  ['222', '二十、粮油物资储备支出'],
  ['223', '二十一、国有资本经营预算支出'],
  ['224', '二十二、灾害防治及应急管理支出'],
  ['229', '二十三、其他支出'],
  ['231', '二十四、债务还本支出'],
  ['232', '二十五、债务付息支出'],
  ['234', '二十六、抗疫特别国债安排的支出'],
];

/** Inclusive list of 行次 from..to as strings. */
export function rowRange(from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to; r++) out.push(String(r));
  return out;
}

/** Σ of the given rows in one column. */
export function sumRows(rows: string[], col: number): Formula {
  return { sum: rows.map((row): TermRef => ({ row, col })) };
}

/** Σ of the given columns in one row ('*' = this row, for coded tables). */
export function sumCols(row: string, cols: number[]): Formula {
  return { sum: cols.map((col): TermRef => ({ row, col })) };
}

/** Numbered blank lines (a 行次 with no label and no cells). */
export function blankRows(from: number, to: number): RowDef[] {
  return rowRange(from, to).map((row) => ({ row, label: '', blank: true, cols: [] }));
}
