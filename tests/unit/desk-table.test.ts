// The desk table's sort and filter, and the open filing's row following its notes.
import { describe, expect, it } from 'vitest';
import type { DeskScanRow } from '../../src/shared/host-api';
import { skippedRules, unreadableRow } from '../../src/shared/desk/rows';
import { liveRow, visibleRows } from '../../src/renderer/src/features/desk/desk-table';
import type { DeskView } from '../../src/renderer/src/features/desk/desk-table';
import { sampleFiling } from '../../src/shared/sample/index';
import { checkAll, evaluateAll } from '../../src/shared/rules/engine';
import { template } from './rules-fixtures';

const row = (file: string, errors: number, state: DeskScanRow['state'], unit = file): DeskScanRow => ({
  ...unreadableRow(file, ''), unit, template: '山西', year: 2022, errors, state, path: `/x/${file}`, reason: undefined,
});
const rows = [row('b', 2, '未通过'), row('a', 0, '通过'), row('c', 2, '未通过', '县局'), { ...unreadableRow('d', '坏'), path: '/x/d' }];
const view = (v: Partial<DeskView>): DeskView => ({ sort: 'file', desc: false, text: '', state: '', ...v });

describe('desk table', () => {
  it('sorts by 强制 worst first, equal counts keeping file order, and by state', () => {
    expect(visibleRows(rows, view({ sort: 'errors', desc: true })).map((r) => r.file)).toEqual(['b', 'c', 'a', 'd']);
    expect(visibleRows(rows, view({ sort: 'state', desc: true })).map((r) => r.file)).toEqual(['d', 'b', 'c', 'a']);
    expect(visibleRows(rows, view({ sort: 'file' })).map((r) => r.file)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by text over 文件/单位/模板 and by state', () => {
    expect(visibleRows(rows, view({ text: '县局' })).map((r) => r.file)).toEqual(['c']);
    expect(visibleRows(rows, view({ state: '无法读取' })).map((r) => r.file)).toEqual(['d']);
  });

  it('recomputes the open filing’s row from the filing as it is now', () => {
    const f = sampleFiling();
    f.review.push({ id: 'n', target: { kind: 'filing' }, author: '审', text: '请改', at: '2026-01-01T00:00:00Z', resolved: false, replies: [] });
    const live = liveRow(row('s.jsgk', 0, '通过'), f, template, evaluateAll(f, template), []);
    expect(live).toMatchObject({ file: 's.jsgk', path: '/x/s.jsgk', errors: 2, notesOpen: 1, state: '未通过', unchecked: skippedRules(f, template).length });
  });

  it('counts the rules an absent table leaves unchecked in the open filing’s row', () => {
    const f = sampleFiling();
    f.absent = ['T05'];
    const c = checkAll(f, template);
    expect(c.unchecked.length).toBeGreaterThan(0);
    const rules = new Set([...c.unchecked.map((u) => u.rule), ...skippedRules(f, template)]);
    expect(rules.size).toBeGreaterThan(skippedRules(f, template).length);
    expect(liveRow(row('s.jsgk', 0, '通过'), f, template, c.findings, c.unchecked).unchecked).toBe(rules.size);
  });

  it('keeps a workbook’s or a PDF’s read results and follows only its notes', () => {
    const f = sampleFiling();
    f.review.push({ id: 'n', target: { kind: 'filing' }, author: '审', text: '请改', at: '2026-01-01T00:00:00Z', resolved: true, replies: [] });
    const pdf = { ...row('p.pdf', 3, '未通过'), unchecked: 7 };
    expect(liveRow(pdf, f, template, [], [])).toMatchObject({ errors: 3, unchecked: 7, notesOpen: 0, notesResolved: 1, state: '未通过' });
  });
});
