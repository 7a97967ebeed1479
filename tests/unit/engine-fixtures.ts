import { newFiling } from '../../src/shared/filing/new-filing';
// Small templates and filings for the engine tests (not the real Shanxi template, so a test reads whole).
import type { Filing, TableValues } from '../../src/shared/filing/types';
import type { RuleDef } from '../../src/shared/rules/types';
import type { Template } from '../../src/shared/templates/types';

/**
 * A: fixed, 行1 + 行2 = 行3 (computed); C: coded by 功能分类, col 1 = col 2 + col 3 on every row.
 * One rule: A 行3 = C 合计 col 1.
 */
export function fixtureTemplate(rules?: RuleDef[]): Template {
  return {
    id: 'fixture',
    name: '测试模板',
    region: '测试',
    year: 2022,
    tables: [
      {
        id: 'A',
        number: '测试01表',
        title: '总表',
        kind: 'fixed',
        columns: [{ col: 1, label: '金额' }],
        rows: [
          { row: '1', label: '收入一' },
          { row: '2', label: '收入二' },
          { row: '3', label: '合计', computed: { 1: { sum: [{ row: '1', col: 1 }, { row: '2', col: 1 }] } } },
        ],
        notes: [],
      },
      {
        id: 'C',
        number: '测试02表',
        title: '明细表',
        kind: 'coded',
        catalog: 'function',
        columns: [
          { col: 1, label: '合计' },
          { col: 2, label: '基本支出' },
          { col: 3, label: '项目支出' },
        ],
        rowFormulas: { 1: { sum: [{ row: '*', col: 2 }, { row: '*', col: 3 }] } },
        notes: [],
      },
    ],
    rules: rules ?? [
      {
        kind: 'linear',
        id: 'X.A-C',
        severity: 'error',
        title: '总表合计等于明细表合计',
        op: 'eq',
        left: { label: '测试01表 行3', terms: [{ kind: 'cell', table: 'A', row: '3', col: 1 }] },
        right: { label: '测试02表 合计', terms: [{ kind: 'cell', table: 'C', row: '合计', col: 1 }] },
      },
    ],
  };
}

export function makeFiling(template: string, tables: Record<string, TableValues>, extra: Partial<Filing> = {}): Filing {
  return { ...newFiling({ template, year: 2022, department: '测试单位', tables }), ...extra };
}

/** 2 项 under 201 (one 款) and 1 项 under 206: A balances with C. */
export function fixtureFiling(): Filing {
  return makeFiling('fixture', {
    A: { '1': { 1: '100.00' }, '2': { 1: '50.50' } },
    C: {
      '2010501': { 2: '60.00', 3: '10.00' },
      '2010504': { 2: '30.00' },
      '2060101': { 3: '50.50' },
    },
  });
}
