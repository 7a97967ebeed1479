// Ctrl+F across every table of the filing: by 科目编码 or 行次 (a code prefix: "20105"), by name or
// item text ("基本支出"), or by amount ("2,947,807.18", in 元 or in the display unit). Each hit is one
// cell named as a clerk reads it; a line matched by code or name points at its first cell.
import type { Filing } from '../../../shared/filing/types';
import type { Template } from '../../../shared/templates/types';
import type { CellRef } from '../../../shared/table/cell-ref';
import { cellWords } from '../../../shared/table/cell-name';
import { tableModel } from '../../../shared/table/model';
import type { Decimal, MoneyUnit } from '../../../shared/money/money';
import { formatAmount, parseAmount } from '../../../shared/money/money';
import { getCatalog, nameOf } from '../../../shared/catalog/index';

export interface FindHit {
  cell: CellRef;
  /** "公开05表 2010504 基本支出（栏2）" and what matched: the line's name or the amount. */
  text: string;
}

export const FIND_LIMIT = 200;

export function findInFiling(query: string, filing: Filing, template: Template, value: (c: CellRef) => Decimal, unit: MoneyUnit): FindHit[] {
  const q = query.trim();
  if (q === '') return [];
  const amount = parseAmount(q, 6);
  const wanted = amount.ok && amount.value !== null && !amount.value.isZero() ? amount.value : null;
  const isCode = /^\d+$/.test(q);
  const hits: FindHit[] = [];
  for (const def of template.tables) {
    const coded = def.kind === 'coded';
    const model = tableModel(def, coded ? Object.keys(filing.tables[def.id] ?? {}) : []);
    const catalog = coded || model.labels === 'code' ? getCatalog(def.catalog ?? 'function', template.year) : null;
    for (const line of model.lines) {
      const name = line.label || (catalog ? (nameOf(catalog, line.row, filing.customCodes) ?? '') : '');
      const byCode = isCode && (coded || model.labels === 'code' ? line.number.startsWith(q) : line.number === q);
      if ((byCode || (!isCode && name.includes(q))) && line.cols.length > 0) {
        const cell = { table: def.id, row: line.row, col: line.cols[0] };
        hits.push({ cell, text: `${def.number} ${line.number} ${name}`.trim() });
      }
      if (wanted === null) continue;
      for (const col of line.cols) {
        if (line.na.has(col)) continue;
        const cell = { table: def.id, row: line.row, col };
        const v = value(cell);
        // A figure is found as typed in 元 or as shown in 万元 (two decimals).
        if (v.eq(wanted) || (unit === '万元' && v.dividedBy(10000).toDecimalPlaces(2).eq(wanted))) {
          hits.push({ cell, text: `${cellWords(template, cell)}：${formatAmount(v, unit)}` });
        }
      }
      if (hits.length >= FIND_LIMIT) return hits.slice(0, FIND_LIMIT);
    }
  }
  return hits;
}
