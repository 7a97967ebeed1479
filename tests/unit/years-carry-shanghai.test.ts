// Years and carry-forward across templates: 新建 offers 2022 … this year with the templates serving each
// first and a warning outside a template's years; a blank filing takes its template's glossary; next
// year's Shanghai filing gets the Shanghai last-year keys and 年初 cells (not Shanxi's T01/T04/T08).
import { describe, expect, it } from 'vitest';
import { computeFiling } from '../../src/shared/filing/compute';
import { newFiling } from '../../src/shared/filing/new-filing';
import { carryForward } from '../../src/shared/narrative/carry-forward';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplateParams } from '../../src/shared/templates/params';
import { getTemplate } from '../../src/shared/templates/registry';
import { offeredYears, templatesForYear, yearWarning } from '../../src/shared/templates/years';

describe('years', () => {
  it('offers every year from 2022 to the current one, newest first', () => {
    expect(offeredYears(new Date('2026-03-01T00:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(offeredYears(new Date('2022-06-01T00:00:00Z'))).toEqual([2022]);
  });

  it('lists the templates serving a year first', () => {
    const ids = (y: number) => templatesForYear(y).map((x) => [x.template.id, x.serves]);
    expect(ids(2024)).toEqual([['shanghai-2024', true], ['shanxi-2022', false]]);
    expect(ids(2025)).toEqual([['shanghai-2024', true], ['shanxi-2022', false]]);
    expect(ids(2022)).toEqual([['shanxi-2022', true], ['shanghai-2024', false]]);
    expect(ids(2026).every(([, s]) => s === false)).toBe(true);
  });

  it('warns plainly outside a template’s years, and not inside', () => {
    expect(yearWarning(getTemplate('shanghai-2024'), 2025)).toBeNull();
    expect(yearWarning(getTemplate('shanghai-2024'), 2026)).toContain('适用 2024–2025 年度。2026 年度的官方表样和审核口径可能已经调整');
    expect(yearWarning(getTemplate('shanxi-2022'), 2023)).toContain('适用 2022 年度');
  });

  it('a new filing takes the template’s glossary', () => {
    const f = newFiling({ template: 'shanghai-2024', year: 2025, glossary: getTemplateParams('shanghai-2024')!.glossary });
    expect(f.glossary.map((g) => g.term)).toHaveLength(11);
    expect(f.glossary[8].term).toBe('经营支出');
  });
});

describe('carry-forward of the Shanghai sample', () => {
  const f = putuoSample();
  const next = carryForward(f, computeFiling(f, getTemplate(f.template)).value);

  it('stays on shanghai-2024 for 2025 and writes the Shanghai last-year keys', () => {
    expect(next.template).toBe('shanghai-2024');
    expect(next.meta.year).toBe(2025);
    expect(next.narrative.lastYear['SH01.收入总计']).toBe('98593800.00');
    expect(next.narrative.lastYear['SH07.2']).toBe('3900.00');
    expect(next.narrative.lastYear['机关运行经费']).toBe('1428000.00');
    expect(next.narrative.lastYear['SH04.年末财政拨款结转和结余.3']).toBe('0.00');
    expect(Object.keys(next.narrative.lastYear).filter((k) => /^T\d/.test(k))).toEqual([]);
  });

  it('turns 年末结转和结余 into next year’s 年初, and no Shanxi table', () => {
    expect(next.tables.SH01).toEqual({ 年初结转和结余: { 1: '1000000.00' } });
    expect(Object.keys(next.tables).filter((t) => /^T\d/.test(t))).toEqual([]);
    expect(next.glossary).toHaveLength(11);
  });

  it('leaves Shanxi carry-forward on its own tables', () => {
    const sx = sampleFiling();
    const n = carryForward(sx, computeFiling(sx, getTemplate(sx.template)).value);
    expect(Object.keys(n.tables).every((t) => /^T\d/.test(t))).toBe(true);
  });
});
