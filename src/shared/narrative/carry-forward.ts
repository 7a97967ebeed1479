// Next year's filing from this year's: the unit, its 概况, 名词解释 and custom codes stay; this year's
// figures become next year's narrative.lastYear (the keys the generator reads); 年末结转和结余 becomes
// 年初结转和结余; reasons and self-evaluations stay as drafts (projects kept, amounts and scores cleared).
// Tables are otherwise empty; 出错说明 and review notes belong to this year and are dropped.
import type { Evaluation, FundingBySource } from '../types/evaluation';
import { toStored } from '../money/money';
import { LAST_YEAR_FIGURES, currentValue } from './keys';
import type { CellValueFn } from './output';
import type { Filing, TableValues } from '../types/filing';
import { shanghaiCarry } from './shanghai-2024/carry-forward';

const EMPTY_FUNDING: FundingBySource = { total: '', central: '', city: '', county: '', other: '' };

/** '2022.01-2022.12' → '2023.01-2023.12'. */
function nextYearText(text: string, year: number): string {
  return text.split(String(year)).join(String(year + 1));
}

function draftEvaluation(ev: Evaluation, year: number): Evaluation {
  return {
    ...ev,
    period: nextYearText(ev.period, year),
    evaluationYear: nextYearText(ev.evaluationYear, year),
    budget: { ...EMPTY_FUNDING },
    received: { ...EMPTY_FUNDING },
    spent: { ...EMPTY_FUNDING },
    executionScore: '',
    indicators: ev.indicators.map((ind) => ({ ...ind, actual: '', shortfallReason: '' })),
    levelScores: {},
    conclusion: '',
    experience: '',
    problems: '',
    evaluators: ev.evaluators.map((e) => ({ ...e })),
    filledDate: '',
  };
}

function put(tables: Record<string, TableValues>, table: string, row: string, col: number, amount: string): void {
  if (/^-?0(\.0+)?$/.test(amount)) return;
  tables[table] ??= {};
  tables[table][row] ??= {};
  tables[table][row][String(col)] = amount;
}

/** Shanxi's: 公开01/04表 年末 → 年初, 公开08表 col6 → col1, and the LAST_YEAR_FIGURES keys. */
function shanxiCarry(filing: Filing, value: CellValueFn): { lastYear: Record<string, string>; tables: Record<string, TableValues> } {
  const lastYear: Record<string, string> = {};
  for (const fig of LAST_YEAR_FIGURES) lastYear[fig.key] = toStored(currentValue(fig, value));
  const tables: Record<string, TableValues> = {};
  const amount = (table: string, row: string, col: number) => toStored(value({ table, row, col }));
  // 公开01表 行60 年末结转和结余 → 行29 年初结转和结余.
  put(tables, 'T01', '29', 1, amount('T01', '60', 2));
  // 公开04表 行60 per fund (cols 3–5) → 行29–31 (行28 is their sum).
  put(tables, 'T04', '29', 1, amount('T04', '60', 3));
  put(tables, 'T04', '30', 1, amount('T04', '60', 4));
  put(tables, 'T04', '31', 1, amount('T04', '60', 5));
  // 公开08表 col6 年末 → col1 年初, on the rows the clerk entered (类/款/合计 sum themselves).
  const t08Rows = Object.keys(filing.tables.T08 ?? {}).filter((r) => /^\d+$/.test(r));
  for (const row of t08Rows) {
    const isLeaf = !t08Rows.some((other) => other !== row && other.startsWith(row));
    if (isLeaf) put(tables, 'T08', row, 1, amount('T08', row, 6));
  }
  return { lastYear, tables };
}

/**
 * Next year stays on the filing's template: no built-in template's successor has another table set yet
 * (shanghai-2024 serves 2025 itself; past a template's years the app warns, templates/years.ts).
 */
export function carryForward(filing: Filing, value: CellValueFn): Filing {
  const year = filing.meta.year;
  const { lastYear, tables } = filing.template === 'shanghai-2024' ? shanghaiCarry(filing, value, put) : shanxiCarry(filing, value);
  return {
    format: filing.format,
    version: filing.version,
    template: filing.template,
    meta: {
      ...filing.meta,
      year: year + 1,
      sourceUnit: filing.meta.unit,
      members: filing.meta.members.map((m) => ({ ...m })),
      cover: {},
    },
    tables,
    stated: {},
    // Next year's tables are entered in the app: every one of them is part of the new filing.
    absent: [],
    customCodes: filing.customCodes.map((c) => ({ ...c })),
    explanations: {},
    evaluations: filing.evaluations.map((ev) => draftEvaluation(ev, year)),
    narrative: {
      lastYear,
      initialBudget: {},
      reasons: { ...filing.narrative.reasons },
      facts: {},
    },
    overview: { duties: filing.overview.duties, organization: [...filing.overview.organization] },
    glossary: filing.glossary.map((g) => ({ ...g })),
    review: [],
  };
}
