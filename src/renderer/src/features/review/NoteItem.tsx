// One review note: where it points, who wrote it and when, the text, the replies; reply, resolve, reopen.
import { useState } from 'react';
import type { ReviewNote } from '../../../../shared/filing/types';
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { NoteComposer } from './NoteComposer';
import { authorFor, formatTime, replyToReviewNote, resolveReviewNote, targetLabel } from './review-model';
import { useReviewerName } from './reviewer-name';

export function NoteItem({ note, showTarget = true }: { note: ReviewNote; showTarget?: boolean }) {
  const doc = useDoc();
  const store = useStore();
  const reviewer = useReviewerName();
  const [replying, setReplying] = useState(false);
  const author = authorFor(doc.review, reviewer);
  const target = note.target;

  const goTo = () => {
    if (target.kind === 'cell') store.focusCell({ table: target.table, row: target.row, col: target.col });
  };
  const setResolved = (resolved: boolean) => {
    const r = resolveReviewNote(store, note.id, resolved);
    ui.status(r.ok ? (resolved ? '已将该意见标记为已解决（保存后生效）。' : '已重新打开该意见（保存后生效）。') : r.message, r.ok ? 'info' : 'error');
  };

  return (
    <li className={`rv-note${note.resolved ? ' rv-resolved' : ''}`} data-testid="review-note" data-note-id={note.id} data-resolved={note.resolved ? 'yes' : 'no'}>
      <div className="rv-note-head">
        <span className="rv-state" aria-label={note.resolved ? '已解决' : '未解决'}>
          {note.resolved ? '✓ 已解决' : '● 未解决'}
        </span>
        {showTarget &&
          (target.kind === 'cell' ? (
            <button type="button" className="link rv-target" onClick={goTo} title="转到该单元格" data-testid="review-note-target">
              {targetLabel(target, doc.template, doc.findings)}
            </button>
          ) : (
            <span className="rv-target" data-testid="review-note-target">
              {targetLabel(target, doc.template, doc.findings)}
            </span>
          ))}
        <span className="muted">
          {note.author}（{formatTime(note.at)}）
        </span>
      </div>
      <p className="rv-text" data-testid="review-note-text">
        {note.text}
      </p>
      {note.replies.length > 0 && (
        <ul className="rv-replies">
          {note.replies.map((r, i) => (
            <li key={i} data-testid="review-reply-item">
              <span className="muted">
                {r.author}（{formatTime(r.at)}）：
              </span>
              {r.text}
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <NoteComposer
          label={`答复（署名：${author}）`}
          placeholder="说明已如何处理，或为什么数据无误。"
          submitLabel="提交答复"
          testId="review-reply-box"
          onCancel={() => setReplying(false)}
          onSubmit={(text) => {
            const r = replyToReviewNote(store, note.id, author, text);
            if (!r.ok) return r.message;
            setReplying(false);
            ui.status('已添加答复（保存后写入文件）。');
            return null;
          }}
        />
      ) : (
        <div className="rv-actions">
          <button type="button" className="link" onClick={() => setReplying(true)} data-testid="review-reply">
            答复
          </button>
          {note.resolved ? (
            <button type="button" className="link" onClick={() => setResolved(false)} data-testid="review-reopen">
              重新打开
            </button>
          ) : (
            <button type="button" className="link" onClick={() => setResolved(true)} data-testid="review-resolve">
              标记为已解决
            </button>
          )}
        </div>
      )}
    </li>
  );
}
