import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import type { Filing } from '../../src/shared/filing/types';
import { computeFiling } from '../../src/shared/filing/compute';
import { getTemplate } from '../../src/shared/templates/registry';
import { generateNarrative } from '../../src/shared/narrative/generate';
import type { CellValueFn, NarrativeFigure, NarrativeSection } from '../../src/shared/narrative/output';
import { narrativeText } from '../../src/shared/narrative/output';
import { LAST_YEAR_BY_KEY, currentValue } from '../../src/shared/narrative/keys';
import { chartSvg, incomeChart, yoyChart } from '../../src/shared/narrative/charts';
import { evaluationRuleDefs } from '../../src/shared/evaluation/rules';
import { narrativeRuleDefs } from '../../src/shared/narrative/rules';

const evaluationRules = [...evaluationRuleDefs, ...narrativeRuleDefs];
import { evaluateAll } from '../../src/shared/rules/engine';
import { formatAmount } from '../../src/shared/money/money';

function generate(filing: Filing): { sections: NarrativeSection[]; text: string; value: CellValueFn } {
  const { value } = computeFiling(filing, getTemplate(filing.template));
  const sections = generateNarrative(filing, value);
  return { sections, text: narrativeText(sections), value };
}

const pct = (num: Decimal, den: Decimal) => (den.isZero() ? new Decimal(0) : num.dividedBy(den).times(100)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';

/** What the figure must read, recomputed from the tables and inputs it names. */
function expected(f: NarrativeFigure, filing: Filing, value: CellValueFn): string | null {
  const unit = filing.meta.unit;
  const sum = (cells: Array<{ table: string; row: string; col: number }>) => cells.reduce((a, c) => a.plus(value(c)), new Decimal(0));
  const src = f.source;
  switch (src.kind) {
    case 'cells':
      return f.kind === 'count' ? sum(src.cells).toString() : formatAmount(sum(src.cells), unit);
    case 'lastYear':
      return formatAmount(new Decimal(filing.narrative.lastYear[src.key]), unit);
    case 'initialBudget':
      return formatAmount(new Decimal(filing.narrative.initialBudget[src.key]), unit);
    case 'change': {
      const last = new Decimal(filing.narrative.lastYear[src.key]);
      const diff = sum(src.cells).minus(last).abs();
      return f.kind === 'amount' ? formatAmount(diff, unit) : pct(diff, last.abs());
    }
    case 'ratio': {
      if (src.num.length === 0) return null; // a fact over a table figure: checked by value below
      const den = src.den;
      const d = Array.isArray(den) ? sum(den) : 'initialBudget' in den ? new Decimal(filing.narrative.initialBudget[den.initialBudget]) : 'lastYear' in den ? new Decimal(filing.narrative.lastYear[den.lastYear]) : new Decimal(den.value);
      return pct(sum(src.num), d);
    }
    default:
      return null;
  }
}

describe('the 情况说明 generated from the sample', () => {
  const filing = sampleFiling();
  const { sections, text, value } = generate(filing);

  it('has sections 一 to 十 with the seed’s titles', () => {
    expect(sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(sections[0].title).toBe('收入支出决算总体情况说明');
    expect(sections[8].title).toBe('财政拨款“三公”经费支出决算情况说明');
  });

  it('states the figures the tables give', () => {
    expect(text).toContain('2022年度收入总计41,943,654.36元、支出总计41,943,654.36元。与2021年相比，收入总计增加19,801,676.60元，增长89.43%');
    expect(text).toContain('基本支出5,591,809.19元，占比13.33%');
    expect(text).toContain('项目支出36,351,845.17元，占比86.67%');
    expect(text).toContain('科学技术支出(类)9,071,009.20元，占比39.33%');
    expect(text).toContain('科学技术（类）年初预算1,064,900.00元，支出决算9,071,009.20元，完成年初预算的851.82%');
    expect(text).toContain('年初预算20,807,500.00元，支出决算23,066,415.36元，完成年初预算的110.86%');
    expect(text).toContain('较2021年决算增加8,181,310.75元，增长919.56%');
    expect(text).toContain('人员经费4,943,278.80元，占比21.43%；日常公用经费648,530.39元，占比2.81%');
    expect(text).toContain('机关运行经费支出223,755.54元，比2021年减少1,184.46元，下降0.53%');
    expect(text).toContain('政府采购支出总额28,217,872.16元');
  });

  it('corrects the seed’s own slips: income shares add to 100%, one increase, 体验中心 at 100%', () => {
    expect(text).toContain('财政拨款收入41,943,654.36元，占比100.00%');
    expect(text).not.toContain('19,801,677.20');
    expect(text).toContain('大数据与智能物联网应用基地体验中心运行费绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为100分');
    expect(text).toContain('项目全年预算数为10万元，执行数为10万元，完成预算的100.00%');
    expect(text).toContain('项目全年预算数为36.9万元，执行数为36.58万元，完成预算的99.13%');
    expect(text).toContain('二级项目绩效自评个数7个，涉及资金29,231,739.00元：6个项目自评等级为“优”，1个项目自评等级为“良”');
    expect(text).toContain('公开率57.14%');
  });

  it('inserts the clerk’s reasons after the changes they explain', () => {
    expect(text).toContain('增长89.43%。主要原因是2022年度我部门有项目增加经费');
    expect(text).toContain('下降0.53%，主要原因是我部门严格落实财政政策');
  });

  it('every figure in the text equals the table value it names, and appears where it says', () => {
    let checked = 0;
    for (const s of sections) {
      for (const p of s.paragraphs) {
        for (const f of p.figures) {
          expect(p.text).toContain(f.text);
          const want = expected(f, filing, value);
          if (want !== null) {
            expect(f.text, `${s.number} ${p.text}`).toBe(want);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('prints amounts in 万元 when the filing’s unit is 万元', () => {
    const f = sampleFiling();
    f.meta.unit = '万元';
    const { text: t } = generate(f);
    expect(t).toContain('2022年度收入总计4,194.37万元、支出总计4,194.37万元');
    expect(t).toContain('增长89.43%');
  });
});

describe('the narrative follows the tables', () => {
  it('a changed 公开03表 figure changes the sentence and the chart', () => {
    const f = sampleFiling();
    f.tables.T03['2010501']['2'] = '126643.00'; // 行政运行 基本支出 +100,000.00
    f.stated = {}; // as an edit does: it drops the printed totals of the cells it feeds (filing/edits.ts)
    const { text, value } = generate(f);
    expect(text).toContain('基本支出5,691,809.19元');
    expect(text).toContain('2022年度支出合计42,043,654.36元');
    expect(chartSvg('spending', f, value)).toContain('5,691,809.19元');
  });

  it('says nothing of last year when last year’s figures are not given', () => {
    const f = sampleFiling();
    f.narrative.lastYear = {};
    const { sections } = generate(f);
    expect(sections[0].paragraphs[0].text).toBe('2022年度收入总计41,943,654.36元、支出总计41,943,654.36元。');
  });
});

describe('NR-1: a changed figure needs its reason', () => {
  const withNarrativeRule = (f: Filing) => {
    const t = getTemplate(f.template);
    const own = new Set(evaluationRules.map((r) => r.id));
    return evaluateAll(f, { ...t, rules: [...t.rules.filter((r) => !own.has(r.id)), ...evaluationRules] }).filter((x) => x.rule === 'NR-1');
  };

  it('passes on the sample, where every change has its reason', () => {
    expect(withNarrativeRule(sampleFiling())).toEqual([]);
  });

  it('flags 收入支出总计 when its reason is cleared, and not a figure that did not change', () => {
    const f = sampleFiling();
    delete f.narrative.reasons.total;
    delete f.narrative.reasons['三公.8'];
    const found = withNarrativeRule(f);
    expect(found.map((x) => [x.severity, x.cells, x.field])).toEqual([['warning', [], { kind: 'narrative', slot: 'total' }]]);
    expect(found[0].message).toContain('收入总计本年 41,943,654.36 元，上年 22,141,977.76 元，增加 19,801,676.60 元');
  });
});

describe('charts', () => {
  const filing = sampleFiling();
  const { value } = computeFiling(filing, getTemplate(filing.template));

  it('are SVG text with Chinese labels and a font that prints', () => {
    const svg = incomeChart(filing, value);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('WenQuanYi Zen Hei');
    expect(svg).toContain('一般公共预算财政拨款收入');
    expect(svg).toContain('23,066,415.36元（54.99%）');
    expect(svg).not.toContain('事业收入'); // zero parts are left out
  });

  it('compare this year with last year by 类', () => {
    const svg = yoyChart(filing, value);
    expect(svg).toContain('科学技术');
    expect(svg).toContain('889,698.45元');
    expect(svg).toContain('9,071,009.20元');
    expect(svg).toContain('资源勘探工业信息等'); // last year only
    expect(svg).not.toContain('外交');
  });

  it('keys used by the generator exist', () => {
    expect(currentValue(LAST_YEAR_BY_KEY.get('T01.31')!, value).toFixed(2)).toBe('41943654.36');
  });
});
