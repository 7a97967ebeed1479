// 项目资金 of the MOF standard self-evaluation form (财预〔2020〕10号): a header 年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分 over the lines 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金.
// Read line by line into the form's sources; the 得分 of 年度资金总额 is the 执行情况 score.
import type { SourceLine } from '../../evaluation/types';
import { SOURCE_TOTAL } from '../../evaluation/types';
import { amountText, scoreText } from './form-values';
import type { Unreadable } from './read-table';
import type { SheetData } from './sheet-data';
import { address, squash, text } from './sheet-data';

const LINES = [SOURCE_TOTAL, '当年财政拨款', '上年结转资金', '其他资金'];
const COLUMNS = { initial: /^年初预算数/, budget: /^全年预算数/, spent: /^全年执行数/, weight: /^分值$/, score: /^得分$/ } as const;

export interface MofFunds {
  sources: SourceLine[];
  /** 得分 of 年度资金总额 ('' when blank). */
  executionScore: string;
  read: string[];
  unreadable: Unreadable[];
}

function headerRow(sheet: SheetData): { r: number; cols: Partial<Record<keyof typeof COLUMNS, number>> } | null {
  for (let r = 0; r < Math.min(sheet.rows.length, 40); r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => squash(text(c)));
    const cols: Partial<Record<keyof typeof COLUMNS, number>> = {};
    for (const [k, re] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, RegExp]>) {
      const c = texts.findIndex((t) => re.test(t));
      if (c >= 0) cols[k] = c;
    }
    if (cols.budget !== undefined && cols.spent !== undefined) return { r, cols };
  }
  return null;
}

/** null when the sheet has no MOF 项目资金 block (then it is read as the Shanxi form). */
export function readMofFunds(sheet: SheetData): MofFunds | null {
  const head = headerRow(sheet);
  if (!head) return null;
  const { cols } = head;
  const first = Math.min(...Object.values(cols));
  const out: MofFunds = { sources: [], executionScore: '', read: [], unreadable: [] };
  for (let r = head.r + 1; r < Math.min(sheet.rows.length, head.r + 8); r++) {
    const row = sheet.rows[r] ?? [];
    const name = row.slice(0, first).map((c) => squash(text(c)).replace(/^其中[:：]?/, '')).map((t) => LINES.find((l) => t.startsWith(l))).find((x) => x !== undefined);
    if (!name) continue;
    const amount = (c: number | undefined): string => {
      if (c === undefined) return '';
      const p = amountText(row[c], text(row[c]));
      if (p.ok) return p.value;
      out.unreadable.push({ sheet: sheet.name, cell: address(r, c), value: text(row[c]).slice(0, 40), reason: p.reason });
      return '';
    };
    out.sources.push({ name, initial: amount(cols.initial), budget: amount(cols.budget), spent: amount(cols.spent) });
    if (name === SOURCE_TOTAL && cols.score !== undefined) {
      const s = scoreText(row[cols.score], text(row[cols.score]));
      if (s.ok) out.executionScore = s.value;
      else out.unreadable.push({ sheet: sheet.name, cell: address(r, cols.score), value: text(row[cols.score]).slice(0, 40), reason: s.reason });
    }
  }
  if (!out.sources.some((l) => l.name === SOURCE_TOTAL)) return null;
  out.read.push(`财政部标准格式（财预〔2020〕10号）的项目资金：${out.sources.map((l) => l.name).join('、')}，各读年初预算数、全年预算数、全年执行数`);
  return out;
}
