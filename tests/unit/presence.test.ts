// Absent is not zero: rules reading a table the filing lacks are 未核对, with the reason; entering data
// into that table in the app makes it present (and undo makes it absent again).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/shared/rules/engine';
import { tablesOfRule } from '../../src/shared/rules/presence';
import type { Filing } from '../../src/shared/filing/types';
import { cleanSample, template } from './rules-fixtures';

const rule = (id: string) => template.rules.find((r) => r.id === id)!;

function without(f: Filing, ...tables: string[]): Filing {
  const out = { ...f, tables: { ...f.tables }, stated: { ...f.stated }, absent: [...tables].sort() };
  for (const t of tables) {
    delete out.tables[t];
    delete out.stated[t];
  }
  return out;
}

describe('which tables a rule reads', () => {
  it('takes terms, forEach tables and a routine’s declared reads, never 上年', () => {
    expect(tablesOfRule(rule('W.T08.col6'))).toEqual(['T08']);
    expect(tablesOfRule(rule('X.T04-T05')).sort()).toEqual(['T04', 'T05']);
    expect(tablesOfRule(rule('P.LY.T01'))).toEqual(['T01']);
    expect(tablesOfRule(rule('PE-3'))).toEqual(['PE']);
  });
});

describe('rules that read an absent table', () => {
  it('are not evaluated: listed once per rule with the reason, even a per-row rule with no rows', () => {
    const e = createEngine(without(cleanSample(), 'T08'), template);
    const ids = e.unchecked.map((u) => u.rule);
    expect(ids).toEqual(['W.T08.col6', 'X.T04-T08', 'X.T04-T08.total', 'X.T08-T04.2', 'X.T08-T04.1', 'X.T08-T04.6', 'NR-1']);
    expect(e.unchecked[0]).toEqual({ rule: 'W.T08.col6', title: rule('W.T08.col6').title, reason: '公开08表 未提供', tables: ['T08'], reads: ['T08'] });
    // 公开04表 行43 政府性基金 18,877,239.00 against an absent 公开08表 is not an error.
    expect(e.findings).toEqual([]);
  });

  it('a present table with no figures is checked (本表无数据 is a fact, absent is not)', () => {
    const f = without(cleanSample(), 'T08');
    const e = createEngine({ ...f, absent: [] }, template);
    expect(e.unchecked).toEqual([]);
    expect(e.findings.map((x) => x.key)).toContain('X.T04-T08.total');
  });

  it('entering a figure into an absent table makes it present; undo makes it absent again', () => {
    const e = createEngine(without(cleanSample(), 'T07'), template);
    expect(e.unchecked.some((u) => u.tables.includes('T07'))).toBe(true);
    const u = e.apply([{ kind: 'cell', table: 'T07', row: '1', col: 2, value: '100.00' }]);
    expect(u.filing.absent).toEqual([]);
    expect(e.unchecked.some((x) => x.tables.includes('T07'))).toBe(false);
    e.apply(u.inverse);
    expect(e.filing.absent).toEqual(['T07']);
    expect(e.filing.tables.T07?.['1']?.['2']).toBeUndefined();
    expect(e.unchecked.some((x) => x.tables.includes('T07'))).toBe(true);
  });

  it('本表无数据: marking an absent table present runs its rules', () => {
    const e = createEngine(without(cleanSample(), 'T09'), template);
    e.apply([{ kind: 'presence', table: 'T09', present: true }]);
    expect(e.unchecked).toEqual([]);
    expect(e.findings).toEqual([]);
  });
});
