// Pieces shared by the table files of the Shanghai 2024 template: the 功能分类 类 lines of 收入支出决算总表
// and 财政拨款收入支出决算总表, the row ids of their fixed lines, and small formula helpers.
// No 行次 is printed in this template, so fixed rows are keyed by what they are (本年收入合计, a 类 code),
// not by a number: the ids stay stable and read well in files and messages.
import type { RowDef } from '../types';

/**
 * The 24 类 as both the blank template and the 普陀 2024 filing print them (pages 5, 8–9; pt 7, 12–13):
 * 231 债务还本支出 and 232 债务付息支出 are not lines of these tables, so 其他支出 is 二十三 and
 * 抗疫特别国债安排的支出 is 二十四.
 */
export const SH_SPENDING_CLASSES: ReadonlyArray<readonly [code: string, label: string]> = [
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
  ['234', '二十四、抗疫特别国债安排的支出'],
];

export const CLASS_CODES: readonly string[] = SH_SPENDING_CLASSES.map(([code]) => code);

// The formula helpers are the Shanxi template's: one way to write a sum across templates.
export { sumCols, sumRows } from '../shanxi-2022/common';

/** Unlabelled lines that keep the two sides of a 总表 level with each other (no cells). */
export function spacerRows(prefix: string, n: number): RowDef[] {
  return Array.from({ length: n }, (_, i): RowDef => ({ row: `${prefix}${i + 1}`, label: '', blank: true, cols: [] }));
}
