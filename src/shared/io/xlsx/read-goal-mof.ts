// 年度总体目标 of the MOF standard form: a block headed 年度总体目标 with two columns, 预期目标 and 实际完成情况,
// whose texts sit under their headings (the form as printed) or right of them in the same row (a clerk's
// variant). Each text is taken within its heading's columns, so the two never swap.
import type { AnnualGoal } from '../../evaluation/types';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';

const GOAL = /^年度总体目标/;
const EXPECTED = /^预期目标[:：]?$/;
const ACTUAL = /^实际完成情况[:：]?$/;

/** The text in row r, columns [from, to), skipping blanks ('' when none). */
function textIn(sheet: SheetData, r: number, from: number, to: number): string {
  const row = sheet.rows[r] ?? [];
  return row.slice(from, to).map((c) => text(c).trim()).find((t) => t !== '') ?? '';
}

/** null when the sheet has no 年度总体目标 block. */
export function readAnnualGoal(sheet: SheetData): AnnualGoal | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => squash(text(c)));
    const g = texts.findIndex((t) => GOAL.test(t));
    if (g < 0) continue;
    // The headings are in the goal's row or the next (年度总体目标 merged over two rows).
    for (const h of [r, r + 1]) {
      const heads = (sheet.rows[h] ?? []).map((c) => squash(text(c)));
      const e = heads.findIndex((t, c) => c > g && EXPECTED.test(t));
      const a = heads.findIndex((t, c) => c > g && ACTUAL.test(t));
      if (e < 0 || a < 0) continue;
      const [first, second] = e < a ? [e, a] : [a, e];
      const end = heads.length + 16;
      const below = (c: number, to: number) => textIn(sheet, h + 1, c, to);
      const beside = (c: number, to: number) => textIn(sheet, h, c + 1, to);
      const spans: Record<'e' | 'a', [number, number]> = e < a ? { e: [first, second], a: [second, end] } : { a: [first, second], e: [second, end] };
      const read = (k: 'e' | 'a') => below(spans[k][0], spans[k][1]) || beside(spans[k][0], spans[k][1]);
      // A next row that starts another block (绩效指标 …) holds no goal text.
      const nextStarts = squash(text((sheet.rows[h + 1] ?? [])[g])) !== '';
      return nextStarts ? { expected: beside(...spans.e), actual: beside(...spans.a) } : { expected: read('e'), actual: read('a') };
    }
    // Only the heading: the goal is the text right of it (a single 年度总体目标 line).
    return { expected: textIn(sheet, r, g + 1, texts.length), actual: '' };
  }
  return null;
}
