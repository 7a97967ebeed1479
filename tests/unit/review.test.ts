import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { newFiling } from '../../src/shared/filing/new-filing';
import { compareFilings } from '../../src/shared/review/compare';
import { getTemplate } from '../../src/shared/templates/registry';
import { addNote, describeTarget, openNotes, removeNote, replyToNote, setNoteResolved } from '../../src/shared/review/notes';

function filing(tables: Filing['tables']): Filing {
  return newFiling({ template: 'shanxi-2022', year: 2022, department: '测试局', tables });
}

const AT = '2026-11-29T10:00:00.000Z';

describe('review notes', () => {
  it('adds a note on a cell without touching the data, then the clerk replies and resolves it', () => {
    const f0 = filing({ T03: { '2010504': { '2': '100.00' } } });
    const f1 = addNote(f0, { id: 'n1', target: { kind: 'cell', table: 'T03', row: '2010504', col: 2 }, author: '王审阅', text: '请核对基本支出', at: AT });
    expect(f1.tables).toBe(f0.tables);
    expect(f0.review).toHaveLength(0);
    expect(openNotes(f1).map((n) => n.id)).toEqual(['n1']);
    const f2 = replyToNote(f1, 'n1', { author: '李填报', text: '已核对，无误', at: AT });
    expect(f2.review[0].replies).toEqual([{ author: '李填报', text: '已核对，无误', at: AT }]);
    const f3 = setNoteResolved(f2, 'n1', true);
    expect(openNotes(f3)).toHaveLength(0);
    expect(f3.review[0].resolved).toBe(true);
    expect(removeNote(f3, 'n1').review).toHaveLength(0);
  });

  it('refuses an empty note, a duplicate id and an unknown note', () => {
    const f = filing({});
    expect(() => addNote(f, { id: 'a', target: { kind: 'filing' }, author: 'x', text: '   ', at: AT })).toThrow('不能为空');
    const f1 = addNote(f, { id: 'a', target: { kind: 'filing' }, author: 'x', text: '整体意见', at: AT });
    expect(() => addNote(f1, { id: 'a', target: { kind: 'filing' }, author: 'x', text: '再一条', at: AT })).toThrow('重复');
    expect(() => setNoteResolved(f1, 'zz', true)).toThrow('找不到');
  });

  it('describes where a note points', () => {
    expect(describeTarget({ kind: 'cell', table: 'T02', row: '合计', col: 2 }, () => '公开02表')).toBe('公开02表 合计 栏2');
    expect(describeTarget({ kind: 'filing' })).toBe('整个文件');
  });
});

describe('compare two versions', () => {
  it('lists changed cells with old and new values, rows added and removed, and notes', () => {
    const a = filing({ T03: { '2010504': { '1': '10.00', '2': '5.00' }, '2299999': { '3': '1.00' } } });
    let b = filing({ T03: { '2010504': { '1': '12.00', '2': '5.00' }, '2080505': { '2': '3.00' } } });
    b = addNote(b, { id: 'n9', target: { kind: 'filing' }, author: 'x', text: '请补充说明', at: AT });
    const c = compareFilings(a, b);
    expect(c.same).toBe(false);
    expect(c.cells).toEqual([
      { table: 'T03', row: '2010504', col: 1, before: '10.00', after: '12.00' },
      { table: 'T03', row: '2080505', col: 2, before: null, after: '3.00' },
      { table: 'T03', row: '2299999', col: 3, before: '1.00', after: null },
    ]);
    expect(c.rowsAdded).toEqual([{ table: 'T03', row: '2080505' }]);
    expect(c.rowsRemoved).toEqual([{ table: 'T03', row: '2299999' }]);
    expect(c.notesAdded).toEqual(['n9']);
  });

  it('finds nothing between identical filings', () => {
    const a = filing({ T01: { '1': { '1': '1.00' } } });
    expect(compareFilings(a, structuredClone(a)).same).toBe(true);
  });
});

describe('review report', async () => {
  const { reviewReportHtml } = await import('../../src/shared/review/report');
  it('prints findings with explanations and notes, escaping what came from the file', () => {
    let f = filing({});
    f = addNote(f, { id: 'n1', target: { kind: 'filing' }, author: '<script>x</script>', text: '请说明 30110', at: AT });
    const html = reviewReportHtml(
      f,
      [
        { rule: 'R1', severity: 'error', message: '公开02表 合计 ≠ 公开01表', cells: [{ table: 'T02', row: '合计', col: 2 }], key: 'R1' },
        { rule: 'R2', severity: 'warning', message: '30110+30111 ≠ 21011', cells: [], key: 'R2', explanation: '含公务员医疗补助' },
        { rule: 'R3', severity: 'warning', message: '三公', cells: [], key: 'R3' },
      ],
      { template: getTemplate('shanxi-2022') },
    );
    expect(html).toContain('强制错误 1 个；提示 2 个，其中未说明 1 个');
    expect(html).toContain('含公务员医疗补助');
    expect(html).toContain('（未填写说明）');
    expect(html).toContain('公开02表 合计 财政拨款收入（栏2）');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>x');
  });
});

describe('note targets on coded rows', () => {
  it('names a code as a code and a 行次 as a line', () => {
    expect(describeTarget({ kind: 'cell', table: 'T03', row: '2010504', col: 1 }, () => '公开03表')).toBe('公开03表 2010504 栏1');
    expect(describeTarget({ kind: 'cell', table: 'T01', row: '27', col: 1 }, () => '公开01表')).toBe('公开01表 行27 栏1');
  });
});
