// The cells both layouts of the 项目支出绩效自评表 are made of (the Shanxi form and the MOF standard form).
import type { Evaluation } from '../../evaluation/types';
import type { Grid, GridCell, GridRow } from './grid';
import { emptyRow, place } from './grid';

export const head = (text: string, extra: Partial<GridCell> = {}): GridCell => ({ kind: 'head', text, align: 'center', ...extra });
export const text = (t: string, extra: Partial<GridCell> = {}): GridCell => ({ kind: 'text', text: t, ...extra });
/** A figure as the clerk entered it (资金 in 万元, scores). */
export const figure = (t: string, extra: Partial<GridCell> = {}): GridCell => text(t, { numeric: true, ...extra });

/** A row of `width` columns with cells placed at their columns. */
export function lineOf(width: number, cells: Array<[number, GridCell]>): GridRow {
  const row = emptyRow(width);
  for (const [at, c] of cells) place(row, at, c);
  return row;
}


/** 评价人员: the 姓名 | 职称/职务 | 工作单位 | 签字 header and one row per person (签字 in the last column). */
export function evaluatorRows(people: Evaluation['evaluators'], width: number): GridRow[] {
  const sign = width - 1;
  const rows: GridRow[] = [lineOf(width, [[0, head('评价人员', { rowSpan: people.length + 1 })], [1, head('')], [2, head('姓名')], [3, head('职称/职务')], [4, head('工作单位', { colSpan: sign - 4 })], [sign, head('签字')]])];
  people.forEach((p, i) => {
    const roleSpan = p.role === '成员' && i > 0 && people[i - 1].role === '成员';
    const row = emptyRow(width);
    if (!roleSpan) {
      let span = 1;
      while (i + span < people.length && people[i + span].role === p.role && p.role === '成员') span++;
      place(row, 1, head(p.role, { rowSpan: span }));
    }
    place(row, 2, text(p.name, { align: 'center' }));
    place(row, 3, text(p.title, { align: 'center' }));
    place(row, 4, text(p.org, { colSpan: sign - 4 }));
    place(row, sign, text(''));
    rows.push(row);
  });
  return rows;
}

/** A form laid out for the writers (xlsx and print). */
export interface EvaluationLayout {
  id: string;
  title: string;
  /** 单位（盖章）： / 填报日期： */
  topLeft: string;
  topRight: string;
  grid: Grid;
  /** 填报人：… 联系电话：… */
  footer: string;
  /** The indicator each body row shows (body row index → indicator id), for the export's hidden marks. */
  indicatorRows: Array<{ row: number; id: string }>;
}
