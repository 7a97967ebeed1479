import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import type { Filing } from '../../src/shared/filing/types';
import { computeFiling } from '../../src/shared/filing/compute';
import { getTemplate } from '../../src/shared/templates/registry';
import { carryForward } from '../../src/shared/narrative/carry-forward';
import { generateNarrative } from '../../src/shared/narrative/generate';
import { narrativeText } from '../../src/shared/narrative/output';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { LAST_YEAR_FIGURES } from '../../src/shared/narrative/keys';

function next(filing: Filing): Filing {
  const { value } = computeFiling(filing, getTemplate(filing.template));
  return carryForward(filing, value);
}

/** The sample with year-end balances, so that every carried figure has somewhere to go. */
function withBalances(): Filing {
  const f = sampleFiling();
  f.tables.T01['60'] = { '2': '150000.00' };
  f.tables.T04['60'] = { '3': '100000.00', '4': '50000.00' };
  f.tables.T08['2120899'] = { ...f.tables.T08['2120899'], '6': '50000.00' };
  return f;
}

describe('carry forward to next year', () => {
  it('keeps the unit, its 概况, 名词解释 and custom codes, with the year moved on', () => {
    const f = sampleFiling();
    f.customCodes = [{ catalog: 'function', code: '2019999', name: '其他一般公共服务支出' }];
    const n = next(f);
    expect(n.meta.year).toBe(2023);
    expect(n.meta.department).toBe('阳泉市大数据应用局');
    expect(n.overview).toEqual(f.overview);
    expect(n.glossary).toEqual(f.glossary);
    expect(n.customCodes).toEqual(f.customCodes);
  });

  it('puts this year’s figures into next year’s lastYear under the keys the generator reads', () => {
    const n = next(sampleFiling());
    expect(Object.keys(n.narrative.lastYear).sort()).toEqual(LAST_YEAR_FIGURES.map((x) => x.key).sort());
    expect(n.narrative.lastYear['T01.31']).toBe('41943654.36');
    expect(n.narrative.lastYear['T04.64']).toBe('41943654.36');
    expect(n.narrative.lastYear['T05.合计.1']).toBe('23066415.36');
    expect(n.narrative.lastYear['class.206']).toBe('9071009.20');
    expect(n.narrative.lastYear['class.212']).toBe('18877239.00');
    expect(n.narrative.lastYear['T08.收入总计']).toBe('18877239.00');
    expect(n.narrative.lastYear['T10.5']).toBe('223755.54');
    expect(n.narrative.lastYear['三公.7']).toBe('0.00');
  });

  it('moves 年末结转和结余 to next year’s 年初 (公开01表 行60→行29, 公开04表 行60→行29–31, 公开08表 栏6→栏1)', () => {
    const n = next(withBalances());
    expect(n.tables).toEqual({
      T01: { '29': { '1': '150000.00' } },
      T04: { '29': { '1': '100000.00' }, '30': { '1': '50000.00' } },
      T08: { '2120899': { '1': '50000.00' } },
    });
    const { value } = computeFiling(n, getTemplate(n.template));
    expect(value({ table: 'T04', row: '28', col: 1 }).toFixed(2)).toBe('150000.00');
    expect(value({ table: 'T08', row: '合计', col: 1 }).toFixed(2)).toBe('50000.00');
  });

  it('leaves the tables empty when there is no balance, and drops 出错说明, review notes and 年初预算', () => {
    const f = sampleFiling();
    f.explanations = { 'X.1': '尾差' };
    const n = next(f);
    expect(n.tables).toEqual({});
    expect(n.stated).toEqual({});
    expect(n.explanations).toEqual({});
    expect(n.review).toEqual([]);
    expect(n.narrative.initialBudget).toEqual({});
  });

  it('keeps reasons and the projects as drafts, amounts and scores cleared', () => {
    const f = sampleFiling();
    const n = next(f);
    expect(n.narrative.reasons).toEqual(f.narrative.reasons);
    expect(n.evaluations.map((e) => e.name)).toEqual(f.evaluations.map((e) => e.name));
    const ev = n.evaluations[1];
    expect(ev.period).toBe('2023.01-2023.12');
    expect(ev.budget.total).toBe('');
    expect(ev.spent.city).toBe('');
    expect(ev.executionScore).toBe('');
    expect(ev.levelScores).toEqual({});
    expect(ev.indicators[0]).toMatchObject({ name: '聘用人员', target: '6人', actual: '' });
    expect(ev.evaluators).toEqual(f.evaluations[1].evaluators);
  });

  it('produces a valid file whose narrative compares with this year', () => {
    const n = next(sampleFiling());
    const parsed = parseFiling(serializeFiling(n));
    expect(parsed.ok).toBe(true);
    n.tables = { T01: { '1': { '1': '45000000.00' } } };
    const { value } = computeFiling(n, getTemplate(n.template));
    const text = narrativeText(generateNarrative(n, value));
    expect(text).toContain('2023年度收入总计45,000,000.00元、支出总计0.00元。与2022年相比，收入总计增加3,056,345.64元，增长7.29%');
  });
});

describe('carry forward and the 年初 = 上年年末 rules', async () => {
  const { evaluateAll } = await import('../../src/shared/rules/engine');
  it('a carried filing satisfies them, and changing a carried 年初 breaks them', () => {
    const n = next(withBalances());
    expect(n.narrative.lastYear['T01.60']).toBe('150000.00');
    expect(n.narrative.lastYear['T04.60.4']).toBe('50000.00');
    const ly = (f: Filing) => evaluateAll(f, getTemplate(f.template)).filter((x) => x.rule.startsWith('P.LY'));
    expect(ly(n)).toEqual([]);
    const broken = structuredClone(n);
    broken.tables.T01['29'] = { '1': '140000.00' };
    const found = ly(broken);
    expect(found.map((x) => x.rule)).toEqual(['P.LY.T01']);
    expect(found[0].message).toContain('150,000.00');
  });
});
