// Lookups over a year's catalogue plus the codes a filing adds itself (customCodes). The clerk picks
// codes here (type-ahead by code or name); names always come from the catalogue, never typed in tables.
import type { CustomCode } from '../filing/types';
import { ECONOMIC_2022_ENTRIES } from './economic-2022';
import { FUNCTION_2022_ENTRIES } from './function-2022';
import { ECONOMIC_2024_ENTRIES } from './economic-2024';
import { FUNCTION_2024_ENTRIES } from './function-2024';
import type { Catalog, CatalogEntry, CatalogKind, CodeLevel } from './types';

export type { Catalog, CatalogEntry, CatalogKind, CodeLevel } from './types';

export const KIND_NAMES: Record<CatalogKind, string> = {
  function: '支出功能分类科目',
  economic: '部门预算支出经济分类科目',
};

/** Builds a catalogue; a repeated code is a data error and throws. */
export function createCatalog(kind: CatalogKind, year: number, entries: readonly CatalogEntry[]): Catalog {
  const byCode = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (byCode.has(e.code)) throw new Error(`${year}年${KIND_NAMES[kind]}中科目编码重复：${e.code}`);
    byCode.set(e.code, e);
  }
  return { kind, year, entries, byCode };
}

const CATALOGS = new Map<string, Catalog>();

/** Registers a built-in catalogue; one per kind and year. */
export function registerCatalog(catalog: Catalog): void {
  const key = `${catalog.kind}-${catalog.year}`;
  if (CATALOGS.has(key)) throw new Error(`${catalog.year}年${KIND_NAMES[catalog.kind]}重复登记`);
  CATALOGS.set(key, catalog);
}

export const FUNCTION_2022 = createCatalog('function', 2022, FUNCTION_2022_ENTRIES);
export const ECONOMIC_2022 = createCatalog('economic', 2022, ECONOMIC_2022_ENTRIES);
registerCatalog(FUNCTION_2022);
registerCatalog(ECONOMIC_2022);
// 2024: the Shanghai 2024 template's economic list and the 功能分类 its sample uses (see the files).
export const FUNCTION_2024 = createCatalog('function', 2024, FUNCTION_2024_ENTRIES);
export const ECONOMIC_2024 = createCatalog('economic', 2024, ECONOMIC_2024_ENTRIES);
registerCatalog(FUNCTION_2024);
registerCatalog(ECONOMIC_2024);

export function getCatalog(kind: CatalogKind, year: number): Catalog {
  const c = CATALOGS.get(`${kind}-${year}`);
  if (!c) throw new Error(`本程序未内置${year}年的${KIND_NAMES[kind]}`);
  return c;
}

/** 'class' 类 (3 digits), 'group' 款 (5), 'item' 项 (7). */
export function levelOf(code: string): CodeLevel {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'group';
  return 'item';
}

/** 7 → 5 → 3 digits; null for a 类. */
export function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

function customOf(catalog: Catalog, custom?: readonly CustomCode[]): CustomCode[] {
  return (custom ?? []).filter((c) => c.catalog === catalog.kind);
}

export function findCode(catalog: Catalog, code: string, custom?: readonly CustomCode[]): CatalogEntry | undefined {
  const builtIn = catalog.byCode.get(code);
  if (builtIn) return builtIn;
  const c = customOf(catalog, custom).find((x) => x.code === code);
  return c ? { code: c.code, name: c.name } : undefined;
}

export function nameOf(catalog: Catalog, code: string, custom?: readonly CustomCode[]): string | undefined {
  return findCode(catalog, code, custom)?.name;
}

/** Built-in entries in catalogue order, then the filing's own codes in code order. */
export function allEntries(catalog: Catalog, custom?: readonly CustomCode[]): CatalogEntry[] {
  const extra = customOf(catalog, custom)
    .filter((c) => !catalog.byCode.has(c.code))
    .map((c) => ({ code: c.code, name: c.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return [...catalog.entries, ...extra];
}

/** Direct children (款 of a 类, 项 of a 款), sorted by code. */
export function childrenOf(catalog: Catalog, code: string, custom?: readonly CustomCode[]): CatalogEntry[] {
  return allEntries(catalog, custom)
    .filter((e) => parentCode(e.code) === code)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** "2010501 行政运行" — names repeat (行政运行), so a picker shows the parent's name too. */
export function describeCode(catalog: Catalog, code: string, custom?: readonly CustomCode[]): string {
  const name = nameOf(catalog, code, custom) ?? '（目录中没有该科目）';
  return `${code} ${name}`;
}

/**
 * Type-ahead: codes that start with the query (in code order) first, then names containing it.
 * An empty query lists nothing.
 */
export function searchCodes(
  catalog: Catalog,
  query: string,
  custom?: readonly CustomCode[],
  limit = 20,
): CatalogEntry[] {
  const q = query.trim();
  if (q === '') return [];
  const entries = allEntries(catalog, custom);
  const byCode = /^\d+$/.test(q)
    ? entries.filter((e) => e.code.startsWith(q)).sort((a, b) => a.code.localeCompare(b.code))
    : [];
  const seen = new Set(byCode.map((e) => e.code));
  const byName = entries.filter((e) => !seen.has(e.code) && e.name.includes(q));
  return [...byCode, ...byName].slice(0, Math.max(0, limit));
}

/**
 * Checks a code the clerk adds with its name. Returns a reason in plain Chinese, or null when the
 * code may be added.
 */
export function validateCustomCode(
  catalog: Catalog,
  code: string,
  name: string,
  custom?: readonly CustomCode[],
): string | null {
  const c = code.trim();
  const kindName = KIND_NAMES[catalog.kind];
  const lengths = catalog.kind === 'function' ? [3, 5, 7] : [3, 5];
  const shape = catalog.kind === 'function' ? '3 位（类）、5 位（款）或 7 位（项）数字' : '3 位（类）或 5 位（款）数字';
  if (!/^\d+$/.test(c) || !lengths.includes(c.length)) {
    return `科目编码“${code}”格式不对：${kindName}编码应为${shape}。`;
  }
  if (name.trim() === '') return `请填写科目编码 ${c} 的科目名称。`;
  const existing = findCode(catalog, c, custom);
  if (existing) return `科目编码 ${c} 已存在（${existing.name}），无需再添加。`;
  const parent = parentCode(c);
  if (parent !== null && !findCode(catalog, parent, custom)) {
    const parentLevel = parent.length === 3 ? '类' : '款';
    return `科目编码 ${c} 的上级${parentLevel}级科目 ${parent} 不存在：请先添加 ${parent}。`;
  }
  if (parent === null) {
    // 类 are the fixed lines of 公开01/04表 and the blocks of 公开06表: a new one would have no place there.
    return `${kindName}的类级科目是固定的，不能自行添加类 ${c}；请在已有的类下添加款或项。`;
  }
  return null;
}
