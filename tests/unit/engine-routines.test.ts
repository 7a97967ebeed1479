// Routine rules: given to the engine by name when it is created, run with the cell values, re-run only
// when a cell they read changes, and a routine that fails becomes a 提示 instead of breaking the check.
import { describe, expect, it } from 'vitest';
import { createEngine, evaluateAll } from '../../src/shared/rules/engine';
import type { Routine } from '../../src/shared/rules/routines';
import { joinRoutines } from '../../src/shared/rules/routines';
import type { RuleDef } from '../../src/shared/rules/types';
import { fixtureFiling, fixtureTemplate } from './engine-fixtures';

let runs = 0;
const totalAbove: Routine = (rule, ctx) => {
  runs++;
  const total = ctx.value({ table: 'A', row: '3', col: 1 });
  const limit = Number(rule.params?.limit ?? 0);
  return total.greaterThan(limit)
    ? [{ rule: rule.id, severity: rule.severity, key: rule.id, cells: [{ table: 'A', row: '3', col: 1 }], message: `测试01表 行3 ${total.toFixed(2)} 超过 ${limit}` }]
    : [];
};
const broken: Routine = () => {
  throw new Error('数据不完整');
};
const routines = { 'test.totalAbove': totalAbove, 'test.broken': broken };

const rules: RuleDef[] = [
  { kind: 'routine', id: 'R-1', severity: 'warning', title: '合计不超过上限', routine: 'test.totalAbove', params: { limit: 200 } },
];

describe('routine rules', () => {
  it('run through the engine with the computed values, and carry the 出错说明', () => {
    const T = fixtureTemplate(rules);
    expect(evaluateAll(fixtureFiling(), T, routines)).toEqual([]);
    const f = { ...fixtureFiling(), explanations: { 'R-1': '已核实' } };
    f.tables = { ...f.tables, A: { ...f.tables.A, '2': { 1: '150.00' } } };
    expect(evaluateAll(f, T, routines)).toEqual([
      { rule: 'R-1', severity: 'warning', key: 'R-1', cells: [{ table: 'A', row: '3', col: 1 }], message: '测试01表 行3 250.00 超过 200', explanation: '已核实' },
    ]);
  });

  it('re-run after an edit only when a cell they read changed', () => {
    const engine = createEngine(fixtureFiling(), fixtureTemplate(rules), routines);
    const before = runs;
    engine.apply([{ kind: 'cell', table: 'C', row: '2060101', col: 2, value: '1.00' }]);
    expect(runs).toBe(before);
    const u = engine.apply([{ kind: 'cell', table: 'A', row: '1', col: 1, value: '300.00' }]);
    expect(runs).toBe(before + 1);
    expect(u.addedFindings.map((f) => f.key)).toEqual(['R-1']);
  });

  it('refuse two routines under the same name', () => {
    expect(() => joinRoutines(routines, { 'test.broken': () => [] })).toThrow(/审核程序重复：test\.broken/);
  });

  it('refuse, when the engine is created, a rule naming a routine it was not given', () => {
    const T = fixtureTemplate([{ kind: 'routine', id: 'R-9', severity: 'warning', title: '没有的审核', routine: 'test.missing' }]);
    expect(() => createEngine(fixtureFiling(), T, routines)).toThrow(/R-9（test\.missing）.*没有提供/);
    expect(evaluateAll(fixtureFiling(), fixtureTemplate(rules), routines)).toEqual([]);
  });

  it('report a routine that fails as a 提示, without stopping the other rules', () => {
    const T = fixtureTemplate([{ kind: 'routine', id: 'R-2', severity: 'error', title: '坏的审核', routine: 'test.broken' }]);
    const [f] = evaluateAll(fixtureFiling(), T, routines);
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('审核程序“坏的审核”运行出错，未能完成该项审核：数据不完整');
  });
});
