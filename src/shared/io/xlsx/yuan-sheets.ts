// Sheets in 元 for a template that prints its tables in 万元 (上海 2024). Converted, not refused, as the
// importer already converts 山西's sheets in either unit: figures are stored in 元 anyway, so nothing is
// computed at all — the filing only shows and prints them in the template's 万元 (1万元 = 10000元, exact).
// What the conversion cannot hide is a figure finer than 0.01万元 (1,234.56元 = 0.123456万元): it is kept
// exact, checked exact, and the report names it, since the printed 万元 table shows it to two decimals.
// Whether the data carries 尾差 follows from the figures: when every one is a whole 100元 (two decimals of
// 万元), the sheets are 万元 figures written out in 元, rounded part by part as 万元 data is; otherwise they
// are exact 元 and a gap between a total and its parts is an error, not 尾差.
import type { MoneyUnit } from '../../money/money';
import { fenOf, fromStored, withThousands } from '../../money/money';
import type { TableValues } from '../../filing/types';
import { amountInUnit } from '../units';

/** A figure read from a 元 sheet: where it stands and its stored 元. */
export interface YuanFigure {
  where: string;
  yuan: string;
}

/** The figures of a table read from a 元 sheet, with their sheet addresses (TableRead.at). */
export function yuanFigures(number: string, at: Record<string, string>, ...parts: TableValues[]): YuanFigure[] {
  const out: YuanFigure[] = [];
  for (const values of parts) {
    for (const [row, cols] of Object.entries(values)) {
      for (const [col, yuan] of Object.entries(cols)) out.push({ where: `${number} ${at[`${row}|${col}`] ?? `${row} 第${col}栏`}`, yuan });
    }
  }
  return out;
}

/** Whether the 元 figure is a whole 0.01万元 (100元). */
function wholeWan(yuan: string): boolean {
  const fen = fenOf(yuan);
  return fen !== null && fen % 10000n === 0n;
}

export interface YuanVerdict {
  /** The unit the figures were rounded in at their source: 万元 when every one is whole 100元. */
  sourceUnit: MoneyUnit;
  /** For the read report (identity lines). */
  line: string;
}

/**
 * What the report says of the 元 sheets, and which 尾差 the figures carry; `withWan`: other sheets of the
 * workbook are in 万元, so the data is 万元 data (rounded) whatever these figures are.
 */
export function yuanVerdict(sheets: string[], figures: YuanFigure[], templateName: string, withWan: boolean): YuanVerdict {
  const head = `金额单位：${sheets.join('、')}以元填写，${templateName}的表以万元列示：已按 1万元 = 10000元 折合（精确换算，不舍入）`;
  const fine = figures.filter((f) => !wholeWan(f.yuan));
  if (withWan) {
    const note = fine.length ? `；${fine.length} 个数折合万元超过两位小数，按精确数保存` : '';
    return { sourceUnit: '万元', line: `${head}${note}；其余工作表以万元填写，按万元数据核对（尾差按万元计）` };
  }
  if (fine.length === 0) {
    return { sourceUnit: '万元', line: `${head}；${figures.length} 个数都是整百元（折合万元正好两位小数），按万元数据核对（合计与分项之差在取整范围之内的，按尾差提示）` };
  }
  const shown = fine.slice(0, 3).map((f) => `${f.where} ${withThousands(f.yuan)}元 = ${amountInUnit(fromStored(f.yuan), '万元').toFixed()}万元`).join('；');
  return {
    sourceUnit: '元',
    line: `${head}；其中 ${fine.length} 个数折合万元超过两位小数（${shown}${fine.length > 3 ? ' 等' : ''}），按精确数保存和核对（数据按元计，不计尾差），打印为万元时显示两位小数`,
  };
}
