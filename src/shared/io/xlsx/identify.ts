// Which official table a sheet holds, in which 金额单位, for which department and year: from the 公开NN表
// mark or the title in the first rows (the sheet name only as a last resort).
import type { MoneyUnit } from '../../money/money';
import type { TableDef } from '../../templates/types';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';

/** How many rows from the top hold the title block. */
const TOP_ROWS = 10;

export interface SheetIdentity {
  table: TableDef;
  /** How it was recognised, for the report. */
  by: string;
}

function topTexts(sheet: SheetData): string[] {
  const out: string[] = [];
  for (const row of sheet.rows.slice(0, TOP_ROWS)) for (const c of row) {
    const t = squash(text(c));
    if (t) out.push(t);
  }
  return out;
}

export function identifyTable(sheet: SheetData, tables: TableDef[]): SheetIdentity | null {
  const texts = topTexts(sheet);
  for (const t of tables) {
    const mark = squash(t.number);
    if (texts.some((x) => x === mark || x.startsWith(mark) || x.endsWith(mark))) return { table: t, by: `表号“${t.number}”` };
  }
  // Titles nest (收入支出决算总表 ⊂ 财政拨款收入支出决算总表): the longest title that matches wins.
  const byTitle = [...tables].sort((a, b) => b.title.length - a.title.length);
  for (const t of byTitle) {
    const title = squash(t.title);
    if (texts.some((x) => x === title || (x.includes(title) && x.length <= title.length + 12))) return { table: t, by: `标题“${t.title}”` };
  }
  const name = squash(sheet.name);
  for (const t of tables) if (name.includes(squash(t.number)) || name === squash(t.title)) return { table: t, by: `工作表名“${sheet.name}”` };
  return null;
}

/** 金额单位 read from the title block; null when the sheet does not say. */
export function sheetUnit(sheet: SheetData): MoneyUnit | null {
  for (const t of topTexts(sheet)) {
    const m = /单位[:：]?(万元|元)/.exec(t);
    if (m) return m[1] as MoneyUnit;
  }
  return null;
}

export function sheetDepartment(sheet: SheetData): string | null {
  for (const t of topTexts(sheet)) {
    const m = /^(?:部门|单位)名称[:：](.+)$/.exec(t);
    if (m && m[1].trim()) return m[1].trim().slice(0, 100);
  }
  return null;
}

export function sheetYear(sheet: SheetData): number | null {
  for (const t of topTexts(sheet)) {
    const m = /(20\d{2})年度/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}
