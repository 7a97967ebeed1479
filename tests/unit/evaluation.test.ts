import { describe, expect, it } from 'vitest';
import { sampleEvaluations } from '../../src/shared/sample/evaluations';
import { sampleFiling } from '../../src/shared/sample/index';
import type { Evaluation } from '../../src/shared/evaluation/types';
import type { Filing } from '../../src/shared/filing/types';
import { executionRate, formatRate, formatScore, gradeOf, scoreEvaluation, suggestedExecutionScore } from '../../src/shared/evaluation/scoring';
import { summarizeEvaluations } from '../../src/shared/evaluation/summary';
import { fallsShort } from '../../src/shared/evaluation/shortfall';
import { evaluationRuleDefs } from '../../src/shared/evaluation/rules';
import { narrativeRuleDefs } from '../../src/shared/narrative/rules';

const evaluationRules = [...evaluationRuleDefs, ...narrativeRuleDefs];
import { evaluateAll } from '../../src/shared/rules/engine';
import type { Finding } from '../../src/shared/rules/types';
import { getTemplate } from '../../src/shared/templates/registry';
import type { Template } from '../../src/shared/templates/types';
import Decimal from 'decimal.js';

const byName = (name: string): Evaluation => structuredClone(sampleEvaluations.find((e) => e.name === name)!);

/** The form field a finding is on, as 'pe03.executionScore'. */
function fieldOf(f: Finding): string {
  return f.field?.kind === 'evaluation' ? [f.field.evaluation, f.field.field].filter(Boolean).join('.') : '';
}

function withRules(filing: Filing): Template {
  const t = getTemplate(filing.template);
  const own = new Set(evaluationRules.map((r) => r.id));
  return { ...t, rules: [...t.rules.filter((r) => !own.has(r.id)), ...evaluationRules] };
}

function findings(evaluations: Evaluation[], patch: (f: Filing) => void = () => {}) {
  const filing = sampleFiling();
  filing.evaluations = evaluations;
  patch(filing);
  return evaluateAll(filing, withRules(filing)).filter((f) => f.rule.startsWith('PE-'));
}

describe('the seed’s four self-evaluation forms', () => {
  it('score 100, 99, 99, 100, all 优, from their entered scores', () => {
    const scores = sampleEvaluations.map((e) => scoreEvaluation(e));
    expect(sampleEvaluations.map((e) => e.name)).toEqual(['精准扶贫干部驻村生活补贴', '2022年专业人员聘用补贴', '政府投资信息化项目管理费', '大数据与智能物联网应用基地体验中心运行费']);
    expect(scores.map((s) => formatScore(s.total))).toEqual(['100', '99', '99', '100']);
    expect(scores.map((s) => s.grade)).toEqual(['优', '优', '优', '优']);
  });

  it('give 执行率 99.13% for 2022年专业人员聘用补贴 (36.58 / 36.9) and 100.00% for the others', () => {
    expect(formatRate(executionRate(byName('2022年专业人员聘用补贴')))).toBe('99.13%');
    expect(formatScore(suggestedExecutionScore(byName('2022年专业人员聘用补贴')))).toBe('9.91');
    expect(formatRate(executionRate(byName('大数据与智能物联网应用基地体验中心运行费')))).toBe('100.00%');
  });

  it('flag only 政府投资信息化项目管理费 (执行率 100%, score 9) with a 提示', () => {
    const found = findings(structuredClone(sampleEvaluations));
    expect(found.map((f) => [f.rule, f.severity, fieldOf(f)])).toEqual([['PE-1', 'warning', 'pe03.executionScore']]);
    expect(found[0].message).toContain('政府投资信息化项目管理费');
    expect(found[0].message).toContain('应为 10 分');
  });
});

describe('scoring', () => {
  it('caps the suggested score at 10 when more than the budget is spent', () => {
    const ev = byName('精准扶贫干部驻村生活补贴');
    ev.spent = { ...ev.spent, total: '3', city: '3' };
    expect(formatScore(suggestedExecutionScore(ev))).toBe('10');
  });

  it('uses the suggestion when no 执行情况 score is entered', () => {
    const ev = byName('2022年专业人员聘用补贴');
    ev.executionScore = '';
    expect(formatScore(scoreEvaluation(ev).total)).toBe('99.91');
  });

  it('grades at 90, 80 and 60', () => {
    expect([90, 89.99, 80, 79.5, 60, 59.99].map((n) => gradeOf(new Decimal(n)))).toEqual(['优', '良', '良', '中', '中', '差']);
  });

  it('has no rate without a budget', () => {
    const ev = byName('精准扶贫干部驻村生活补贴');
    ev.budget = { ...ev.budget, total: '', city: '' };
    expect(executionRate(ev)).toBeNull();
    expect(formatRate(executionRate(ev))).toBe('—');
  });
});

describe('self-evaluation rules', () => {
  it('PE-1: a rounded-down fraction (9.91 → 9) passes; two points off is a 提示', () => {
    const ev = byName('2022年专业人员聘用补贴');
    expect(findings([ev])).toEqual([]);
    ev.executionScore = '8';
    expect(findings([ev]).map((f) => f.rule)).toEqual(['PE-1']);
  });

  it('PE-2: a 得分 above its 分值 is an error; at the 分值 it passes', () => {
    const ev = byName('精准扶贫干部驻村生活补贴');
    expect(findings([ev])).toEqual([]);
    ev.levelScores['效益指标'] = '31';
    const found = findings([ev]);
    expect(found.map((f) => [f.rule, f.severity, fieldOf(f)])).toEqual([['PE-2', 'error', 'pe01.levelScores.效益指标']]);
    expect(found[0].message).toContain('超出分值 30 分');
  });

  it('PE-3: funding by source must add up to the total for 预算, 到位 and 执行', () => {
    const ev = byName('大数据与智能物联网应用基地体验中心运行费');
    expect(findings([ev])).toEqual([]);
    ev.received = { ...ev.received, city: '8' };
    const found = findings([ev]);
    expect(found.map((f) => [f.rule, f.severity, fieldOf(f)])).toEqual([['PE-3', 'error', 'pe04.received.total']]);
    expect(found[0].message).toContain('实际到位金额 10 万元 ≠ 各来源之和');
    expect(found[0].message).toContain('差 2 万元');
  });

  it('PE-4: a missed target or a lost point needs 未完成原因; writing it clears the 提示', () => {
    const ev = byName('政府投资信息化项目管理费');
    ev.executionScore = '10';
    expect(findings([ev])).toEqual([]);
    ev.indicators[0].actual = '15人';
    ev.levelScores['产出指标'] = '48';
    const found = findings([ev]);
    expect(found.map((f) => f.rule)).toEqual(['PE-4', 'PE-4']);
    expect(found[0].message).toContain('聘请专家人数');
    ev.indicators[0].shortfallReason = '部分专家因疫情未能到场，下年提前预约。';
    expect(findings([ev])).toEqual([]);
  });

  it('compares only figures in the same unit', () => {
    expect(fallsShort('≥20人', '15人')).toBe(true);
    expect(fallsShort('95%以上', '100%')).toBe(false);
    expect(fallsShort('1人', '100%')).toBe(false);
    expect(fallsShort('有效提高', '大幅提高')).toBe(false);
    expect(fallsShort('≤5天', '7天')).toBe(true);
    expect(fallsShort('按月交付', '未完成')).toBe(true);
    expect(fallsShort('≥20人', '')).toBe(false); // not filled in yet
  });
});

describe('department summary of self-evaluations', () => {
  it('counts the forms, their funds, grades and the 公开率 (4 of the 7 二级项目)', () => {
    const s = summarizeEvaluations(sampleEvaluations, sampleFiling().narrative.facts);
    expect(s.forms).toBe(4);
    expect(s.projects).toBe(7);
    expect(s.fundsWan.toString()).toBe('109.4');
    expect(s.grades).toEqual({ 优: 6, 良: 1, 中: 0, 差: 0 });
    expect(s.published).toBe(4);
    expect(formatRate(s.disclosureRate)).toBe('57.14%');
  });

  it('without stated facts counts the forms themselves', () => {
    const s = summarizeEvaluations(sampleEvaluations);
    expect(s.projects).toBe(4);
    expect(s.grades).toEqual({ 优: 4, 良: 0, 中: 0, 差: 0 });
    expect(s.fundsYuan.toFixed(2)).toBe('1094000.00');
    expect(formatRate(s.disclosureRate)).toBe('100.00%');
  });
});
