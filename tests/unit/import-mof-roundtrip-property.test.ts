// Round-trip property for self-evaluation forms in the MOF standard layout: random forms with 项目资金 by
// source, per-indicator 分值/得分 (or level scores), 年度总体目标 and the optional Shanxi fields, exported
// and imported twice, give back the same forms and the same findings, written in the MOF layout each time.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import type { Evaluation, Indicator, SourceLine } from '../../src/shared/evaluation/types';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll } from '../../src/shared/rules/engine';
import { cleanSample, template } from './rules-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-mof-rt-'));
const LEVELS: Record<string, string[]> = { 产出指标: ['数量指标', '质量指标', '时效指标'], 效益指标: ['社会效益指标'], 满意度指标: ['服务对象满意度指标'] };

const amount = fc.oneof(fc.constant(''), fc.bigInt({ min: 0n, max: 999_999_99n }).map((f) => new Decimal(f.toString()).dividedBy(100).toFixed()));
const score = fc.integer({ min: 0, max: 20 }).map(String);
const words = fc.constantFrom('', '完成运维保障', '已按期完成', '群众满意', '设备老化，已更新');
const filled = fc.constantFrom('完成运维保障', '≥95%', '120台', '按期完成');

const arbIndicators = fc.tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...Object.keys(LEVELS)), fc.nat(2), filled, filled, filled, words, score, score), { minLength: 1, maxLength: 6 })).map(([perIndicator, rows]) => {
  const order = Object.keys(LEVELS);
  const sorted = [...rows].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  const indicators: Indicator[] = sorted.map(([level1, k, name, target, actual, reason, weight, s], i) => ({
    id: `pe01-i${i + 1}`, level1, level2: LEVELS[level1][k % LEVELS[level1].length], name: `${name}${i}`, target, actual, shortfallReason: reason,
    ...(perIndicator ? { weight, score: s } : {}),
  }));
  const levelScores: Record<string, string> = {};
  for (const level of order) {
    const list = indicators.filter((x) => x.level1 === level);
    if (list.length === 0) continue;
    levelScores[level] = perIndicator ? list.reduce((a, x) => a.plus(x.score ?? 0), new Decimal(0)).toString() : String(list.length * 3);
  }
  return { indicators, levelScores };
});

const arbSources = fc.tuple(amount, amount, amount, amount, amount, amount, amount, amount, amount).map((v): SourceLine[] => {
  const parts = ['当年财政拨款', '上年结转资金', '其他资金'].map((name, i) => ({ name, initial: v[i * 3], budget: v[i * 3 + 1], spent: v[i * 3 + 2] }));
  // The total is the sum mostly, sometimes not (then PE-3 stands, and must stand again after the trip).
  const sum = (k: 'initial' | 'budget' | 'spent') => parts.reduce((a, p) => a.plus(p[k] || 0), new Decimal(0)).toFixed();
  return [{ name: '年度资金总额', initial: sum('initial'), budget: sum('budget'), spent: v[0] === '' ? v[8] : sum('spent') }, ...parts];
});

const arbForm = fc
  .record({
    sources: arbSources,
    table: arbIndicators,
    execution: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 10 }).map(String)),
    goal: fc.option(fc.record({ expected: words, actual: words }), { nil: undefined }),
    manager: words,
    goalOutput: words,
    conclusion: words,
    evaluator: fc.option(fc.constantFrom('张三', '李四'), { nil: undefined }),
    published: fc.boolean(),
  })
  .map((r): Evaluation => {
    const total = r.sources[0];
    const blank = { total: '', central: '', city: '', county: '', other: '' };
    return {
      id: 'pe01', name: '智慧城市运维', manager: r.manager, phone: '', department: '测试局', implementer: '测试中心', period: '', evaluationYear: '',
      budget: { ...blank, total: total.budget }, received: { ...blank }, spent: { ...blank, total: total.spent },
      sources: r.sources, layout: 'mof', ...(r.goal ? { annualGoal: r.goal } : {}),
      goalOutput: r.goalOutput, goalEffect: '', executionScore: r.execution,
      indicators: r.table.indicators, levelScores: r.table.levelScores,
      conclusion: r.conclusion, experience: '', problems: '',
      evaluators: r.evaluator ? [{ role: '组长', name: r.evaluator, title: '科长', org: '测试局' }] : [],
      filledBy: '', filledPhone: '', filledDate: '', published: r.published,
    };
  });

const base = cleanSample();
// Only the forms travel: every table absent keeps each trip short.
const withForm = (ev: Evaluation): Filing => ({ ...base, tables: {}, stated: {}, absent: [...template.tables.map((t) => t.id)].sort(), evaluations: [ev] });

let n = 0;
async function trip(f: Filing): Promise<Filing> {
  const p = join(dir, `m${n++}.xlsx`);
  writeFileSync(p, await buildWorkbook(f, template));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r.filing;
}

const findingsOf = (f: Filing) => checkAll(f, template).findings.filter((x) => x.rule.startsWith('PE-')).map((x) => `${x.key} ${x.message}`).sort();

describe('MOF-layout forms: export → import → export → import (property)', () => {
  it('gives back the same forms (sources, layout, 年度总体目标, per-indicator scores) and the same findings', async () => {
    await fc.assert(
      fc.asyncProperty(arbForm, async (ev) => {
        const f = withForm(ev);
        const once = await trip(f);
        expect(once.evaluations).toEqual(f.evaluations);
        const twice = await trip(once);
        expect(twice.evaluations).toEqual(f.evaluations);
        expect(findingsOf(twice)).toEqual(findingsOf(f));
      }),
      { numRuns: 6, seed: 20261201 },
    );
  }, 180_000);
});
