// 情况说明: generated from the tables; inputs no table holds; charts; the reason check.
export { generateNarrative } from './generate';
export { narrativeText } from './output';
export type { CellValueFn, FigureSource, NarrativeFigure, NarrativeParagraph, NarrativeSection } from './output';
export { FUNCTION_CLASSES, LAST_YEAR_FIGURES, REASON_SLOTS, SANGONG_ITEMS, T07_ROW } from './keys';
export { FACT_FIELDS, slotLabel } from './facts';
export { CHART_FONT, chartSvg, incomeChart, spendingChart, yoyChart } from './charts';
export { NARRATIVE_ROUTINES, narrativeRuleDefs } from './rules';
