// A new, empty filing: the one place that knows every section a filing starts with.
import type { MoneyUnit } from '../money/money';
import { STANDARD_GLOSSARY } from './glossary';
import type { Filing, GlossaryEntry, TableValues } from './types';
import { FILING_FORMAT, FILING_VERSION } from './types';

export interface NewFilingOptions {
  template: string;
  year: number;
  department?: string;
  unit?: MoneyUnit;
  /** Defaults to the unit: figures typed into the app are exact. */
  sourceUnit?: MoneyUnit;
  tables?: Record<string, TableValues>;
  /** Tables and forms the filing lacks (an import without their sheets). */
  absent?: string[];
  /** The template's 名词解释 (TemplateParams.glossary); default: the standard (Shanxi) list. */
  glossary?: readonly GlossaryEntry[];
}

export function newFiling(opts: NewFilingOptions): Filing {
  const unit = opts.unit ?? '元';
  return {
    format: FILING_FORMAT,
    version: FILING_VERSION,
    template: opts.template,
    meta: { department: opts.department ?? '', year: opts.year, unit, sourceUnit: opts.sourceUnit ?? unit, members: [] },
    tables: opts.tables ?? {},
    stated: {},
    absent: opts.absent ?? [],
    customCodes: [],
    explanations: {},
    evaluations: [],
    narrative: { lastYear: {}, initialBudget: {}, reasons: {}, facts: {} },
    overview: { duties: '', organization: [] },
    glossary: (opts.glossary ?? STANDARD_GLOSSARY).map((e) => ({ ...e })),
    review: [],
  };
}
