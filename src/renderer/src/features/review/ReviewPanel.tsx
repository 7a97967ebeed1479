// 审阅意见: every note, open first; add a note on the whole filing or on the cell last focused in a
// table; the reviewer's name. Notes change only the review section of the file.
import { useState } from 'react';
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { useCurrentCell } from './current-cell';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { addReviewNote, authorFor, cellLabel } from './review-model';
import { useReviewerName } from './reviewer-name';
import { ReviewerName, useNeedsReviewerName } from './ReviewerName';
import { VerdictPanel } from './VerdictPanel';

export function ReviewPanel() {
  const doc = useDoc();
  const store = useStore();
  const reviewer = useReviewerName();
  const cell = useCurrentCell();
  const [adding, setAdding] = useState<'filing' | 'cell' | null>(null);
  const notes = doc.filing?.review ?? [];
  const open = notes.filter((n) => !n.resolved);
  const resolved = notes.filter((n) => n.resolved);
  const author = authorFor(true, reviewer);
  const needsName = useNeedsReviewerName();

  const add = (text: string): string | null => {
    const target = adding === 'cell' && cell ? { kind: 'cell' as const, ...cell } : { kind: 'filing' as const };
    const r = addReviewNote(store, target, author, text);
    if (!r.ok) return r.message;
    setAdding(null);
    ui.status('已添加审阅意见（保存后写入文件，数据不变）。');
    return null;
  };

  return (
    <section className="rv-panel" data-testid="review-panel">
      {doc.review ? (
        <p className="rv-mode">审阅模式：只读。数据、表单和文字都不能修改；意见保存在文件的单独部分，按“保存”即写入原文件。</p>
      ) : (
        <p className="rv-mode muted">填报人模式：可以答复审阅意见、标记为已解决；修改后请保存。</p>
      )}
      {doc.review && <ReviewerName />}
      {doc.review && !needsName && (
        <div className="rv-actions">
          <button type="button" onClick={() => setAdding('filing')} data-testid="filing-note-add">
            ＋ 对整个文件添加意见
          </button>
          {cell && (
            <button type="button" onClick={() => setAdding('cell')} data-testid="panel-cell-note-add">
              ＋ 对 {cellLabel(doc.template, cell.table, cell.row, cell.col)} 添加意见
            </button>
          )}
        </div>
      )}
      {adding && !needsName && (
        <NoteComposer
          key={adding}
          label={`${adding === 'cell' && cell ? `对 ${cellLabel(doc.template, cell.table, cell.row, cell.col)}` : '对整个文件'}的意见（署名：${author}）`}
          placeholder="写下需要填报人处理的问题。"
          submitLabel="添加意见"
          testId="panel-note-box"
          onCancel={() => setAdding(null)}
          onSubmit={add}
        />
      )}
      <VerdictPanel />
      <h3>
        未解决 <span className="muted">（{open.length}）</span>
      </h3>
      {open.length === 0 ? (
        <p className="muted" data-testid="review-open-empty">
          没有未解决的审阅意见。
        </p>
      ) : (
        <ul className="rv-list" data-testid="review-open">
          {open.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
      <h3>
        已解决 <span className="muted">（{resolved.length}）</span>
      </h3>
      {resolved.length === 0 ? (
        <p className="muted">没有已解决的审阅意见。</p>
      ) : (
        <ul className="rv-list" data-testid="review-resolved">
          {resolved.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
    </section>
  );
}
