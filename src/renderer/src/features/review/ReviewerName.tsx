// Who is reviewing: asked before the first note or verdict (nothing is signed "审阅人" by default), kept
// in the host settings, changeable in the review page.
import { useState } from 'react';
import { ui } from '../../state/ui-store';
import { useDoc } from '../../state/use-doc';
import { saveReviewerName, useReviewerName } from './reviewer-name';

/** True in 审阅模式 while no reviewer name is saved: notes and verdicts wait for it. */
export function useNeedsReviewerName(): boolean {
  const doc = useDoc();
  const name = useReviewerName();
  return doc.review && name.trim() === '';
}

export function ReviewerName({ testId = 'reviewer-name' }: { testId?: string }) {
  const saved = useReviewerName();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const asking = saved.trim() === '';
  if (!editing && !asking) {
    return (
      <p className="rv-reviewer">
        审阅人：<strong data-testid={testId}>{saved}</strong>
        <button type="button" className="link" onClick={() => (setText(saved), setEditing(true))} data-testid={`${testId}-edit`}>
          修改
        </button>
      </p>
    );
  }
  const save = async () => {
    if (text.trim() === '') {
      ui.status('请填写审阅人姓名：意见和审阅结论都以此署名。', 'error');
      return;
    }
    try {
      await saveReviewerName(text);
      setEditing(false);
      ui.status('审阅人姓名已保存，以后的意见和审阅结论都用这个署名。');
    } catch (e) {
      ui.status(`审阅人姓名未保存：${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };
  return (
    <div className="rv-reviewer rv-reviewer-ask" data-testid={`${testId}-form`}>
      {asking && <span>请先填写审阅人姓名：以后的每条意见和审阅结论都以此署名（保存在本机设置中）。</span>}
      <label>
        审阅人姓名
        <input type="text" value={text} maxLength={40} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void save()} data-testid={`${testId}-input`} />
      </label>
      <button type="button" onClick={() => void save()} data-testid={`${testId}-save`}>
        保存姓名
      </button>
      {!asking && (
        <button type="button" onClick={() => setEditing(false)}>
          取消
        </button>
      )}
    </div>
  );
}
