// A new, empty filing for a template: no values, the chosen 年度 and 金额单位. Every table is
// present (empty) so the grids show 本表无数据 rather than a missing table.
import { newFiling } from '../../../shared/filing/new-filing';
import type { Filing } from '../../../shared/filing/types';
import type { MoneyUnit } from '../../../shared/money/money';
import { getTemplateParams } from '../../../shared/templates/params';
import type { Template } from '../../../shared/templates/types';

/** `year`: the 年度 chosen (default the template's own); the template's glossary comes with it. */
export function blankFiling(template: Template, department = '', unit: MoneyUnit = '元', year = template.year): Filing {
  const tables: Filing['tables'] = {};
  for (const t of template.tables) tables[t.id] = {};
  return newFiling({ template: template.id, year, department, unit, tables, glossary: getTemplateParams(template.id)?.glossary });
}
