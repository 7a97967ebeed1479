// What the Shanghai 2024 情况说明 sections share: cell access, 万元 amounts as the template prints them
// (9859.38万元, no separators), year-on-year sentences from narrative.lastYear with the keys of
// docs/templates/shanghai-2024.md, the catalogue names of 功能分类 codes.
import type Decimal from 'decimal.js';
import { getCatalog, nameOf } from '../../catalog/index';
import type { Catalog } from '../../catalog/types';
import type { CellRef } from '../../table/cell-ref';
import { getTemplateParams } from '../../templates/params';
import type { NarrativeSection as OutlineSection } from '../../templates/params';
import { lastYearValue } from '../keys';
import type { NarrativeSection } from '../output';
import { Para, heading } from '../output';
import type { NarrativeContext } from '../phrases';
import { reasonText } from '../phrases';

export const c = (table: string, row: string, col: number): CellRef => ({ table, row, col });

export interface ShContext extends NarrativeContext {
  catalog: Catalog | null;
  outline: readonly OutlineSection[];
}

export function shContext(base: NarrativeContext, year: number): ShContext {
  let catalog: Catalog | null = null;
  try {
    catalog = getCatalog('function', year);
  } catch {
    catalog = null;
  }
  return { ...base, catalog, outline: getTemplateParams('shanghai-2024')?.narrative ?? [] };
}

/** A paragraph builder in the filing's unit, amounts without thousands separators (PT 20–28). */
export const para = (ctx: ShContext): Para => new Para(ctx.filing.meta.unit, false);

export const val = (ctx: ShContext, table: string, row: string, col: number): Decimal => ctx.value(c(table, row, col));

/** The catalogue name of a 功能分类 code (the filing's own codes included); the code itself when unknown. */
export function codeName(ctx: ShContext, code: string): string {
  return (ctx.catalog && nameOf(ctx.catalog, code, ctx.filing.customCodes)) ?? code;
}

/** The codes of a coded table's rows at one level (3 = 类, 5 = 款, 7 = 项), in code order. */
export function codesOf(ctx: ShContext, table: string, len: 3 | 5 | 7): string[] {
  const rows = Object.keys(ctx.filing.tables[table] ?? {});
  const out = new Set<string>();
  for (const r of rows) if (/^\d{7}$/.test(r)) out.add(r.slice(0, len));
  return [...out].sort();
}

/** The outline's number and title for a section (and its parts), as the template words them. */
export function outlineOf(ctx: ShContext, number: string): OutlineSection {
  return ctx.outline.find((s) => s.number === number) ?? { number, title: '', inputs: [] };
}

export function partHeading(section: OutlineSection, part: string) {
  const p = section.parts?.find((x) => x.number === part);
  return heading(`${part}${p?.title ?? ''}`);
}

export function section(number: string, ctx: ShContext, paragraphs: NarrativeSection['paragraphs']): NarrativeSection {
  return { number, title: outlineOf(ctx, number).title, paragraphs };
}

/** “{org}{year}年度” for the template's none-sentences. */
export function fill(ctx: ShContext, text: string): string {
  return text.replace(/\{org\}/g, ctx.dept).replace(/\{year\}/g, String(ctx.year));
}

/**
 * “与2023年度相比，{what}增加X万元，增长Y%。主要原因：…” from narrative.lastYear[key]; 持平 when equal; ''
 * when last year's figure is not given (the reason slot is still named).
 */
export function yearOnYear(p: Para, ctx: ShContext, what: string, cur: Decimal, cells: CellRef[], key: string, slot: string): string {
  p.slot(slot);
  const last = lastYearValue(ctx.filing.narrative.lastYear, key);
  if (last === null) return '';
  const lastYear = `${ctx.year - 1}年度`;
  const diff = cur.minus(last);
  if (diff.isZero()) return `与${lastYear}相比，${what}持平。`;
  const up = diff.isPositive();
  const amount = p.amount(diff.abs(), { kind: 'change', key, cells });
  const pct = last.isZero() ? '' : `，${up ? '增长' : '下降'}${p.percent(diff.abs(), last.abs(), { kind: 'change', key, cells })}`;
  const reason = reasonText(ctx, slot, '主要原因：');
  return `与${lastYear}相比，${what}${up ? '增加' : '减少'}${amount}${pct}。${reason ? reason + '。' : ''}`;
}

/** A count from the 情况说明 input table SHN, as printed. */
export function shnCount(p: Para, ctx: ShContext, row: string): string {
  return p.count(val(ctx, 'SHN', row, 1), { kind: 'cells', cells: [c('SHN', row, 1)] });
}
