// 审阅结论: per filing and per table, 通过 or 退回 with the reason. The reviewer sets them in 审阅模式;
// the clerk sees them (and the reasons) in the same place. Saved with the notes.
import { useState } from 'react';
import type { ReviewVerdict } from '../../../../shared/filing/types';
import { FILING_TARGET, setVerdict, verdictOn, verdictTargetName } from '../../../../shared/review/verdicts';
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { formatTime } from './review-model';
import { useReviewerName } from './reviewer-name';
import { useNeedsReviewerName } from './ReviewerName';

function VerdictRow({ target, name }: { target: string; name: string }) {
  const doc = useDoc();
  const store = useStore();
  const reviewer = useReviewerName();
  const needsName = useNeedsReviewerName();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const v = doc.filing ? verdictOn(doc.filing, target) : undefined;
  const decide = (verdict: ReviewVerdict['verdict']) => {
    const filing = store.get().filing;
    if (!filing) return;
    try {
      store.replaceFiling(setVerdict(filing, { target, verdict, reason: verdict === '退回' ? reason : '', reviewer, at: new Date().toISOString() }));
      setReturning(false);
      setError(null);
      ui.status(`${name}：${verdict}（保存后写入文件）。`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr data-testid="verdict-row" data-target={target}>
      <td>{name}</td>
      <td data-testid="verdict-state" className={v?.verdict === '退回' ? 'st-err' : v ? 'st-ok' : 'muted'}>
        {v ? v.verdict : '未审阅'}
      </td>
      <td data-testid="verdict-reason">
        {v?.reason}
        {v && <span className="muted">（{v.reviewer}，{formatTime(v.at)}）</span>}
        {returning && (
          <div className="rv-composer">
            <textarea value={reason} rows={2} placeholder="退回原因：填报人要据此修改。" onChange={(e) => setReason(e.target.value)} data-testid="verdict-reason-input" />
            {error && <p className="st-err" role="alert">{error}</p>}
            <div className="rv-actions">
              <button type="button" onClick={() => decide('退回')} data-testid="verdict-return-submit">确认退回</button>
              <button type="button" onClick={() => setReturning(false)}>取消</button>
            </div>
          </div>
        )}
      </td>
      {doc.review && (
        <td className="rv-verdict-actions">
          <button type="button" disabled={needsName} onClick={() => decide('通过')} data-testid="verdict-pass">通过</button>
          <button type="button" disabled={needsName} onClick={() => (setReason(v?.reason ?? ''), setReturning(true))} data-testid="verdict-return">退回…</button>
        </td>
      )}
    </tr>
  );
}

export function VerdictPanel() {
  const doc = useDoc();
  const tables = doc.template?.tables ?? [];
  const verdicts = doc.filing?.verdicts ?? [];
  // The clerk sees the verdicts given; the reviewer sees every target to decide on.
  const targets = [FILING_TARGET, ...tables.map((t) => t.id)].filter((t) => doc.review || verdicts.some((v) => v.target === t));
  if (targets.length === 0) return null;
  const returned = verdicts.filter((v) => v.verdict === '退回').length;
  return (
    <section data-testid="verdicts">
      <h3>
        审阅结论{' '}
        {!doc.review && returned > 0 && <span className="st-err" data-testid="verdicts-returned">（退回 {returned} 项，请按原因修改后再送审）</span>}
      </h3>
      <table className="rv-table">
        <thead>
          <tr><th>对象</th><th>结论</th><th>退回原因</th>{doc.review && <th>操作</th>}</tr>
        </thead>
        <tbody>
          {targets.map((t) => <VerdictRow key={t} target={t} name={verdictTargetName(t, tables)} />)}
        </tbody>
      </table>
    </section>
  );
}
