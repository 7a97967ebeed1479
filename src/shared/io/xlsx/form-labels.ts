// Label-driven reading of a form sheet: a field is found by its label (项目名称, 联系电话 …) wherever it
// sits, and its value is the text after the label in the same cell (项目名称：…) or the next filled cell
// to its right, unless that cell is itself a label (the field is then blank). Labels are matched on the
// text without whitespace, with either kind of brackets and colon, so 项目预算金额 (万元), 项目预算金额（万元）
// and “自评结论 及结果分析” all read.
import type { SheetCell, SheetData } from './sheet-data';
import { squash, text } from './sheet-data';

const label = (body: string): RegExp => new RegExp(`^(?:${body})[:：]?`);
const WAN = '(?:[（(]万元[)）])?';
const OF = '(?:其中[:：]?)?';

export const FORM_LABELS = {
  name: label('项目名称'),
  manager: label('项目负责人'),
  phone: label('联系电话'),
  department: label('主管部门'),
  implementer: label('实施单位'),
  period: label('项目起止时间'),
  evaluationYear: label('绩效自评评价年度|自评评价年度|评价年度'),
  budget: label(`项目预算金额${WAN}`),
  received: label(`实际到位金额${WAN}`),
  spent: label(`实际执行金额${WAN}`),
  central: label(`${OF}中央[、，,]?省(?:级)?(?:财政)?`),
  city: label(`${OF}市(?:级)?财政`),
  county: label(`${OF}县[（(]?区?[)）]?(?:级)?财政`),
  other: label(`${OF}其[它他](?:资金)?`),
  goals: label('项目预期绩效目标'),
  goalOutput: label('项目提供的公共产品和服务的数量'),
  goalEffect: label('项目效果'),
  execution: label('项目执行情况(?:[（(]\\d+(?:\\.\\d+)?分[)）])?'),
  selfEvaluation: label('绩效目标自评情况'),
  conclusion: label('自评结论(?:及结果分析)?'),
  experience: label('主要经验做法'),
  problems: label('存在问题(?:与|及|和)整改措施'),
  evaluators: label('评价人员'),
  filledBy: label('填报人'),
  filledDate: label('填报日期'),
  seal: label('单位[（(]盖章[)）]'),
} as const;

export type FormLabel = keyof typeof FORM_LABELS;

const ALL = Object.values(FORM_LABELS);

/**
 * The label at the start of a cell and the text after it. A label counts only when it fills the cell or
 * is set off from what follows by a colon or a space: “市财政安排…” in an answer is not the 市财政 label.
 */
function matchLabel(raw: string, re: RegExp): { rest: string } | null {
  const m = re.exec(squash(raw));
  if (!m) return null;
  let i = 0;
  for (let seen = 0; i < raw.length && seen < m[0].length; i++) if (!/[\s\u3000]/.test(raw[i])) seen++;
  const rest = raw.slice(i).trim();
  if (rest === '' || /[:：]$/.test(m[0]) || /^[\s\u3000]/.test(raw.slice(i))) return { rest };
  return null;
}

export function isLabel(c: SheetCell | undefined): boolean {
  const raw = text(c);
  return raw.trim() !== '' && ALL.some((re) => matchLabel(raw, re) !== null);
}

export interface LabelAt {
  r: number;
  c: number;
  /** Text after the label in the same cell ('' when the value is in another cell). */
  rest: string;
}

/** The first cell (row by row) in rows [from, to) that starts with the label. */
export function findLabel(sheet: SheetData, which: FormLabel, from = 0, to = sheet.rows.length, fromCol = 0): LabelAt | null {
  for (let r = Math.max(0, from); r < Math.min(to, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = r === from ? fromCol : 0; c < row.length; c++) {
      const m = matchLabel(text(row[c]), FORM_LABELS[which]);
      if (m) return { r, c, rest: m.rest };
    }
  }
  return null;
}

/** Every cell of row `r` that starts with the label. */
export function labelsInRow(sheet: SheetData, which: FormLabel, r: number): LabelAt[] {
  const out: LabelAt[] = [];
  (sheet.rows[r] ?? []).forEach((cell, c) => {
    const m = matchLabel(text(cell), FORM_LABELS[which]);
    if (m) out.push({ r, c, rest: m.rest });
  });
  return out;
}

export interface FieldValue {
  /** The cell the value came from (the label's own cell when written after the label). */
  r: number;
  c: number;
  /** The cell itself when the value is a cell of its own (numbers stay numbers); undefined otherwise. */
  cell?: SheetCell;
  text: string;
}

/** The value of a label: the rest of its cell, or the next filled cell to the right that is no label. */
export function valueOf(sheet: SheetData, at: LabelAt): FieldValue {
  if (at.rest) return { r: at.r, c: at.c, text: at.rest };
  const row = sheet.rows[at.r] ?? [];
  for (let c = at.c + 1; c < row.length; c++) {
    const cell = row[c];
    if (!cell || (cell.v === null && !cell.bad)) continue;
    if (text(cell).trim() === '') continue;
    if (isLabel(cell)) break;
    return { r: at.r, c, cell, text: text(cell).trim() };
  }
  return { r: at.r, c: at.c + 1, text: '' };
}

/** A label's value as text ('' when the label is missing or the field blank). */
export function fieldText(sheet: SheetData, which: FormLabel, from?: number, to?: number): { text: string; found: boolean } {
  const at = findLabel(sheet, which, from, to);
  return at ? { text: valueOf(sheet, at).text, found: true } : { text: '', found: false };
}
