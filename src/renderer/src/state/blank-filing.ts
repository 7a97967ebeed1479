// A new, empty filing for a template: no values, the template's year, 元 as the unit.
import { FILING_FORMAT, FILING_VERSION } from '../../../shared/filing/types';
import type { Filing } from '../../../shared/filing/types';
import type { Template } from '../../../shared/templates/types';

export function blankFiling(template: Template, department = ''): Filing {
  const tables: Filing['tables'] = {};
  for (const t of template.tables) tables[t.id] = {};
  return {
    format: FILING_FORMAT,
    version: FILING_VERSION,
    template: template.id,
    meta: { department, year: template.year, unit: '元', sourceUnit: '元', members: [] },
    tables,
    stated: {},
    customCodes: [],
    explanations: {},
    evaluations: [],
    narrative: { lastYear: {}, initialBudget: {}, reasons: {}, facts: {} },
    overview: { duties: '', organization: [] },
    glossary: [],
    review: [],
  };
}
