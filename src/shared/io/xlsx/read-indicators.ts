// The indicator table of a 自评表 (绩效目标自评情况): columns found by their headers (一级指标, 二级指标,
// 三级指标, 年度指标值, 全年完成值, 未完成原因和改进措施, 自评得分), merged 一级/二级 cells carried down, the
// 自评得分 of each 一级指标 taken from its group. The seed's blank 指标1/指标2/….. lines are skipped.
import Decimal from 'decimal.js';
import type { Indicator } from '../../evaluation/types';
import type { Unreadable } from './read-table';
import { scoreText } from './form-values';
import type { SheetCell, SheetData } from './sheet-data';
import { address, squash, text } from './sheet-data';

export interface IndicatorTable {
  indicators: Indicator[];
  levelScores: Record<string, string>;
  /** The sheet row of each indicator. */
  rows: number[];
  /** The first row after the table (0 when there is no table). */
  end: number;
  skipped: string[];
  unreadable: Unreadable[];
  decisions: string[];
}

interface Columns {
  level1: number;
  level2: number;
  name: number;
  target: number;
  actual: number;
  reason: number;
  score: number;
  /** 分值 per indicator (MOF and other provinces' forms): then scores are per indicator. */
  weight: number;
}

const HEADS: Array<[keyof Columns, RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^三级指标$/],
  ['target', /^(年度)?指标值$/],
  ['actual', /^(全年|实际)完成值$/],
  ['reason', /^(未完成|偏差)原因/],
  ['score', /^(自评)?得分$/],
  ['weight', /^分值$/],
];

/** 指标1, 指标2, ….. — the printed form's empty slots. */
const isPlaceholder = (s: string): boolean => /^指标\d+$/.test(s) || /^[.．。…·]+$/.test(s);

/** 产出指标（50分） → 产出指标. */
const levelName = (s: string): string => squash(s).replace(/[（(]\d+(?:\.\d+)?分[)）]$/, '');

function headerRow(sheet: SheetData): { r: number; cols: Columns; width: number } | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => squash(text(c)));
    const found: Partial<Columns> = {};
    for (const [key, re] of HEADS) {
      const c = texts.findIndex((t) => re.test(t));
      if (c >= 0) found[key] = c;
    }
    if (found.level1 === undefined || found.name === undefined || found.target === undefined || found.actual === undefined) continue;
    const width = texts.length;
    // A missing column reads as none: point it past the row.
    const cols: Columns = { level2: width, reason: width, score: width, weight: width, ...found } as Columns;
    return { r, cols, width };
  }
  return null;
}

/** 分值 of one indicator ('' when blank or unreadable, which is listed). */
function weightOf(cell: SheetCell | undefined, out: IndicatorTable, sheet: string, at: string): string {
  const raw = text(cell).trim();
  if (!raw) return '';
  const s = scoreText(cell, raw);
  if (s.ok) return s.value;
  out.unreadable.push({ sheet, cell: at, value: raw.slice(0, 40), reason: s.reason });
  return '';
}

export function readIndicatorTable(sheet: SheetData, where: string): IndicatorTable {
  const out: IndicatorTable = { indicators: [], levelScores: {}, rows: [], end: 0, skipped: [], unreadable: [], decisions: [] };
  const head = headerRow(sheet);
  if (!head) {
    out.skipped.push(`${where}：没有找到指标表头（一级指标、三级指标、年度指标值、全年完成值），指标未读入`);
    return out;
  }
  const { cols, width } = head;
  const starts = Object.values(cols).filter((c) => c < width).sort((a, b) => a - b);
  // Each field spans from its header to the next header (merged headers: 三级指标 over 指标1 | name).
  const span = (c: number): [number, number] => [c, starts.find((x) => x > c) ?? width];
  // With a 分值 column each indicator has its own 得分: the level's score is their sum.
  const perIndicator = cols.weight < width;
  const sums = new Map<string, { total: Decimal; parts: string[] }>();
  let level1 = '';
  let level2 = '';
  let r = head.r + 1;
  for (; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const texts = row.map((c) => squash(text(c)));
    if (texts.some((t) => t.startsWith('总分') || /^(自评结论|评价人员|主要经验做法)/.test(t))) break;
    const cells = (c: number) => {
      const [a, b] = span(c);
      return row.slice(a, b).map((x) => text(x).trim()).filter((x) => x !== '' && !isPlaceholder(squash(x)));
    };
    const l1 = levelName(text(row[cols.level1]));
    if (l1) {
      level1 = l1;
      level2 = '';
    }
    const l2 = cells(cols.level2)[0];
    if (l2) level2 = squash(l2);
    const scoreCell = cols.score < width ? row[cols.score] : undefined;
    const scoreRaw = text(scoreCell).trim();
    let rowScore = '';
    if (scoreRaw) {
      const s = scoreText(scoreCell, scoreRaw);
      if (!s.ok) out.unreadable.push({ sheet: sheet.name, cell: address(r, cols.score), value: scoreRaw.slice(0, 40), reason: s.reason });
      else if (!level1 || level1 === '__proto__') out.skipped.push(`${where} 第${r + 1}行：自评得分 ${s.value} 不在任何一级指标下，未读入`);
      else if (perIndicator) {
        const sum = sums.get(level1) ?? { total: new Decimal(0), parts: [] };
        if (s.value !== '') {
          sum.total = sum.total.plus(s.value);
          sum.parts.push(s.value);
        }
        rowScore = s.value;
        sums.set(level1, sum);
      } else if (!Object.hasOwn(out.levelScores, level1)) out.levelScores[level1] = s.value;
      else if (out.levelScores[level1] !== s.value) out.skipped.push(`${where} 第${r + 1}行：${level1}已有自评得分 ${out.levelScores[level1]}，这里的 ${s.value} 未读入`);
    }
    const names = cells(cols.name);
    const name = names[names.length - 1] ?? '';
    const target = cells(cols.target)[0] ?? '';
    const actual = cells(cols.actual)[0] ?? '';
    const reason = cols.reason < width ? cells(cols.reason)[0] ?? '' : '';
    if (!name && !target && !actual && !reason) continue;
    if (!level1) out.skipped.push(`${where} 第${r + 1}行：指标“${name.slice(0, 20)}”没有一级指标`);
    // Per-indicator 分值/得分 are kept, so the form is written back as it was read.
    const scores = perIndicator ? { weight: weightOf(row[cols.weight], out, sheet.name, address(r, cols.weight)), score: rowScore } : {};
    out.indicators.push({ id: '', level1, level2, name, target, actual, shortfallReason: reason, ...scores });
    out.rows.push(r);
  }
  out.end = r;
  for (const [level, sum] of sums) {
    if (sum.parts.length === 0) continue;
    out.levelScores[level] = sum.total.toString();
    out.decisions.push(`${where}：表中按指标打分（有“分值”栏），${level}得分按各指标得分相加：${sum.parts.join('+')} = ${sum.total.toString()}`);
  }
  return out;
}
