// The 情况说明 of a filing with tables absent: no sentence prints a figure of a table that is not there
// (a 0.00 that looks real), and no section says 本年度无此项 from zeros that are not there. Both templates.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import type { Filing } from '../../src/shared/filing/types';
import { computeFiling } from '../../src/shared/filing/compute';
import { getTemplate } from '../../src/shared/templates/registry';
import { generateNarrative, narrativeChart } from '../../src/shared/narrative/generate';
import { figureTables } from '../../src/shared/narrative/absent';
import type { NarrativeSection } from '../../src/shared/narrative/output';
import { narrativeText } from '../../src/shared/narrative/output';

function narrative(filing: Filing): NarrativeSection[] {
  return generateNarrative(filing, computeFiling(filing, getTemplate(filing.template)).value);
}

/** The filing without these tables: marked absent and (unless kept) their figures gone. */
function without(filing: Filing, tables: string[], keepData = false): Filing {
  const t = { ...filing.tables };
  const stated = { ...filing.stated };
  if (!keepData) {
    for (const id of tables) {
      delete t[id];
      delete stated[id];
    }
  }
  return { ...filing, tables: t, stated, absent: [...tables].sort() };
}

/** The filing with every figure of one table doubled (zeros stay zeros). */
function doubled(filing: Filing, table: string): Filing {
  const twice = (rows: Record<string, Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(rows ?? {}).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, /^-?\d+(\.\d+)?$/.test(v) ? new Decimal(v).times(2).toFixed() : v]))]));
  return { ...filing, tables: { ...filing.tables, [table]: twice(filing.tables[table]) }, stated: { ...filing.stated, ...(filing.stated[table] ? { [table]: twice(filing.stated[table]) } : {}) } };
}

const section = (sections: NarrativeSection[], n: string) => sections.find((s) => s.number === n)?.paragraphs.map((p) => p.text).join('\n') ?? '';

for (const [name, make] of [['shanxi-2022', sampleFiling], ['shanghai-2024', putuoSample]] as const) {
  describe(`the ${name} 情况说明 with a table absent`, () => {
    const base = make();
    const tables = getTemplate(base.template).tables.map((t) => t.id);

    it('with every table present, marks nothing', () => {
      const all = narrative(base).flatMap((s) => s.paragraphs);
      expect(all.filter((p) => p.omitted)).toEqual([]);
      expect(narrativeText(narrative(base))).not.toContain('未提供');
    });

    const noneSentences = (sections: NarrativeSection[]) => sections.flatMap((s) => s.paragraphs).map((p) => p.text).filter((t) => /无此项|年度无/.test(t));
    const present = noneSentences(narrative(base));

    for (const t of tables) {
      it(`${t} absent: no figure from it, no sentence on its figures, no 本年度无 from its zeros`, () => {
        const gone = narrative(without(base, [t]));
        const figures = gone.flatMap((s) => s.paragraphs.flatMap((p) => p.figures));
        expect(figures.filter((f) => figureTables(f.source).includes(t))).toEqual([]);
        // Whatever the absent table would have held (here: its figures doubled), the text is the same.
        const kept = without(base, [t], true);
        expect(narrativeText(narrative(kept))).toEqual(narrativeText(narrative(doubled(kept, t))));
        // No chart of its figures (bars of zeros).
        for (const para of gone.flatMap((s) => s.paragraphs).filter((x) => x.chart)) {
          const read = new Set<string>();
          narrativeChart(para.chart!, base, (c) => (read.add(c.table), new Decimal(0)));
          expect(read.has(t), `${para.chart} chart reads ${t}`).toBe(false);
        }
        // Saying 本年度无… is only for what a present table shows as nothing.
        for (const s of noneSentences(gone)) expect(present).toContain(s);
      });
    }
  });
}

describe('the marks', () => {
  it('shanxi: 公开05表 absent, 五 says so instead of printing its 合计', () => {
    const sections = narrative(without(sampleFiling(), ['T05']));
    const five = section(sections, '五');
    expect(five).toContain('（公开05表未提供，本段未生成）');
    const omitted = sections.flatMap((s) => s.paragraphs).filter((p) => p.omitted);
    expect(omitted.every((p) => p.figures.length === 0 && p.omitted?.includes('T05'))).toBe(true);
  });

  it('shanxi: 公开09表 absent, 八 does not say 本年度无此项支出 (it was not given, not zero)', () => {
    const present = section(narrative(sampleFiling()), '八');
    expect(present).toBe('本年度无此项支出。');
    const eight = section(narrative(without(sampleFiling(), ['T09'])), '八');
    expect(eight).toBe('（公开09表未提供，本段未生成）');
  });

  it('shanxi: only 公开01表 given, 一 is generated and the other tables’ sections are marked', () => {
    const all = getTemplate('shanxi-2022').tables.map((t) => t.id).filter((t) => t !== 'T01');
    const sections = narrative(without(sampleFiling(), all));
    expect(section(sections, '一')).not.toContain('未提供');
    expect(section(sections, '一')).toMatch(/\d[\d,]*\.\d\d元/);
    for (const n of ['五', '六', '七', '八']) expect(section(sections, n)).toMatch(/（公开\d\d表(、公开\d\d表)*未提供，本段未生成）/);
    expect(narrativeText(sections)).not.toMatch(/本年度无此项/);
  });

  it('shanghai: 表八 absent, 八 does not say the unit had no 政府性基金 收支', () => {
    const present = section(narrative(putuoSample()), '八');
    expect(present).toMatch(/无政府性基金预算财政拨款收入和支出/);
    const eight = section(narrative(without(putuoSample(), ['SH08'])), '八');
    expect(eight).not.toMatch(/无政府性基金/);
    expect(eight).toMatch(/^（.+未提供，本段未生成）$/);
  });

  it('shanghai: 表五 absent, 五 says so instead of printing 0.00', () => {
    const five = section(narrative(without(putuoSample(), ['SH05'])), '五');
    expect(five).toContain('未提供，本段未生成）');
    expect(five).not.toMatch(/0\.00万元/);
  });

  it('shanghai: 情况说明数据 absent, 十一 does not say 无机关运行经费支出', () => {
    const eleven = section(narrative(without(putuoSample(), ['SHN'])), '十一');
    expect(eleven).not.toMatch(/无机关运行经费/);
    expect(eleven).toContain('未提供，本段未生成）');
  });
});
