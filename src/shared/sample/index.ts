// The built-in sample filing: 阳泉市大数据应用局 2022 (the seed), with the seed's own errors kept so the
// checker has something real to find.
import type { Filing } from '../types/filing';
import { FILING_FORMAT, FILING_VERSION } from '../types/filing';
import { sampleEvaluations } from './evaluations';
import { sampleGlossary } from './glossary';
import { sampleMeta, sampleOverview } from './meta';
import { sampleNarrative } from './narrative';
import { publishedTotals } from './published-totals';
import { sampleTables } from './tables';

export const SAMPLE_TEMPLATE_ID = 'shanxi-2022';

/** A fresh, independent copy of the sample on every call. */
export function sampleFiling(): Filing {
  return {
    format: FILING_FORMAT,
    version: FILING_VERSION,
    template: SAMPLE_TEMPLATE_ID,
    meta: sampleMeta(),
    tables: sampleTables(),
    stated: publishedTotals(),
    absent: [],
    customCodes: [],
    explanations: {},
    evaluations: JSON.parse(JSON.stringify(sampleEvaluations)) as Filing['evaluations'],
    narrative: JSON.parse(JSON.stringify(sampleNarrative)) as Filing['narrative'],
    overview: sampleOverview(),
    glossary: sampleGlossary(),
    review: [],
  };
}
