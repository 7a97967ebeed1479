// A new, empty filing for a template: no values, the template's year, the chosen 金额单位. Every table is
// present (empty) so the grids show 本表无数据 rather than a missing table.
import { newFiling } from '../../../shared/filing/new-filing';
import type { Filing } from '../../../shared/filing/types';
import type { MoneyUnit } from '../../../shared/money/money';
import type { Template } from '../../../shared/templates/types';

export function blankFiling(template: Template, department = '', unit: MoneyUnit = '元'): Filing {
  const tables: Filing['tables'] = {};
  for (const t of template.tables) tables[t.id] = {};
  return newFiling({ template: template.id, year: template.year, department, unit, tables });
}
