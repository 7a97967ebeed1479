// PE-5: on a form that scores each indicator (the MOF form, 分值/得分 on every row), a 得分 above its own
// 分值 is a 强制 error. PE-2 checks only the level sum, so 产出指标 with 38 of 30 beside 12 of 20 (50 of 50)
// passed it. The finding gives both figures and the difference, names the indicator, and points to its 得分;
// the rule is listed in 审核公式 under 项目支出绩效自评表; the built-in samples do not raise it.
import { describe, expect, it } from 'vitest';
import { withLevelSums } from '../../src/shared/evaluation/mof';
import type { Evaluation } from '../../src/shared/evaluation/types';
import type { Filing } from '../../src/shared/filing/types';
import { fieldWords } from '../../src/shared/review/wording';
import { checkAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { ruleGroups } from '../../src/renderer/src/features/rules/rule-list';
import { mofForm } from '../support/mof-form-fixture';
import { cleanSample, template } from './rules-fixtures';

const base = cleanSample();
const withForm = (ev: Evaluation): Filing => ({ ...base, tables: {}, stated: {}, absent: template.tables.map((t) => t.id).sort(), evaluations: [ev] });
const pe = (f: Filing) => checkAll(f, template).findings.filter((x) => x.rule.startsWith('PE-'));

/** The form with indicator `id`'s 分值/得分 changed, level scores summed as import and the app keep them. */
function scored(id: string, change: { weight?: string; score?: string }): Evaluation {
  const ev = mofForm();
  return withLevelSums({ ...ev, indicators: ev.indicators.map((i) => (i.id === id ? { ...i, ...change } : i)) });
}

describe('PE-5 每项指标得分不超过该指标分值', () => {
  it('passes a form whose every 得分 is within its 分值 (at the 分值 included)', () => {
    expect(pe(withForm(withLevelSums(mofForm())))).toEqual([]);
    expect(pe(withForm(scored('pe01-i1', { score: '29.5' }))).map((f) => f.rule)).not.toContain('PE-5');
  });

  it('fails a 得分 above its own 分值 even when the level sum is within the level’s 分值 (PE-2 silent)', () => {
    // 运维设备 38 of 30, 完好率 12 of 20: 产出指标 50 of 50.
    const ev = withLevelSums({ ...mofForm(), indicators: mofForm().indicators.map((i) => (i.id === 'pe01-i1' ? { ...i, score: '38' } : i.id === 'pe01-i2' ? { ...i, score: '12' } : i)) });
    expect(ev.levelScores['产出指标']).toBe('50');
    const found = pe(withForm(ev));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['PE-5', 'error']]);
    expect(found[0].message).toBe('项目“智慧城市运维”产出指标“运维设备”得分 38 分超出该指标分值 30 分，多 8 分；得分应在 0–30 分之间。');
    // The click goes to that indicator's 得分 (IndicatorTable's data-step), and the report names it so.
    expect(found[0].field).toEqual({ kind: 'evaluation', evaluation: 'pe01', field: 'indicators.pe01-i1.score' });
    expect(fieldWords(withForm(ev), found[0].field!)).toBe('项目支出绩效自评表 项目“智慧城市运维” 指标“运维设备” 得分');
  });

  it('gives decimals exactly and flags a negative 得分', () => {
    expect(pe(withForm(scored('pe01-i4', { score: '10.25' }))).find((f) => f.rule === 'PE-5')?.message).toBe('项目“智慧城市运维”满意度指标“满意度”得分 10.25 分超出该指标分值 10 分，多 0.25 分；得分应在 0–10 分之间。');
    expect(pe(withForm(scored('pe01-i4', { score: '-1' }))).find((f) => f.rule === 'PE-5')?.message).toBe('项目“智慧城市运维”满意度指标“满意度”得分 -1 分小于 0；得分应在 0–10 分之间。');
  });

  it('says when there is no 分值 to check an entered 得分 against, pointing to the 分值', () => {
    const blank = pe(withForm(scored('pe01-i3', { weight: '' }))).filter((f) => f.rule === 'PE-5');
    expect(blank.map((f) => f.message)).toEqual(['项目“智慧城市运维”效益指标“服务群众”得分 30 分，但没有填写分值，无法核对得分是否超出分值。请填写该指标的分值。']);
    expect(blank[0].field).toEqual({ kind: 'evaluation', evaluation: 'pe01', field: 'indicators.pe01-i3.weight' });
    const word = pe(withForm(scored('pe01-i3', { weight: '三十' }))).filter((f) => f.rule === 'PE-5');
    expect(word.map((f) => f.message)).toEqual(['项目“智慧城市运维”效益指标“服务群众”得分 30 分，但分值“三十”不是数字，无法核对得分是否超出分值。请填写该指标的分值。']);
  });

  it('leaves a 得分 that is not a number to PE-2, and a form scored per level (山西) alone', () => {
    const bad = pe(withForm(scored('pe01-i1', { score: '满分' })));
    expect(bad.map((f) => f.rule)).toContain('PE-2');
    expect(bad.map((f) => f.rule)).not.toContain('PE-5');
    const shanxi = sampleFiling();
    expect(shanxi.evaluations.every((ev) => ev.indicators.every((i) => i.weight === undefined))).toBe(true);
  });
});

describe('PE-5 in 审核公式 and on the built-in samples', () => {
  it('is listed under 项目支出绩效自评表 as 强制: 通过 on the sample, 未通过 with its finding on a broken form', () => {
    const item = (f: Filing) => {
      const { findings, unchecked } = checkAll(f, template);
      const group = ruleGroups(template, f, findings, unchecked).find((g) => g.items.some((i) => i.id === 'PE-5'))!;
      return { group: group.title, it: group.items.find((i) => i.id === 'PE-5')! };
    };
    const ok = item(sampleFiling());
    expect(ok.group).toBe('项目支出绩效自评表');
    expect(ok.it).toMatchObject({ severity: '强制', title: '自评表：每项指标得分不超过该指标分值', formula: '每项指标得分不超过该指标分值（逐项核对）', state: '通过' });
    const broken = item(withForm(scored('pe01-i1', { score: '31' })));
    expect(broken.it.state).toBe('未通过');
    expect(broken.it.findings.map((f) => f.message)).toEqual(['项目“智慧城市运维”产出指标“运维设备”得分 31 分超出该指标分值 30 分，多 1 分；得分应在 0–30 分之间。']);
  });

  it('raises nothing on either built-in sample (no sample indicator scores above its 分值)', () => {
    expect(checkAll(sampleFiling(), template).findings.filter((f) => f.rule === 'PE-5')).toEqual([]);
    const sh = putuoSample();
    expect(checkAll(sh, getTemplate(sh.template)).findings.filter((f) => f.rule === 'PE-5')).toEqual([]);
  });
});
