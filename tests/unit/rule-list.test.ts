// The 审核公式 list: every rule of both templates once, its state as the engine decided it (a passing and
// a failing case of each state), the formula in words with no internal id.
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll } from '../../src/shared/rules/engine';
import { getTemplate } from '../../src/shared/templates/registry';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { ruleGroups, formulaWords, stateCounts } from '../../src/renderer/src/features/rules/rule-list';
import type { RuleItem } from '../../src/renderer/src/features/rules/rule-list';
import { cleanSample } from './rules-fixtures';

const INTERNAL = /\b(?:[WXP]\.(?:T|SH|LY)|PE-\d|NR-\d|HZ-\d|T\d\d\b|SH[N\d]\d?\b|STATED|CYCLE)|⟨|⟩|undefined/;

function list(filing: Filing): Map<string, RuleItem> {
  const template = getTemplate(filing.template);
  const { findings, unchecked } = checkAll(filing, template);
  const out = new Map<string, RuleItem>();
  for (const g of ruleGroups(template, filing, findings, unchecked)) for (const it of g.items) out.set(it.id, it);
  return out;
}

describe('审核公式 list', () => {
  for (const [name, make] of [['shanxi-2022', sampleFiling], ['shanghai-2024', putuoSample]] as const) {
    it(`${name}: every rule once, grouped under a table, and in words without internal ids`, () => {
      const filing = make();
      const template = getTemplate(filing.template);
      const { findings, unchecked } = checkAll(filing, template);
      const groups = ruleGroups(template, filing, findings, unchecked);
      const ids = groups.flatMap((g) => g.items.map((i) => i.id));
      expect(ids.filter((id) => id !== 'STATED').sort()).toEqual(template.rules.map((r) => r.id).sort());
      for (const g of groups) {
        expect(g.title).not.toMatch(INTERNAL);
        for (const it of g.items) {
          expect(`${it.title} ${it.formula} ${it.reason ?? ''}`, it.id).not.toMatch(INTERNAL);
          expect(it.formula.length).toBeGreaterThan(4);
        }
      }
      // Every finding of a template rule is listed under its rule; a rule with findings is 未通过.
      const items = list(filing);
      for (const f of findings) expect(items.get(f.rule)?.findings.map((x) => x.key)).toContain(f.key);
      for (const it of items.values()) expect(it.state === '未通过').toBe(it.findings.length > 0);
    });
  }

  it('通过 on the corrected sample, 未通过 on the seed with its findings', () => {
    const seed = list(sampleFiling());
    expect(seed.get('X.T02-T01.2')?.state).toBe('未通过');
    expect(seed.get('X.T02-T01.2')?.findings).toHaveLength(1);
    const clean = list(cleanSample());
    expect(clean.get('X.T02-T01.2')?.state).toBe('通过');
    expect(stateCounts([{ key: 'x', title: '', items: [...clean.values()] }]).未通过).toBe(0);
  });

  it('未核对 with the reason when a table it reads is absent, 通过 when present', () => {
    const f = cleanSample();
    expect(list(f).get('X.T03-T01.total')?.state).toBe('通过');
    const absent = list({ ...f, absent: ['T03'] }).get('X.T03-T01.total');
    expect(absent?.state).toBe('未核对');
    expect(absent?.reason).toBe('公开03表 未提供');
  });

  it('a rule needing last year’s figure is 未核对 without it, and checked (as the engine does) with it', () => {
    const f = cleanSample();
    expect(list(f).get('P.LY.T01')).toMatchObject({ state: '未核对', reason: expect.stringContaining('未填写上年数') });
    const opening = f.tables.T01?.['29']?.['1'] ?? '0.00';
    const same = { ...f, narrative: { ...f.narrative, lastYear: { ...f.narrative.lastYear, 'T01.60': opening } } };
    expect(list(same).get('P.LY.T01')?.state).toBe('通过');
    const other = { ...f, narrative: { ...f.narrative, lastYear: { ...f.narrative.lastYear, 'T01.60': '1.00' } } };
    const failing = list(other).get('P.LY.T01');
    expect(failing?.state).toBe('未通过');
    expect(failing?.severity).toBe('提示');
  });

  it('汇总 pair rules are 不适用 on a filing that is not a 汇总', () => {
    expect(list(cleanSample()).get('HZ-1')).toMatchObject({ state: '不适用', reason: '本文件不是汇总文件' });
  });

  it('words a per-类 and a per-科目 rule, and a routine', () => {
    const t = getTemplate('shanxi-2022');
    const rule = (id: string) => t.rules.find((r) => r.id === id)!;
    expect(formulaWords(rule('X.T03-T01'), t)).toBe('对每一类支出（功能分类类级科目）：公开03表 该类 本年支出合计 = 公开01表 该类所在行');
    expect(formulaWords(rule('W.T06.basic'), t)).toBe('对公开06表每个项级科目：公开06表 该科目 其中：基本支出 ≤ 金额');
    expect(formulaWords(rule('W.T01.31-62'), t)).toBe('公开01表 行31 收入总计 = 公开01表 行62 支出总计');
    expect(formulaWords(rule('PE-2'), t)).toBe('各项得分不超过分值（逐项核对）');
  });
});
