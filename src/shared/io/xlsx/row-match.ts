// Rows of a fixed table by their names; the printed 行次 only confirms. Another region's or year's layout
// numbers its lines differently (上级补助收入 on 行3), so a 行次 is never trusted over the label: when they
// disagree the label wins and the read report says so. A line with figures whose label is in no row of
// the template means the sheet does not fit the template: the caller refuses the sheet rather than
// dropping the line.
import type { RowDef } from '../../templates/types';

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * A label as compared: whitespace, enumeration (一、 (一) 1. ①), 其中：, brackets' and colons' width and a
 * trailing （类） removed, full-width letters and digits made half-width.
 */
export function normLabel(s: string): string {
  return s
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^\(?[一二三四五六七八九十]+[)、.]/, '')
    .replace(/^\(?\d+[).、]/, '')
    .replace(/^[\u2460-\u2473]/, '')
    .replace(/\((类|款|项)\)$/, '')
    .replace(/[:：]$/, '');
}

export interface RowChoice {
  def: RowDef;
  /** Set when the printed 行次 named another line: what was decided, for the read report. */
  decision?: string;
}

/** A segment's rows by normalised label; a label may name several rows (公开04表 一般公共预算财政拨款, 行1 and 行29). */
export type LabelIndex = Map<string, RowDef[]>;

export function labelIndex(rows: RowDef[]): LabelIndex {
  const m: LabelIndex = new Map();
  for (const r of rows) {
    const k = normLabel(r.label);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * Which template row a line is: by its label; by its 行次 only when the line has no label. A label that
 * names several rows is settled by the 行次, else by order (the first such row after the segment's
 * previous line). null when the label is in no row of the segment (the caller decides whether that line
 * matters: it has figures). `position` gives a row's place in the template.
 */
export function chooseRow(
  label: string,
  rowNo: number | null,
  byLabel: LabelIndex,
  byRowNo: Map<string, RowDef>,
  position: (def: RowDef) => number,
  after: number,
  where: string,
): RowChoice | null {
  const numbered = rowNo !== null ? byRowNo.get(String(rowNo)) : undefined;
  if (!label) return numbered ? { def: numbered } : null;
  const candidates = byLabel.get(normLabel(label));
  if (!candidates) return null;
  const named = candidates.length === 1
    ? candidates[0]
    : (candidates.find((c) => c === numbered) ?? candidates.find((c) => position(c) > after) ?? candidates[candidates.length - 1]);
  if (rowNo !== null && named.row !== String(rowNo)) {
    const other = numbered ? `模板的行${rowNo}是“${numbered.label}”` : `模板中没有行${rowNo}`;
    return { def: named, decision: `${where}“${label.slice(0, 30)}”印的行次是 ${rowNo}，${other}；按项目名称读入行${named.row}` };
  }
  return { def: named };
}
