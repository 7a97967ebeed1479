// The 情况说明 generated from a filing: every figure computed from the tables (in the filing's unit),
// year-on-year changes from narrative.lastYear, 完成年初预算 from narrative.initialBudget; only the
// reasons are the clerk's words.
import type { Filing } from '../types/filing';
import type { CellValueFn, NarrativeSection } from './output';
import { contextOf } from './phrases';
import { sectionFiscal, sectionIncome, sectionSpending, sectionTotal } from './sections-overall';
import { sectionBasic, sectionGeneralBudget } from './sections-public';
import { sectionFund, sectionSangong, sectionStateCapital } from './sections-other';
import { sectionOther } from './sections-important';

export function generateNarrative(filing: Filing, value: CellValueFn): NarrativeSection[] {
  const ctx = contextOf(filing, value);
  return [
    sectionTotal(ctx),
    sectionIncome(ctx),
    sectionSpending(ctx),
    sectionFiscal(ctx),
    sectionGeneralBudget(ctx),
    sectionBasic(ctx),
    sectionFund(ctx),
    sectionStateCapital(ctx),
    sectionSangong(ctx),
    sectionOther(ctx),
  ];
}
