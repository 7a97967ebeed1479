// On each finding in the findings panel: its review notes, and in 审阅模式 添加意见.
import { useState } from 'react';
import type { Finding } from '../../../../shared/rules/types';
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { addReviewNote, authorFor, notesOnFinding } from './review-model';
import { useReviewerName } from './reviewer-name';
import { ReviewerName, useNeedsReviewerName } from './ReviewerName';
import './review.css';

export function FindingNotes({ finding }: { finding: Finding }) {
  const doc = useDoc();
  const store = useStore();
  const reviewer = useReviewerName();
  const needsName = useNeedsReviewerName();
  const [adding, setAdding] = useState(false);
  const notes = notesOnFinding(doc.filing?.review ?? [], finding.key);
  if (!doc.review && notes.length === 0) return null;
  return (
    <div className="rv-finding" data-testid="finding-notes">
      {notes.length > 0 && (
        <ul className="rv-list">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} showTarget={false} />
          ))}
        </ul>
      )}
      {doc.review &&
        (adding && needsName ? (
          <ReviewerName testId="finding-reviewer-name" />
        ) : adding ? (
          <NoteComposer
            label={`对该审核结果的意见（署名：${authorFor(true, reviewer)}）`}
            placeholder="例如：出错说明不充分，请补充依据。"
            submitLabel="添加意见"
            testId="finding-note-box"
            onCancel={() => setAdding(false)}
            onSubmit={(text) => {
              const r = addReviewNote(store, { kind: 'finding', key: finding.key }, authorFor(true, reviewer), text);
              if (!r.ok) return r.message;
              setAdding(false);
              ui.status('已添加审阅意见（保存后写入文件）。');
              return null;
            }}
          />
        ) : (
          <button type="button" className="link" onClick={() => setAdding(true)} data-testid="finding-note-add">
            添加审阅意见…
          </button>
        ))}
    </div>
  );
}
