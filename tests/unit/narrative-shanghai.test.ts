// The generated 情况说明 of shanghai-2024: eleven sections in the template's outline, every figure from a
// Shanghai table (never a Shanxi id), the published sentences recomputed from the entered cells (so the
// text's own errors B1/B3 of docs/templates/shanghai-2024.md cannot recur), the none-sentences.
import { describe, expect, it } from 'vitest';
import { computeFiling } from '../../src/shared/filing/compute';
import type { Filing } from '../../src/shared/filing/types';
import { generateNarrative, narrativeChart } from '../../src/shared/narrative/generate';
import type { NarrativeSection } from '../../src/shared/narrative/output';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplateParams } from '../../src/shared/templates/params';
import { getTemplate } from '../../src/shared/templates/registry';

function narrate(f: Filing): NarrativeSection[] {
  return generateNarrative(f, computeFiling(f, getTemplate(f.template)).value);
}
const text = (s: NarrativeSection) => s.paragraphs.map((p) => p.text).join('\n');

describe('Shanghai 情况说明', () => {
  const sections = narrate(putuoSample());

  it('has the template outline 一–十一', () => {
    const outline = getTemplateParams('shanghai-2024')!.narrative;
    expect(sections.map((s) => `${s.number}、${s.title}`)).toEqual(outline.map((s) => `${s.number}、${s.title}`));
    expect(sections).toHaveLength(11);
  });

  it('quotes only Shanghai cells', () => {
    const tables = new Set<string>();
    for (const s of sections)
      for (const p of s.paragraphs)
        for (const f of p.figures) if (f.source.kind === 'cells') for (const c of f.source.cells) tables.add(c.table);
    expect([...tables].sort()).toEqual(['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SHN']);
  });

  it('states the published figures that hold, recomputed from the tables', () => {
    expect(text(sections[0])).toContain('收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%。主要原因：项目支出增加');
    expect(text(sections[1])).toBe('本年收入合计9746.50万元，其中：财政拨款收入9746.50万元，占100.00%。');
    expect(text(sections[2])).toBe('本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。');
    expect(text(sections[3])).toContain('财政拨款收入支出总计9746.50万元。与2023年度相比，财政拨款收入支出总计增加1193.20万元，增长13.95%');
    expect(text(sections[6])).toContain('“三公”经费财政拨款预算为2.85万元，支出决算为0.39万元，完成预算的13.68%');
    expect(text(sections[6])).toContain('减少0.15万元，下降27.78%');
    expect(text(sections[10])).toContain('机关运行经费支出142.80万元。与2023年度相比，机关运行经费支出减少13.52万元，下降8.65%');
  });

  it('recomputes what the published text got wrong (B1 99.86% → 99.87%, B3 95.45% → 95.46%) and lists every 项', () => {
    const five = text(sections[4]);
    expect(five).toContain('占本年支出合计的99.87%');
    expect(five).toContain('完成年初预算的95.46%');
    expect(sections[4].paragraphs.filter((p) => p.kind === 'item')).toHaveLength(13);
    expect(five).toContain('5、社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）');
    // A reason only where 决算 ≠ 预算; 持平 otherwise.
    expect(five).toContain('年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数同预算数持平。');
  });

  it('names 表六 figures for 六 (人员经费 = 表六 人员经费合计, not 表三 基本支出)', () => {
    const six = text(sections[5]);
    expect(six).toContain('基本支出5364.75万元');
    // 表六 prints 人员经费合计 4884.09 (its parts add to 4884.10: a 尾差 the engine names); the text quotes the table.
    expect(six).toContain('人员经费4884.09万元');
    expect(six).not.toContain('奖金');
  });

  it('prints the none-sentences of empty 表八/表九 with the department', () => {
    expect(text(sections[7])).toBe('上海市普陀区规划和自然资源局2024年度无政府性基金预算财政拨款收入和支出。');
    expect(text(sections[8])).toBe('上海市普陀区规划和自然资源局2024年度无国有资本经营预算财政拨款收入和支出。');
  });

  it('describes 表八 when it has figures, and 三公 none when 表七 is empty', () => {
    const f = putuoSample();
    f.tables.SH08 = { '2120801': { 1: '0.00', 2: '1000000.00', 4: '0.00', 5: '1000000.00', 6: '0.00' } };
    f.tables.SH07 = {};
    f.stated = {};
    const s = narrate(f);
    expect(text(s[7])).toContain('政府性基金预算财政拨款收入100.00万元，支出100.00万元');
    expect(s[7].paragraphs.filter((p) => p.kind === 'item')).toHaveLength(1);
    expect(text(s[6])).toBe('上海市普陀区规划和自然资源局2024年度无“三公”经费财政拨款支出。');
  });

  it('draws its charts from 表二/表三', () => {
    const f = putuoSample();
    const { value } = computeFiling(f, getTemplate(f.template));
    expect(narrativeChart('income', f, value)).toContain('财政拨款收入');
    expect(narrativeChart('spending', f, value)).toContain('5,377.64万元（55.10%）');
  });

  it('leaves Shanxi with its own ten sections', () => {
    const s = narrate(sampleFiling());
    expect(s).toHaveLength(10);
  });
});
