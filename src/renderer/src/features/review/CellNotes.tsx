// Under a table's title: the focused cell's review notes, and in 审阅模式 a box to add one. Cells with
// open notes carry a marker on the grid (class js-note).
import { useState } from 'react';
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { useCurrentCell } from './current-cell';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { addReviewNote, authorFor, cellLabel, notesOnCell } from './review-model';
import { useReviewerName } from './reviewer-name';
import { ReviewerName, useNeedsReviewerName } from './ReviewerName';
import './review.css';

export function CellNotes({ table }: { table: string }) {
  const doc = useDoc();
  const store = useStore();
  const cell = useCurrentCell();
  const reviewer = useReviewerName();
  const needsName = useNeedsReviewerName();
  const [adding, setAdding] = useState<string | null>(null);
  const review = doc.filing?.review ?? [];
  const openInTable = review.filter((n) => !n.resolved && n.target.kind === 'cell' && n.target.table === table).length;
  const here = cell && cell.table === table ? cell : null;
  const notes = here ? notesOnCell(review, here.table, here.row, here.col) : [];
  if (!doc.review && openInTable === 0 && notes.length === 0) return null;
  const hereKey = here ? `${here.table}|${here.row}|${here.col}` : null;

  return (
    <div className="rv-cellbar" data-testid="cell-notes">
      <div className="rv-cellbar-head">
        {openInTable > 0 && <span className="rv-count">本表未解决的单元格意见 {openInTable} 条（单元格右上角有标记）</span>}
        {here ? (
          <span data-testid="cell-notes-cell">当前单元格：{cellLabel(doc.template, here.table, here.row, here.col)}</span>
        ) : (
          doc.review && <span className="muted">单击一个单元格，可以对它添加审阅意见。</span>
        )}
        {here && doc.review && adding !== hereKey && (
          <button type="button" onClick={() => setAdding(hereKey)} data-testid="cell-note-add">
            ＋ 对此单元格添加意见
          </button>
        )}
      </div>
      {here && adding === hereKey && needsName && <ReviewerName testId="cell-reviewer-name" />}
      {here && adding === hereKey && !needsName && (
        <NoteComposer
          label={`对 ${cellLabel(doc.template, here.table, here.row, here.col)} 的意见（署名：${authorFor(true, reviewer)}）`}
          placeholder="例如：该数与决算报表不一致，请核对。"
          submitLabel="添加意见"
          testId="cell-note-box"
          onCancel={() => setAdding(null)}
          onSubmit={(text) => {
            const r = addReviewNote(store, { kind: 'cell', ...here }, authorFor(true, reviewer), text);
            if (!r.ok) return r.message;
            setAdding(null);
            ui.status('已添加审阅意见（保存后写入文件，数据不变）。');
            return null;
          }}
        />
      )}
      {notes.length > 0 && (
        <ul className="rv-list">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} showTarget={false} />
          ))}
        </ul>
      )}
    </div>
  );
}
