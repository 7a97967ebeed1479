// Computed cells: fixed-table formulas, rowFormulas on 项 rows, 类/款/合计 sums, cycles, incremental recompute.
import { describe, expect, it } from 'vitest';
import { buildModel, cellKind, computeFiling, computeValues, propagate, rowsOf, valueOf } from '../../src/shared/filing/compute';
import { cellKey, cellOf } from '../../src/shared/table/cell-ref';
import { createEngine, evaluateAll } from '../../src/shared/rules/engine';
import { fixtureFiling, fixtureTemplate, makeFiling } from './engine-fixtures';
import type { Template } from '../../src/shared/templates/types';

const T = fixtureTemplate();

describe('computed cells', () => {
  it('sums fixed-table formulas, rowFormulas and the 类/款/合计 hierarchy', () => {
    const { value } = computeFiling(fixtureFiling(), T);
    expect(value({ table: 'A', row: '3', col: 1 }).toFixed(2)).toBe('150.50');
    expect(value({ table: 'C', row: '2010501', col: 1 }).toFixed(2)).toBe('70.00');
    expect(value({ table: 'C', row: '20105', col: 2 }).toFixed(2)).toBe('90.00');
    expect(value({ table: 'C', row: '201', col: 1 }).toFixed(2)).toBe('100.00');
    expect(value({ table: 'C', row: '合计', col: 3 }).toFixed(2)).toBe('60.50');
    expect(value({ table: 'C', row: '合计', col: 1 }).toFixed(2)).toBe('150.50');
  });

  it('lists coded rows as 合计, then 类, 款, 项 in code order; a row held as {} still brings its 款 and 类', () => {
    const f = makeFiling('fixture', { C: { '2080505': {}, '2010501': { 2: '1.00' } } });
    const model = buildModel(f, T);
    expect(rowsOf(model, 'C')).toEqual(['合计', '201', '20105', '2010501', '208', '20805', '2080505']);
    expect(cellKind(model, { table: 'C', row: '208', col: 2 })).toBe('computed');
    expect(cellKind(model, { table: 'C', row: '2080505', col: 2 })).toBe('entered');
    expect(cellKind(model, { table: 'C', row: '2080505', col: 1 })).toBe('computed');
    expect(cellKind(model, { table: 'C', row: '2099999', col: 2 })).toBe('none');
  });

  it('moves only what is downstream of an edit, by the change, to what a full computation gives', () => {
    const f = fixtureFiling();
    const model = buildModel(f, T);
    const values = computeValues(model, f);
    const key = cellKey('C', '2010504', 2);
    // Values are in 分: +5 元 is +500 分.
    values.set(key, values.get(key)! + 500n);
    const changed = new Set<string>();
    propagate(model, values, key, 500n, changed as Set<typeof key>);
    expect(changed).toEqual(new Set(['C|2010504|1', 'C|20105|2', 'C|20105|1', 'C|201|2', 'C|201|1', 'C|合计|2', 'C|合计|1']));
    expect(valueOf(values, { table: 'C', row: '合计', col: 1 }).toFixed(2)).toBe('155.50');
    // The same values as computing everything again from the edited filing.
    const edited = { ...f, tables: { ...f.tables, C: { ...f.tables.C, '2010504': { ...f.tables.C['2010504'], 2: valueOf(values, cellOf(key)).toFixed(2) } } } };
    const full = computeValues(model, edited);
    for (const [k, v] of full) expect(values.get(k)).toBe(v);
  });
});

describe('a cycle in a template', () => {
  const cyclic: Template = {
    ...T,
    tables: [
      {
        ...T.tables[0],
        rows: [
          { row: '1', label: '甲', computed: { 1: { sum: [{ row: '2', col: 1 }] } } },
          { row: '2', label: '乙', computed: { 1: { sum: [{ row: '1', col: 1 }, { row: '4', col: 1 }] } } },
          { row: '3', label: '丙', computed: { 1: { sum: [{ row: '1', col: 1 }] } } },
          { row: '4', label: '丁' },
        ],
      },
      T.tables[1],
    ],
  };

  it('becomes one error finding naming the cells around it, and evaluation terminates', () => {
    const f = makeFiling('fixture', { A: { '4': { 1: '5.00' } } });
    const findings = evaluateAll(f, cyclic);
    const cycle = findings.filter((x) => x.rule === 'CYCLE');
    expect(cycle).toHaveLength(1);
    expect(cycle[0].severity).toBe('error');
    expect(cycle[0].message).toContain('循环引用');
    expect(cycle[0].message).toContain('测试01表 行1');
    expect(cycle[0].message).toContain('测试01表 行2');
    expect(cycle[0].cells.map((c) => c.row).sort()).toEqual(['1', '2']);
    expect(cycle[0].key).toBe('CYCLE.A.1.1');
    expect(cycle[0].message).toBe('报表模板的计算公式循环引用：测试01表 行1 → 测试01表 行2 → 测试01表 行1。这些单元格无法计算，请联系模板维护人员修正模板。');
    // Cells on the cycle count as 0; a cell fed by them (行3) is still computed.
    const { value } = computeFiling(f, cyclic);
    expect(value({ table: 'A', row: '2', col: 1 }).toFixed(2)).toBe('0.00');
    expect(value({ table: 'A', row: '3', col: 1 }).toFixed(2)).toBe('0.00');
  });

  it('keeps working incrementally after an edit', () => {
    const engine = createEngine(makeFiling('fixture', { A: { '4': { 1: '5.00' } } }), cyclic);
    const u = engine.apply([{ kind: 'cell', table: 'A', row: '4', col: 1, value: '6.00' }]);
    expect(u.findings.filter((x) => x.rule === 'CYCLE')).toHaveLength(1);
  });
});
