// The second built-in sample: 上海市普陀区规划和自然资源局 2024年度部门决算 as published, with its own
// inconsistencies kept (docs/templates/shanghai-2024.md, “Known inconsistencies in the published sample”).
// printed.ts holds every printed figure once; here each goes where the template puts it: cells the clerk
// enters into tables, figures the template computes (合计, 类/款 rows, 本年收入合计 …) into stated, so the
// checker compares each printed total with the sum of its printed parts.
import { buildModel } from '../../filing/compute';
import { cellKey } from '../../table/cell-ref';
import type { Filing, TableValues } from '../../filing/types';
import { newFiling } from '../../filing/new-filing';
import { shanghai2024 } from '../../templates/shanghai-2024/index';
import { SH_GLOSSARY } from '../../templates/shanghai-2024/glossary';
import { putuoMeta, putuoOverview } from './meta';
import { putuoNarrative, wan } from './narrative';
import { PRINTED_WAN, SHN_COUNTS } from './printed';

export const PUTUO_TEMPLATE_ID = 'shanghai-2024';

/** Every printed figure in 元 (counts as printed), by table, row and column. */
export function putuoPrinted(): Record<string, TableValues> {
  const out: Record<string, TableValues> = {};
  for (const [table, rows] of Object.entries(PRINTED_WAN)) {
    out[table] = {};
    for (const [row, cols] of Object.entries(rows)) {
      out[table][row] = Object.fromEntries(Object.entries(cols).map(([col, v]) => [col, wan(v)]));
    }
  }
  for (const [row, v] of Object.entries(SHN_COUNTS)) out.SHN[row] = { 1: v };
  return out;
}

function split(printed: Record<string, TableValues>): { tables: Record<string, TableValues>; stated: Record<string, TableValues> } {
  // Coded tables hold their 项 rows; the model then knows which printed cells are computed.
  const leaves: Record<string, TableValues> = {};
  for (const t of shanghai2024.tables) {
    const rows = printed[t.id] ?? {};
    leaves[t.id] = t.kind === 'coded' ? Object.fromEntries(Object.entries(rows).filter(([row]) => /^\d{7}$/.test(row))) : rows;
  }
  const model = buildModel({ ...newFiling({ template: PUTUO_TEMPLATE_ID, year: 2024 }), tables: leaves }, shanghai2024);
  const tables: Record<string, TableValues> = {};
  const stated: Record<string, TableValues> = {};
  for (const [table, rows] of Object.entries(printed)) {
    tables[table] = {};
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, v] of Object.entries(cols)) {
        const target = model.computed.has(cellKey(table, row, Number(col))) ? stated : model.isEntered(table, row, Number(col)) ? tables : null;
        if (!target) throw new Error(`普陀示例数据有误：${table} ${row} 栏${col} 不是模板中的单元格`);
        ((target[table] ??= {})[row] ??= {})[col] = v;
      }
    }
  }
  return { tables, stated };
}

/** A fresh, independent copy on every call. */
export function putuoSample(): Filing {
  const { tables, stated } = split(putuoPrinted());
  const base = newFiling({ template: PUTUO_TEMPLATE_ID, year: 2024, unit: '万元', sourceUnit: '万元' });
  return {
    ...base,
    meta: putuoMeta(),
    tables,
    stated,
    narrative: putuoNarrative(),
    overview: putuoOverview(),
    glossary: SH_GLOSSARY.map((e) => ({ ...e })),
  };
}
