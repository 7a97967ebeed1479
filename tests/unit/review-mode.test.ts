// 审阅模式 in the document store and the review helpers of the renderer: a reviewer's document refuses
// every data edit and lets only notes through; the clerk's does both.
import { describe, expect, it } from 'vitest';
import { DocStore } from '../../src/renderer/src/state/doc-store';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { compareFilings } from '../../src/shared/review/compare';
import { addReviewNote, authorFor, cellLabel, openNoteCells, replyToReviewNote, resolveReviewNote } from '../../src/renderer/src/features/review/review-model';
import { formatStored, rowText } from '../../src/renderer/src/features/review/compare-format';

function open(review: boolean): DocStore {
  const store = new DocStore();
  const filing = sampleFiling();
  store.load({ filing, template: getTemplate(filing.template), path: '/tmp/x.jsgk', mtimeMs: 1, readOnly: false, review });
  return store;
}

describe('审阅模式 in the document store', () => {
  it('refuses a cell edit in review mode, saying 审阅模式：只读; the clerk’s store applies it', () => {
    const reviewer = open(true);
    const before = reviewer.get().filing!;
    const r = reviewer.apply([{ kind: 'cell', table: 'T02', row: '2120899', col: 3, value: '1.00' }], '输入');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('审阅模式：只读');
    expect(reviewer.get().filing).toBe(before);
    expect(reviewer.get().dirty).toBe(false);

    const clerk = open(false);
    expect(clerk.apply([{ kind: 'cell', table: 'T02', row: '2120899', col: 3, value: '1.00' }], '输入').ok).toBe(true);
    expect(clerk.get().filing!.tables.T02['2120899']['3']).toBe('1.00');
  });

  it('lets only the review section through replaceFiling when read-only; the clerk’s store takes everything', () => {
    const reviewer = open(true);
    const original = reviewer.get().filing!;
    const tampered = { ...original, tables: { ...original.tables, T07: {} }, overview: { ...original.overview, duties: '改过' } };
    expect(addReviewNote(reviewer, { kind: 'filing' }, '张审', '请补充说明。').ok).toBe(true);
    reviewer.replaceFiling({ ...tampered, review: reviewer.get().filing!.review });
    const after = reviewer.get().filing!;
    const diff = compareFilings(original, after);
    expect(diff.cells).toEqual([]);
    expect(after.overview.duties).toBe(original.overview.duties);
    expect(diff.notesAdded).toHaveLength(1);
    expect(reviewer.get().dirty).toBe(true);

    const clerk = open(false);
    clerk.replaceFiling(tampered);
    expect(clerk.get().filing!.overview.duties).toBe('改过');
  });

  it('stays read-only after a reviewer’s save; a clerk’s save leaves the file editable', () => {
    const reviewer = open(true);
    reviewer.markSaved('/tmp/x.jsgk', 2);
    expect(reviewer.get().readOnly).toBe(true);
    expect(reviewer.get().review).toBe(true);
    const clerk = open(false);
    clerk.markSaved('/tmp/x.jsgk', 2);
    expect(clerk.get().readOnly).toBe(false);
  });
});

describe('review notes through the store', () => {
  it('adds, replies to and resolves a note; an empty note is refused with a reason', () => {
    const store = open(true);
    expect(addReviewNote(store, { kind: 'cell', table: 'T02', row: '合计', col: 2 }, '张审', '   ')).toEqual({ ok: false, message: '意见内容不能为空' });
    expect(addReviewNote(store, { kind: 'cell', table: 'T02', row: '合计', col: 2 }, '张审', '请核对').ok).toBe(true);
    const id = store.get().filing!.review.at(-1)!.id;
    expect(openNoteCells(store.get().filing!.review, 'T02').has('T02|合计|2')).toBe(true);
    expect(openNoteCells(store.get().filing!.review, 'T03').size).toBe(0);
    expect(replyToReviewNote(store, id, '填报人', '已改').ok).toBe(true);
    expect(resolveReviewNote(store, id, true).ok).toBe(true);
    expect(openNoteCells(store.get().filing!.review, 'T02').has('T02|合计|2')).toBe(false);
    expect(resolveReviewNote(store, 'no-such', true)).toEqual({ ok: false, message: '找不到审阅意见：no-such' });
  });

  it('signs with the reviewer’s name in review mode and as 填报人 otherwise', () => {
    expect(authorFor(true, ' 李审 ')).toBe('李审');
    expect(authorFor(true, '')).toBe('审阅人');
    expect(authorFor(false, '李审')).toBe('填报人');
  });
});

describe('labels and figures', () => {
  const template = getTemplate('shanxi-2022');
  it('names cells by 公开NN表, code or 行次, and column', () => {
    expect(cellLabel(template, 'T02', '2120899', 3)).toBe('公开02表 2120899 上级补助收入（栏3）');
    expect(cellLabel(template, 'T01', '1', 1)).toMatch(/^公开01表 行1 .*（栏1）$/);
    expect(cellLabel(template, 'T99', '1', 1)).toBe('T99 行1 栏1');
    expect(rowText(template, 'T01', '27')).toMatch(/^行27 /);
    expect(rowText(template, 'T02', '合计')).toBe('合计');
    expect(rowText(template, 'T02', '2120899')).toMatch(/^2120899 \S+/);
    expect(rowText(template, 'T02', '9999999')).toBe('9999999');
  });

  it('formats stored amounts as printed, blanks as （空）, and unreadable text as it is', () => {
    expect(formatStored('18877239.00', false, '元')).toBe('18,877,239.00');
    expect(formatStored('18877239.00', false, '万元')).toBe('1,887.72');
    expect(formatStored('3', true, '万元')).toBe('3');
    expect(formatStored(null, false, '元')).toBe('（空）');
    expect(formatStored('abc', false, '元')).toBe('abc');
  });
});
