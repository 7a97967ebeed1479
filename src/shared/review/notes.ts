// Review notes (审阅意见): a reviewer's notes on a cell, a finding or the filing as a whole. They live in
// their own section of the file and never touch the data. Pure functions: each returns a new filing.
import type { Filing, ReviewNote } from '../types/filing';

export type NoteTarget = ReviewNote['target'];

const MAX_NOTE = 5000;

function checkText(text: string): string {
  const t = text.trim();
  if (t === '') throw new Error('意见内容不能为空');
  if (t.length > MAX_NOTE) throw new Error(`意见内容过长（${t.length} 字），最多 ${MAX_NOTE} 字`);
  return t;
}

export function addNote(filing: Filing, note: { id: string; target: NoteTarget; author: string; text: string; at: string }): Filing {
  if (filing.review.some((n) => n.id === note.id)) throw new Error(`意见编号重复：${note.id}`);
  const added: ReviewNote = { ...note, text: checkText(note.text), author: note.author.trim() || '审阅人', resolved: false, replies: [] };
  return { ...filing, review: [...filing.review, added] };
}

function updateNote(filing: Filing, id: string, change: (n: ReviewNote) => ReviewNote): Filing {
  const i = filing.review.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`找不到审阅意见：${id}`);
  const review = filing.review.slice();
  review[i] = change(review[i]);
  return { ...filing, review };
}

export function replyToNote(filing: Filing, id: string, reply: { author: string; text: string; at: string }): Filing {
  const text = checkText(reply.text);
  return updateNote(filing, id, (n) => ({ ...n, replies: [...n.replies, { author: reply.author.trim() || '填报人', text, at: reply.at }] }));
}

export function setNoteResolved(filing: Filing, id: string, resolved: boolean): Filing {
  return updateNote(filing, id, (n) => ({ ...n, resolved }));
}

export function removeNote(filing: Filing, id: string): Filing {
  if (!filing.review.some((n) => n.id === id)) throw new Error(`找不到审阅意见：${id}`);
  return { ...filing, review: filing.review.filter((n) => n.id !== id) };
}

/** Where a note points, in words: "公开03表 2010504 栏1", "提示 X.…", "整个文件". */
export function describeTarget(target: NoteTarget, tableNumber: (table: string) => string = (t) => t): string {
  switch (target.kind) {
    case 'cell':
      return `${tableNumber(target.table)} ${/^\d{1,2}$/.test(target.row) ? '行' + target.row : target.row} 栏${target.col}`;
    case 'finding':
      return `审核结果 ${target.key}`;
    case 'filing':
      return '整个文件';
  }
}

export function openNotes(filing: Filing): ReviewNote[] {
  return filing.review.filter((n) => !n.resolved);
}
