// 出错说明 for a 提示: the clerk writes why the figure stands; it travels with the file (an undoable edit).
import { useState } from 'react';
import type { Finding } from '../../../shared/rules/types';
import { useDoc, useStore } from '../state/use-doc';
import { ui } from '../state/ui-store';

export function ExplanationBox({ finding }: { finding: Finding }) {
  const store = useStore();
  const doc = useDoc();
  const saved = doc.filing?.explanations[finding.key] ?? finding.explanation ?? '';
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(saved);

  const commit = (value: string | null) => {
    const r = store.apply([{ kind: 'explanation', key: finding.key, text: value }], '出错说明');
    if (!r.ok) ui.status(r.message, 'error');
    else setEditing(false);
  };

  if (saved && !editing) {
    return (
      <div className="explanation done" data-testid="explanation-done">
        <span className="st-ok">✓ 已说明：</span>
        <span className="explanation-text">{saved}</span>
        <button type="button" className="link" onClick={() => (setText(saved), setEditing(true))} disabled={doc.readOnly}>
          修改
        </button>
      </div>
    );
  }
  return (
    <div className="explanation" onClick={(e) => e.stopPropagation()}>
      <label>
        出错说明
        <textarea
          value={text}
          rows={2}
          placeholder="说明该提示成立的原因，例如：差额为单位自有资金安排的医疗保险缴费。"
          onChange={(e) => setText(e.target.value)}
          disabled={doc.readOnly}
          data-testid="explanation-input"
        />
      </label>
      <div className="explanation-actions">
        <button type="button" onClick={() => commit(text.trim() === '' ? null : text.trim())} disabled={doc.readOnly || (text.trim() === '' && !saved)} data-testid="explanation-save">
          保存说明
        </button>
        {editing && (
          <button type="button" onClick={() => (setText(saved), setEditing(false))}>
            取消
          </button>
        )}
      </div>
    </div>
  );
}
