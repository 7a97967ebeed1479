// Which templates serve a 年度 (TemplateParams.years): 新建 offers every year from 2022 to the current one,
// the templates serving it first, any other only with a plain warning that the official layout may have
// changed; 生成下一年度文件 moves to the template serving the next year.
import { getTemplateParams, servesYear } from './params';
import { listTemplates } from './registry';
import type { Template } from './types';

export const FIRST_YEAR = 2022;

/** 2022 … the current year, newest first. */
export function offeredYears(now: Date): number[] {
  const out: number[] = [];
  for (let y = Math.max(FIRST_YEAR, now.getFullYear()); y >= FIRST_YEAR; y--) out.push(y);
  return out;
}

export function serves(template: Template, year: number): boolean {
  const p = getTemplateParams(template.id);
  return p ? servesYear(p, year) : template.year === year;
}

/** Every template, those serving the year first (in registry order). */
export function templatesForYear(year: number): Array<{ template: Template; serves: boolean }> {
  const all = listTemplates().map((template) => ({ template, serves: serves(template, year) }));
  return [...all.filter((x) => x.serves), ...all.filter((x) => !x.serves)];
}

/** The warning for a template used outside its years; null where it serves the year. */
export function yearWarning(template: Template, year: number): string | null {
  if (serves(template, year)) return null;
  const p = getTemplateParams(template.id);
  const range = p ? (p.years.from === p.years.to ? `${p.years.from}` : `${p.years.from}–${p.years.to}`) : String(template.year);
  return `“${template.name}”适用 ${range} 年度。${year} 年度的官方表样和审核口径可能已经调整，用它新建的文件请对照当年的官方表样核对后再公开。`;
}

/**
 * The template for the year after a filing's: its own if it serves that year, otherwise one of the same
 * region that does, otherwise its own (with yearWarning to say so).
 */
export function templateForNextYear(current: Template, year: number): Template {
  if (serves(current, year)) return current;
  return listTemplates().find((t) => t.region === current.region && serves(t, year)) ?? current;
}
