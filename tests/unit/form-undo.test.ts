// Undo of form and field edits (绩效自评, 情况说明, 概况) in the one history the grid uses: each clerk's edit is
// one step worded as the others, undo and redo put the filing and its findings back and reopen the field;
// a typing burst in one field is one step; what is not an edit (unit, review notes) survives an undo.
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import type { Evaluation } from '../../src/shared/evaluation/types';
import { DocStore } from '../../src/renderer/src/state/doc-store';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { replaceEvaluation } from '../../src/shared/evaluation/edit';
import { setSourceAmount } from '../../src/shared/evaluation/mof';
import { evaluationEditStep } from '../../src/renderer/src/features/evaluation/edit-step';
import { addReviewNote } from '../../src/renderer/src/features/review/review-model';
import { mofForm } from '../support/mof-form-fixture';

function open(filing: Filing = sampleFiling(), readOnly = false): DocStore {
  const store = new DocStore();
  store.load({ filing, template: getTemplate(filing.template), path: '/tmp/x.jsgk', mtimeMs: 1, readOnly });
  return store;
}

/** Commit a changed form as EvaluationView does. */
function commit(store: DocStore, id: string, change: (ev: Evaluation) => Evaluation, now?: number) {
  const filing = store.get().filing!;
  const prev = filing.evaluations.find((e) => e.id === id)!;
  const next = change(prev);
  return store.editFiling(replaceEvaluation(filing, next), evaluationEditStep(prev, next), now);
}

const ruleIds = (s: DocStore) => s.get().findings.map((f) => `${f.rule}|${f.field?.kind === 'evaluation' ? f.field.field : ''}`).sort();

describe('form edits are undo steps', () => {
  it('undoes a self-evaluation score with its findings, says what and where, reopens the field; redo brings it back', () => {
    const store = open();
    const findingsBefore = ruleIds(store);
    expect(commit(store, 'pe01', (ev) => ({ ...ev, executionScore: '12' }), 1000).ok).toBe(true);
    expect(store.get().filing!.evaluations[0].executionScore).toBe('12');
    expect(ruleIds(store)).not.toEqual(findingsBefore);
    expect(store.get().undo.at(-1)!.label).toBe('修改 项目“精准扶贫干部驻村生活补贴” 项目执行情况自评得分');
    store.setView('T01');

    const u = store.undo();
    expect(u).toEqual({ ok: true, message: '已撤销：修改 项目“精准扶贫干部驻村生活补贴” 项目执行情况自评得分' });
    expect(store.get().filing!.evaluations[0].executionScore).toBe('10');
    expect(ruleIds(store)).toEqual(findingsBefore);
    expect(store.get().view).toBe('evaluation');
    expect(store.get().fieldFocus?.field).toEqual({ kind: 'evaluation', evaluation: 'pe01', field: 'executionScore' });

    const r = store.redo();
    expect(r.ok && r.message).toBe('已恢复：修改 项目“精准扶贫干部驻村生活补贴” 项目执行情况自评得分');
    expect(store.get().filing!.evaluations[0].executionScore).toBe('12');
    expect(store.get().undo).toHaveLength(1);
    expect(store.get().redo).toHaveLength(0);
  });

  it('names a MOF source figure by its line and column and reopens that input', () => {
    const base = sampleFiling();
    const store = open({ ...base, evaluations: [mofForm()] });
    commit(store, 'pe01', (ev) => setSourceAmount(ev, 1, 'spent', '70'), 1000);
    expect(store.get().undo.at(-1)!.label).toBe('修改 项目“智慧城市运维” 当年财政拨款全年执行数');
    const sources = store.get().filing!.evaluations[0].sources!;
    expect(sources[1].spent).toBe('70');
    expect(store.undo().ok).toBe(true);
    expect(store.get().filing!.evaluations[0].sources![1].spent).toBe('75');
    expect(store.get().filing!.evaluations[0].sources![0].spent).toBe('90');
    expect(store.get().fieldFocus?.field).toEqual({ kind: 'evaluation', evaluation: 'pe01', field: 'sources.1.spent' });
  });

  it('makes one step of a typing burst in one field (committed on a pause, then on blur), two of separate edits', () => {
    const store = open();
    commit(store, 'pe01', (ev) => ({ ...ev, conclusion: '良' }), 1000);
    commit(store, 'pe01', (ev) => ({ ...ev, conclusion: '良好' }), 1700);
    expect(store.get().undo).toHaveLength(1);
    commit(store, 'pe01', (ev) => ({ ...ev, problems: '无' }), 1800);
    expect(store.get().undo).toHaveLength(2);
    // The same field again much later is a new edit.
    commit(store, 'pe01', (ev) => ({ ...ev, problems: '无重大问题' }), 60_000);
    expect(store.get().undo).toHaveLength(3);
    store.undo();
    store.undo();
    store.undo();
    expect(store.get().filing!.evaluations[0].conclusion).toBe(sampleFiling().evaluations[0].conclusion);
    expect(store.get().undo).toHaveLength(0);
  });

  it('shares one history with cell edits, in order', () => {
    const store = open();
    expect(store.apply([{ kind: 'cell', table: 'T02', row: '2120899', col: 3, value: '1.00' }], '输入').ok).toBe(true);
    commit(store, 'pe02', (ev) => ({ ...ev, executionScore: '8' }));
    const first = store.undo();
    expect(first.ok && first.message).toContain('项目执行情况自评得分');
    expect(store.get().filing!.tables.T02['2120899']['3']).toBe('1.00');
    const second = store.undo();
    expect(second.ok && second.message).toContain('已撤销：输入 公开');
    expect(store.get().filing!.tables.T02['2120899']?.['3']).not.toBe('1.00');
    expect(store.get().filing!.evaluations[1].executionScore).toBe('9');
    store.redo();
    store.redo();
    expect(store.get().filing!.tables.T02['2120899']['3']).toBe('1.00');
    expect(store.get().filing!.evaluations[1].executionScore).toBe('8');
  });

  it('keeps the 元/万元 switch and review notes made after the edit when undoing it', () => {
    const store = open();
    commit(store, 'pe01', (ev) => ({ ...ev, executionScore: '7' }));
    store.setUnit('万元');
    expect(addReviewNote(store, { kind: 'filing' }, '张审', '请核对。').ok).toBe(true);
    store.undo();
    expect(store.get().filing!.evaluations[0].executionScore).toBe('10');
    expect(store.get().filing!.meta.unit).toBe('万元');
    expect(store.get().filing!.review.map((n) => n.text)).toEqual(['请核对。']);
  });

  it('records 情况说明 and 概况 edits with their words, and refuses edits in a read-only file', () => {
    const store = open();
    const f = store.get().filing!;
    store.editFiling({ ...f, overview: { ...f.overview, duties: '新职责' } }, { label: '修改 概况 本部门（单位）职责', key: 'duties' });
    const u = store.undo();
    expect(u.ok && u.message).toBe('已撤销：修改 概况 本部门（单位）职责');
    expect(store.get().filing!.overview.duties).toBe(f.overview.duties);
    expect(store.get().view).toBe('overview');

    const ro = open(sampleFiling(), true);
    const g = ro.get().filing!;
    const r = ro.editFiling({ ...g, overview: { ...g.overview, duties: '改' } }, { label: 'x', key: 'x' });
    expect(r.ok).toBe(false);
    expect(ro.get().filing!.overview.duties).toBe(g.overview.duties);
    expect(ro.get().undo).toHaveLength(0);
  });

  it('words indicator and funding edits of the Shanxi form', () => {
    const ev = sampleFiling().evaluations[0];
    const ind = ev.indicators[0];
    const step = evaluationEditStep(ev, { ...ev, indicators: ev.indicators.map((i, k) => (k === 0 ? { ...i, actual: '99' } : i)) });
    expect(step.label).toBe(`修改 项目“${ev.name}” 指标“${ind.name}” 全年完成值`);
    expect(step.field).toEqual({ kind: 'evaluation', evaluation: ev.id, field: `indicators.${ind.id}.actual` });
    const funding = evaluationEditStep(ev, { ...ev, spent: { ...ev.spent, total: '1' } });
    expect(funding.label).toBe(`修改 项目“${ev.name}” 实际执行金额合计`);
    expect(funding.field.kind === 'evaluation' && funding.field.field).toBe('spent.total');
  });
});
