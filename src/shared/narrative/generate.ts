// The 情况说明 generated from a filing: every figure computed from the tables (in the filing's unit),
// year-on-year changes from narrative.lastYear, 完成年初预算 from narrative.initialBudget; only the
// reasons are the clerk's words.
import type { Filing } from '../types/filing';
import { statedValue } from '../filing/compute';
import type { CellValueFn, NarrativeSection } from './output';
import { contextOf } from './phrases';
import { sectionFiscal, sectionIncome, sectionSpending, sectionTotal } from './sections-overall';
import { sectionBasic, sectionGeneralBudget } from './sections-public';
import { sectionFund, sectionSangong, sectionStateCapital } from './sections-other';
import { sectionOther } from './sections-important';
import { type ChartKind, chartSvg } from './charts';
import { shanghaiChart, shanghaiSections } from './shanghai-2024/index';
import type { ChartReads } from './absent';
import { leaveOutAbsent } from './absent';

/**
 * The figure of a cell as the tables print it: a computed cell the filing states (a figure printed on the
 * source document, read in by an import) prints as stated, and the narrative quotes what the table prints,
 * so the two never disagree; the engine names the stated figure's slip against its parts.
 */
export function printedValue(filing: Filing, value: CellValueFn): CellValueFn {
  return (cell) => statedValue(filing, cell.table, cell.row, cell.col) ?? value(cell);
}

type SectionBuilder = (value: CellValueFn) => NarrativeSection;

/** 一…十 of shanxi-2022 (the default template). */
function shanxiSections(filing: Filing): SectionBuilder[] {
  return [sectionTotal, sectionIncome, sectionSpending, sectionFiscal, sectionGeneralBudget, sectionBasic, sectionFund, sectionStateCapital, sectionSangong, sectionOther].map(
    (section) => (value: CellValueFn) => section(contextOf(filing, value)),
  );
}

/** The narrative module of each template other than shanxi-2022 (the default below): one line per template. */
const BY_TEMPLATE: Record<string, { sections: (filing: Filing) => SectionBuilder[]; chart: typeof shanghaiChart }> = {
  'shanghai-2024': { sections: shanghaiSections, chart: shanghaiChart },
};

/** A chart of the 情况说明, drawn from the filing's own template's tables. */
export function narrativeChart(kind: ChartKind, filing: Filing, computed: CellValueFn): string {
  const own = BY_TEMPLATE[filing.template];
  const value = printedValue(filing, computed);
  return own ? own.chart(kind, filing, value) : chartSvg(kind, filing, value);
}

/** The sections, each built apart so that what it read of an absent table is left out with a mark. */
export function generateNarrative(filing: Filing, computed: CellValueFn): NarrativeSection[] {
  const value = printedValue(filing, computed);
  const sections = (BY_TEMPLATE[filing.template]?.sections ?? shanxiSections)(filing);
  const chartReads: ChartReads = (kind) => {
    const read = new Set<string>();
    narrativeChart(kind, filing, (cell) => {
      read.add(cell.table);
      return value(cell);
    });
    return read;
  };
  return sections.map((build) => leaveOutAbsent(filing, build, value, chartReads));
}
