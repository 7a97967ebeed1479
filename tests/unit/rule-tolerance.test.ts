// Stated (imported) totals against the sum of their parts: exact to the fen for 元 data; within
// n × 0.005万元 (n rounded parts) a 尾差 提示 for data from a 万元 source; beyond that an error. Two
// printed figures of the same quantity must agree exactly.
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { findingFigures } from '../../src/shared/rules/check';
import { sampleFiling } from '../../src/shared/sample/index';
import { fixtureFiling, fixtureTemplate } from './engine-fixtures';
import { template } from './rules-fixtures';

const T = fixtureTemplate([]);

function withStated(f: Filing, stated: Filing['stated'], sourceUnit: '元' | '万元' = '元', unit: '元' | '万元' = '元'): Filing {
  return { ...f, stated, meta: { ...f.meta, sourceUnit, unit } };
}

describe('stated against computed', () => {
  it('is silent when the stated total equals the sum of its parts', () => {
    expect(evaluateAll(withStated(fixtureFiling(), { A: { '3': { 1: '150.50' } }, C: { '合计': { 1: '150.50' } } }), T)).toEqual([]);
  });

  it('for 元 data, a gap of one fen is an error naming the total, its addends and the gap', () => {
    const [f] = evaluateAll(withStated(fixtureFiling(), { A: { '3': { 1: '150.51' } } }), T);
    expect(f).toEqual({
      rule: 'STATED',
      key: 'STATED.A.3.1',
      severity: 'error',
      message: '测试01表 行3 填报数 150.51 ≠ 行1+行2 之和 150.50，差 0.01',
      cells: [
        { table: 'A', row: '3', col: 1 },
        { table: 'A', row: '1', col: 1 },
        { table: 'A', row: '2', col: 1 },
      ],
    });
    expect(findingFigures(f!)).toEqual({ left: '150.51', right: '150.50', difference: '0.01' });
  });

  it('names 类 by code and columns by 栏次 in coded tables', () => {
    const findings = evaluateAll(withStated(fixtureFiling(), { C: { '合计': { 1: '150.00' }, '2010501': { 1: '71.00' } } }), T);
    expect(findings.map((f) => f.message)).toEqual([
      '测试02表 合计 合计 填报数 150.00 ≠ 201+206 之和 150.50，差 0.50',
      '测试02表 2010501 合计 填报数 71.00 ≠ 栏2+栏3 之和 70.00，差 1.00',
    ]);
  });

  it('for a 万元 source, a gap within n × 0.005万元 is a 尾差 提示 that shows the tolerance', () => {
    // 行3 = 行1 + 行2: two addends, so up to 0.01万元 (100.00 元).
    const [f] = evaluateAll(withStated(fixtureFiling(), { A: { '3': { 1: '250.50' } } }, '万元', '万元'), T);
    expect(f.severity).toBe('warning');
    expect(f.rounding).toBe(true);
    // Figures finer than 0.01万元 are shown in full (0.02505, not a rounded 0.03 that the gap 0.01 would not explain).
    expect(f.message).toBe('尾差：测试01表 行3 填报数 0.02505 ≠ 行1+行2 之和 0.01505，差 0.01（单位：万元）。2 个分项各自取整到 0.01万元，之和与合计最多相差 2×0.005万元（0.01），差额在此范围之内，可说明后保留。');
  });

  it('for a 万元 source, a gap beyond the tolerance is an error', () => {
    const [f] = evaluateAll(withStated(fixtureFiling(), { A: { '3': { 1: '250.51' } } }, '万元'), T);
    expect(f.severity).toBe('error');
    expect(f.rounding).toBeUndefined();
    expect(f.message).toBe('测试01表 行3 填报数 250.51 ≠ 行1+行2 之和 150.50，差 100.01');
  });

  it('the tolerance counts the non-zero figures under a total, not its blank cells', () => {
    // C 合计 col 2 sums 2010501 and 2010504 col 2 (two 项): tolerance 0.01万元.
    const ok = evaluateAll(withStated(fixtureFiling(), { C: { '合计': { 2: '190.00' } } }, '万元'), T);
    expect(ok.map((f) => [f.severity, f.rounding])).toEqual([['warning', true]]);
    const bad = evaluateAll(withStated(fixtureFiling(), { C: { '合计': { 2: '190.01' } } }, '万元'), T);
    expect(bad.map((f) => f.severity)).toEqual(['error']);
  });

  it('on the real template, an imported 公开01表 行27 off by 0.01万元 is a 尾差 提示, off by more an error', () => {
    const near = withStated(sampleFiling(), { T01: { '27': { 1: '41943754.36' } } }, '万元');
    const w = evaluateAll(near, template).find((f) => f.key === 'STATED.T01.27.1');
    expect(w?.severity).toBe('warning');
    // Display in 元: the figures keep their fen; 行27 has two non-zero addends (行1, 行2), so 0.01万元.
    expect(w?.message).toBe('尾差：公开01表 行27 填报数 41,943,754.36 ≠ 行1+行2+行3+行4 等 8 项 之和 41,943,654.36，差 100.00。2 个分项各自取整到 0.01万元，之和与合计最多相差 2×0.005万元（100.00），差额在此范围之内，可说明后保留。');
    const far = withStated(sampleFiling(), { T01: { '27': { 1: '41953654.36' } } }, '万元');
    expect(evaluateAll(far, template).find((f) => f.key === 'STATED.T01.27.1')?.severity).toBe('error');
  });

  it('in 万元, a 0.10 gap between two printed totals (公开02表 合计 vs 公开01表 行27) is an error, not 尾差', () => {
    const f = sampleFiling();
    const t01 = f.stated.T01?.['27']?.['1'];
    expect(t01).toBeDefined();
    // Both totals printed; 公开02表 合计 printed 0.10万元 (1,000 元) higher.
    const t02 = (Number(t01) + 1000).toFixed(2);
    const filing = withStated(f, { ...f.stated, T02: { ...f.stated.T02, '合计': { ...f.stated.T02?.['合计'], 1: t02 } } }, '万元', '万元');
    const x = evaluateAll(filing, template).find((k) => k.key === 'X.T02-T01.1');
    expect(x?.severity).toBe('error');
    expect(x?.rounding).toBeUndefined();
    expect(x?.message).toContain('差 0.10');
  });
});
