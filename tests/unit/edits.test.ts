// Pure edits: refusals, purity, inverse round trips, rows, custom codes, stated figures.
import { describe, expect, it } from 'vitest';
import { EditError, applyEdits } from '../../src/shared/filing/edits';
import type { Edit, Filing } from '../../src/shared/filing/types';
import { fixtureFiling, fixtureTemplate } from './engine-fixtures';

const T = fixtureTemplate();
const apply = (f: Filing, edits: Edit[]) => applyEdits(f, edits, { template: T });

function refused(f: Filing, edits: Edit[]): EditError {
  try {
    apply(f, edits);
  } catch (e) {
    if (e instanceof EditError) return e;
    throw e;
  }
  throw new Error('expected the edit to be refused');
}

describe('cell edits', () => {
  it('return a new filing, the changed cells and an inverse; the input is untouched', () => {
    const f = fixtureFiling();
    const snapshot = JSON.stringify(f);
    const r = apply(f, [
      { kind: 'cell', table: 'A', row: '1', col: 1, value: '120.5' },
      { kind: 'cell', table: 'C', row: '2010504', col: 3, value: '7.00' },
    ]);
    expect(JSON.stringify(f)).toBe(snapshot);
    expect(r.filing.tables.A['1']['1']).toBe('120.50');
    expect(r.filing.tables.C['2010504']['3']).toBe('7.00');
    expect(r.changed).toEqual([
      { table: 'A', row: '1', col: 1 },
      { table: 'C', row: '2010504', col: 3 },
    ]);
    // Untouched tables and rows are shared, not copied.
    expect(r.filing.tables.C['2060101']).toBe(f.tables.C['2060101']);
    const back = apply(r.filing, r.inverse);
    expect(back.filing).toEqual(f);
  });

  it('clearing a cell removes it; a coded row stays (a row held as {} still counts)', () => {
    const r = apply(fixtureFiling(), [{ kind: 'cell', table: 'C', row: '2010504', col: 2, value: null }]);
    expect(r.filing.tables.C['2010504']).toEqual({});
  });

  it.each([
    [{ kind: 'cell', table: 'A', row: '3', col: 1, value: '1' }, '由公式计算'],
    [{ kind: 'cell', table: 'C', row: '合计', col: 2, value: '1' }, '不能直接填写'],
    [{ kind: 'cell', table: 'C', row: '201', col: 2, value: '1' }, '不能直接填写'],
    [{ kind: 'cell', table: 'C', row: '2010501', col: 1, value: '1' }, '由公式计算'],
    [{ kind: 'cell', table: 'C', row: '2080505', col: 2, value: '1' }, '请先添加该科目行'],
    [{ kind: 'cell', table: 'A', row: '9', col: 1, value: '1' }, '不是可填写的单元格'],
    [{ kind: 'cell', table: 'Z', row: '1', col: 1, value: '1' }, '没有表 Z'],
    [{ kind: 'cell', table: 'A', row: '1', col: 1, value: '1.234' }, '不是有效金额'],
    [{ kind: 'cell', table: 'A', row: '1', col: 1, value: 'abc' }, '不是有效金额'],
    [{ kind: 'meta', patch: { unit: '千元' } }, '金额单位只能是'],
    [{ kind: 'meta', patch: { year: 22 } }, '年度“22”不对'],
  ] as Array<[Edit, string]>)('refuses %j with a Chinese message', (edit, words) => {
    const e = refused(fixtureFiling(), [edit]);
    expect(e.message).toContain(words);
  });

  it('refuses the whole batch when one edit is refused, and says which one', () => {
    const f = fixtureFiling();
    const e = refused(f, [
      { kind: 'cell', table: 'A', row: '1', col: 1, value: '1.00' },
      { kind: 'cell', table: 'A', row: '3', col: 1, value: '1.00' },
    ]);
    expect(e.index).toBe(1);
    expect(f.tables.A['1']['1']).toBe('100.00');
  });
});

describe('rows of coded tables', () => {
  it('adds a 项 from the catalogue and removes it again; undo restores its values', () => {
    const f = fixtureFiling();
    const added = apply(f, [
      { kind: 'addRow', table: 'C', code: '2080505' },
      { kind: 'cell', table: 'C', row: '2080505', col: 2, value: '9.00' },
    ]);
    expect(added.structural).toBe(true);
    expect(added.filing.tables.C['2080505']).toEqual({ '2': '9.00' });
    const removed = apply(added.filing, [{ kind: 'removeRow', table: 'C', code: '2080505' }]);
    expect(removed.filing.tables.C['2080505']).toBeUndefined();
    expect(removed.changed).toEqual([{ table: 'C', row: '2080505', col: 2 }]);
    expect(apply(removed.filing, removed.inverse).filing).toEqual(added.filing);
    expect(apply(added.filing, added.inverse).filing).toEqual(f);
  });

  it.each([
    ['2089999', '不在科目目录中'],
    ['20805', '下还有细分科目'],
    ['2010501', '已有科目'],
  ])('refuses to add %s', (code, words) => {
    expect(refused(fixtureFiling(), [{ kind: 'addRow', table: 'C', code }]).message).toContain(words);
  });

  it('refuses rows on fixed tables and removing a row that is not there', () => {
    expect(refused(fixtureFiling(), [{ kind: 'addRow', table: 'A', code: '2010501' }]).message).toContain('行是固定的');
    expect(refused(fixtureFiling(), [{ kind: 'removeRow', table: 'C', code: '2080505' }]).message).toContain('无需删除');
  });

  it('accepts a custom 项 once added with its name, and refuses removing it while used', () => {
    const r = apply(fixtureFiling(), [
      { kind: 'customCode', code: { catalog: 'function', code: '2010598', name: '自定义项目' } },
      { kind: 'addRow', table: 'C', code: '2010598' },
    ]);
    expect(r.filing.customCodes).toEqual([{ catalog: 'function', code: '2010598', name: '自定义项目' }]);
    const e = refused(r.filing, [{ kind: 'customCode', code: { catalog: 'function', code: '2010598', name: '' }, remove: true }]);
    expect(e.message).toContain('还在使用科目 2010598');
    expect(apply(r.filing, r.inverse).filing).toEqual(fixtureFiling());
  });

  it('checks a custom code for shape and parent', () => {
    expect(refused(fixtureFiling(), [{ kind: 'customCode', code: { catalog: 'function', code: '20105x', name: 'x' } }]).message).toContain('格式不对');
    expect(refused(fixtureFiling(), [{ kind: 'customCode', code: { catalog: 'function', code: '2018801', name: 'x' } }]).message).toContain('不存在');
  });
});

describe('meta, explanations and stated figures', () => {
  it('patches meta and explanations with exact inverses', () => {
    const f = fixtureFiling();
    const r = apply(f, [
      { kind: 'meta', patch: { unit: '万元', department: '新名称' } },
      { kind: 'explanation', key: 'X.A-C', text: '已核实' },
    ]);
    expect(r.filing.meta.unit).toBe('万元');
    expect(r.filing.explanations).toEqual({ 'X.A-C': '已核实' });
    expect(r.metaChanged).toBe(true);
    expect(r.explanationsChanged).toEqual(['X.A-C']);
    expect(apply(r.filing, r.inverse).filing).toEqual(f);
  });

  it('an edit to an addend drops the stated figures of every computed cell it feeds; undo brings them back', () => {
    const f: Filing = {
      ...fixtureFiling(),
      stated: { C: { '合计': { 1: '150.50', 2: '90.00' }, '201': { 1: '100.00' }, '206': { 1: '50.50' } }, A: { '3': { 1: '150.50' } } },
    };
    const r = apply(f, [{ kind: 'cell', table: 'C', row: '2010501', col: 3, value: '11.00' }]);
    // 2010501 col 3 feeds 2010501 col 1, 20105, 201 and 合计 (cols 1 and 3): their stated figures go.
    expect(r.filing.stated.C).toEqual({ '合计': { 2: '90.00' }, '206': { 1: '50.50' } });
    expect(r.filing.stated.A).toEqual({ '3': { 1: '150.50' } });
    expect(r.statedChanged).toHaveLength(2);
    expect(apply(r.filing, r.inverse).filing).toEqual(f);
  });
});
