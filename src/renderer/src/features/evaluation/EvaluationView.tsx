// 绩效自评: the projects on the left (add, remove, reorder), the selected project's form on the right.
import { useState, useRef } from 'react';
import type { Evaluation } from '../../../../shared/evaluation/types';
import { formatRate, formatScore, scoreEvaluation } from '../../../../shared/evaluation/scoring';
import { summarizeEvaluations } from '../../../../shared/evaluation/summary';
import { moveItem, newEvaluation, replaceEvaluation } from '../../../../shared/evaluation/edit';
import type { FeatureViewProps } from './props';
import { EvaluationForm } from './EvaluationForm';
import { evaluationEditStep } from './edit-step';
import { useFieldFocus } from './field-focus';
import './forms.css';

export type EvaluationViewProps = FeatureViewProps & {
  /** A request (from the findings panel) to open one project's form at one field; seq makes repeats count. */
  focus?: { evaluation: string; field?: string; seq: number } | null;
};

/** "优1个、良2个；" for the graded forms only, and how many are not graded yet: nothing for an empty list. */
function gradeCounts(grades: Record<string, number>, forms: number): string {
  const graded = Object.entries(grades).filter(([, n]) => n > 0);
  const ungraded = forms - graded.reduce((a, [, n]) => a + n, 0);
  const parts = graded.map(([g, n]) => `${g}${n}个`);
  if (ungraded > 0) parts.push(`未评等级${ungraded}个`);
  return parts.length ? parts.join('、') + '；' : '';
}

export function EvaluationView({ filing, findings, readOnly, onChange, focus }: EvaluationViewProps) {
  const list = filing.evaluations;
  const [selectedId, setSelectedId] = useState<string | null>(focus?.evaluation ?? list[0]?.id ?? null);
  const body = useRef<HTMLElement>(null);
  useFieldFocus(focus, setSelectedId, body);
  /** The project whose ✕ was pressed once: a second press deletes it. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const selected = list.find((e) => e.id === selectedId) ?? list[0] ?? null;
  const summary = summarizeEvaluations(list);

  const add = () => {
    const ev = newEvaluation(filing);
    onChange({ ...filing, evaluations: [...list, ev] }, { label: '新增 绩效自评项目' });
    setSelectedId(ev.id);
  };
  const remove = (ev: Evaluation) => {
    if (confirming !== ev.id) {
      setConfirming(ev.id);
      return;
    }
    setConfirming(null);
    const rest = list.filter((e) => e.id !== ev.id);
    onChange({ ...filing, evaluations: rest }, { label: `删除 项目“${ev.name || '（未命名）'}”` });
    setSelectedId(rest[0]?.id ?? null);
  };
  const move = (index: number, delta: number) => onChange({ ...filing, evaluations: moveItem(list, index, delta) }, { label: `移动 项目“${list[index]?.name || '（未命名）'}”` });

  return (
    <div className="fv" data-testid="pe-view">
      <aside className="fv-list">
        <h3>项目支出绩效自评（{list.length}个）</h3>
        <ol data-testid="pe-list">
          {list.map((ev, i) => {
            const s = scoreEvaluation(ev);
            const warn = findings.some((f) => f.field?.kind === 'evaluation' && f.field.evaluation === ev.id);
            return (
              <li key={ev.id} className={ev.id === selected?.id ? 'selected' : ''} data-testid="pe-list-item">
                <button type="button" className="fv-item-name" onClick={() => setSelectedId(ev.id)} title={ev.name}>
                  {warn && <span className="st-warn">● </span>}
                  {ev.name || '（未命名项目）'}
                </button>
                {s.grade && <span className="fv-item-grade" data-testid="pe-list-grade">{formatScore(s.total)}分 {s.grade}</span>}
                <button type="button" className="fv-small" title="上移" disabled={readOnly || i === 0} onClick={() => move(i, -1)}>↑</button>
                <button type="button" className="fv-small" title="下移" disabled={readOnly || i === list.length - 1} onClick={() => move(i, 1)}>↓</button>
                <button type="button" className="fv-small" title="删除此项目（再点一次确认）" disabled={readOnly} onClick={() => remove(ev)} onBlur={() => setConfirming(null)} data-testid="pe-remove">
                  {confirming === ev.id ? '确认删除' : '✕'}
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" disabled={readOnly} onClick={add} data-testid="pe-add">＋ 添加项目</button>
        <p className="pe-note" data-testid="pe-summary">
          共{summary.forms}个项目，预算合计{summary.fundsWan.toString()}万元；{gradeCounts(summary.grades, summary.forms)}公开{summary.published}个（{formatRate(summary.disclosureRate)}）。
        </p>
      </aside>
      <section className="fv-body" ref={body}>
        {selected ? (
          <EvaluationForm key={selected.id} ev={selected} findings={findings} readOnly={readOnly} onCommit={(next) => onChange(replaceEvaluation(filing, next), evaluationEditStep(selected, next))} />
        ) : (
          <p className="muted">还没有项目。点击“添加项目”开始填写项目支出绩效自评表。</p>
        )}
      </section>
    </div>
  );
}
