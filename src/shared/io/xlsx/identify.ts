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

/** Where a 部门名称 or 年度 came from, for the read report. */
export interface Sourced<T> {
  value: T;
  from: string;
}

/** 上海市普陀区规划和自然资源局2024年度部门决算 (a cover, a title, a file name): the department and the year. */
const TITLE = /^(.{2,60}?)(20\d{2})年度?(?:部门|单位)?决算/;

function fromTitle(t: string): { department: string; year: number } | null {
  const m = TITLE.exec(t);
  if (!m) return null;
  const department = m[1].replace(/^[“"《]+|[”"》:：]+$/g, '').trim();
  return { department: /^\d|年度$/.test(department) ? '' : department.slice(0, 100), year: Number(m[2]) };
}

/**
 * The department and year of a workbook: a “部门名称：” line, else a title or cover cell naming both
 * (“…局2024年度部门决算”), else the file name; the year also from any “2024年度”. null where nothing says.
 */
export function workbookIdentity(sheets: SheetData[], fileName: string): { department: Sourced<string> | null; year: Sourced<number> | null } {
  let department: Sourced<string> | null = null;
  let year: Sourced<number> | null = null;
  for (const sheet of sheets) {
    const d = sheetDepartment(sheet);
    if (d && !department) department = { value: d, from: `工作表“${sheet.name}”的“部门名称：”` };
    const y = sheetYear(sheet);
    if (y !== null && !year) year = { value: y, from: `工作表“${sheet.name}”的“${y}年度”` };
  }
  for (const sheet of sheets) {
    // A cover names the unit and the year in one cell or in two lines one under the other.
    const texts = topTexts(sheet);
    for (const t of texts.flatMap((x, i) => (i + 1 < texts.length ? [x, x + texts[i + 1]] : [x]))) {
      const hit = fromTitle(t);
      if (!hit) continue;
      if (!department && hit.department) department = { value: hit.department, from: `工作表“${sheet.name}”的标题“${t.slice(0, 40)}”` };
      if (!year) year = { value: hit.year, from: `工作表“${sheet.name}”的标题“${t.slice(0, 40)}”` };
    }
  }
  const stem = squash(fileName.replace(/\.[A-Za-z]+$/, ''));
  const byName = fromTitle(stem);
  if (!department && byName?.department) department = { value: byName.department, from: `文件名“${fileName}”` };
  const yearInName = /(20\d{2})年/.exec(stem);
  if (!year && yearInName) year = { value: Number(yearInName[1]), from: `文件名“${fileName}”` };
  return { department, year };
}
