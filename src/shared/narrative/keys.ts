// The figures the 情况说明 compares with last year, and the reason slots (主要原因是…) that go with them.
// One list serves the generator, the reason check and carry-forward, so the keys agree by construction.
import Decimal from 'decimal.js';
import type { CellRef } from '../types/template';
import { SPENDING_CLASSES } from '../templates/shanxi-2022/common';
import type { CellValueFn } from './output';

export interface FunctionClass {
  code: string;
  /** Short name as the narrative writes it: 一般公共服务, 科学技术, … */
  name: string;
  /** 公开01表 spending line (行32–57). */
  t01Row: string;
  /** 公开04表 spending line (行33–58). */
  t04Row: string;
}

export const FUNCTION_CLASSES: readonly FunctionClass[] = SPENDING_CLASSES.map(([code, label], i) => ({
  code,
  name: label.replace(/^[一二三四五六七八九十]+、/, '').replace(/(的)?支出$/, ''),
  t01Row: String(32 + i),
  t04Row: String(33 + i),
}));

/** 公开07表 has one row. */
export const T07_ROW = '1';

const c = (table: string, row: string, col: number): CellRef => ({ table, row, col });

export interface LastYearFigure {
  key: string;
  label: string;
  /** This year's value is Σ of these cells; carried forward into next year's lastYear[key]. */
  cells: CellRef[];
}

export const SANGONG_ITEMS: ReadonlyArray<{ col: number; budgetCol: number; name: string }> = [
  { col: 8, budgetCol: 2, name: '因公出国（境）费' },
  { col: 10, budgetCol: 4, name: '公务用车购置费' },
  { col: 11, budgetCol: 5, name: '公务用车运行维护费' },
  { col: 12, budgetCol: 6, name: '公务接待费' },
];

export const LAST_YEAR_FIGURES: readonly LastYearFigure[] = [
  { key: 'T01.31', label: '收入总计', cells: [c('T01', '31', 1)] },
  { key: 'T01.62', label: '支出总计', cells: [c('T01', '62', 2)] },
  { key: 'T04.32', label: '财政拨款收入总计', cells: [c('T04', '32', 1)] },
  { key: 'T04.64', label: '财政拨款支出总计', cells: [c('T04', '64', 2)] },
  { key: 'T05.合计.1', label: '一般公共预算财政拨款支出', cells: [c('T05', '合计', 1)] },
  ...FUNCTION_CLASSES.map((k) => ({ key: `class.${k.code}`, label: `${k.name}（类）财政拨款支出`, cells: [c('T04', k.t04Row, 2)] })),
  { key: 'T08.收入总计', label: '政府性基金预算财政拨款收入总计', cells: [c('T08', '合计', 1), c('T08', '合计', 2)] },
  { key: 'T08.支出总计', label: '政府性基金预算财政拨款支出总计', cells: [c('T08', '合计', 3), c('T08', '合计', 6)] },
  { key: 'T09.合计.1', label: '国有资本经营预算财政拨款支出', cells: [c('T09', '合计', 1)] },
  { key: '三公.7', label: '“三公”经费支出决算', cells: [c('T07', T07_ROW, 7)] },
  ...SANGONG_ITEMS.map((s) => ({ key: `三公.${s.col}`, label: `${s.name}支出`, cells: [c('T07', T07_ROW, s.col)] })),
  { key: 'T10.5', label: '机关运行经费', cells: [c('T10', '5', 1), c('T10', '6', 1)] },
  // 年末结转和结余: next year's 年初 must equal them (the P.LY.* rules read these keys).
  { key: 'T01.60', label: '年末结转和结余', cells: [c('T01', '60', 2)] },
  { key: 'T04.60.2', label: '年末财政拨款结转和结余', cells: [c('T04', '60', 2)] },
  { key: 'T04.60.3', label: '年末一般公共预算财政拨款结转和结余', cells: [c('T04', '60', 3)] },
  { key: 'T04.60.4', label: '年末政府性基金预算财政拨款结转和结余', cells: [c('T04', '60', 4)] },
  { key: 'T04.60.5', label: '年末国有资本经营预算财政拨款结转和结余', cells: [c('T04', '60', 5)] },
];

export const LAST_YEAR_BY_KEY: ReadonlyMap<string, LastYearFigure> = new Map(LAST_YEAR_FIGURES.map((f) => [f.key, f]));

export interface ReasonSlot {
  /** Key in narrative.reasons. */
  slot: string;
  label: string;
  /** The last-year figures whose change the reason explains. */
  figures: string[];
}

export const REASON_SLOTS: readonly ReasonSlot[] = [
  { slot: 'total', label: '收入支出总计变动原因', figures: ['T01.31', 'T01.62'] },
  { slot: 'fiscal', label: '财政拨款收支总计变动原因', figures: ['T04.32', 'T04.64'] },
  { slot: 'T05', label: '一般公共预算财政拨款支出变动原因', figures: ['T05.合计.1'] },
  ...FUNCTION_CLASSES.map((k) => ({ slot: `class.${k.code}`, label: `${k.name}（类）支出变动原因`, figures: [`class.${k.code}`] })),
  { slot: 'T08', label: '政府性基金预算财政拨款收支变动原因', figures: ['T08.收入总计', 'T08.支出总计'] },
  { slot: 'T09', label: '国有资本经营预算财政拨款支出变动原因', figures: ['T09.合计.1'] },
  ...SANGONG_ITEMS.map((s) => ({ slot: `三公.${s.col}`, label: `${s.name}变动原因`, figures: [`三公.${s.col}`] })),
  { slot: 'T10.5', label: '机关运行经费变动原因', figures: ['T10.5'] },
];

/** Σ of a figure's cells this year. */
export function currentValue(fig: LastYearFigure, value: CellValueFn): Decimal {
  return fig.cells.reduce<Decimal>((a, cell) => a.plus(value(cell)), new Decimal(0));
}

/** Last year's stored figure, or null when the clerk has not given it. */
export function lastYearValue(lastYear: Record<string, string>, key: string): Decimal | null {
  const s = lastYear[key];
  if (s === undefined || s.trim() === '') return null;
  try {
    return new Decimal(s);
  } catch {
    return null;
  }
}

/** Whether any of a slot's figures changed on last year (figures without a last-year value are skipped). */
export function slotChanged(slot: ReasonSlot, lastYear: Record<string, string>, value: CellValueFn): boolean {
  return slot.figures.some((key) => {
    const fig = LAST_YEAR_BY_KEY.get(key);
    const last = lastYearValue(lastYear, key);
    return fig !== undefined && last !== null && !currentValue(fig, value).equals(last);
  });
}
