// What the review views need besides the shared notes functions: who is writing, where a note points in
// words, which cells carry open notes, and the one way notes reach the store (replaceFiling, which in a
// read-only document changes nothing but the review section).
import type { Filing, ReviewNote } from '../../../../shared/filing/types';
import type { Finding } from '../../../../shared/rules/types';
import type { Template } from '../../../../shared/templates/types';
import { cellKey } from '../../../../shared/table/cell-ref';
import { cellWords } from '../../../../shared/table/cell-name';
import { addNote, describeTarget, replyToNote, setNoteResolved } from '../../../../shared/review/notes';
import type { NoteTarget } from '../../../../shared/review/notes';
import { findingKeyWords } from '../../../../shared/review/wording';
import type { DocStore } from '../../state/doc-store';

export const CLERK = '填报人';
export const REVIEWER = '审阅人';

/** 公开03表 for T03; the id itself for anything the template does not know. */
export function tableNumberOf(template: Template | null): (table: string) => string {
  return (table) => template?.tables.find((t) => t.id === table)?.number ?? table;
}

/** The cell as the template prints it (table/cell-name.ts cellWords): 公开02表 合计 财政拨款收入（栏2）, 表二 合计 财政拨款收入. */
export function cellLabel(template: Template | null, table: string, row: string, col: number): string {
  const def = template?.tables.find((t) => t.id === table);
  if (!def) return describeTarget({ kind: 'cell', table, row, col });
  return cellWords(template, { table, row, col });
}

export function targetLabel(target: NoteTarget, template: Template | null, findings: readonly Finding[]): string {
  if (target.kind === 'cell') return cellLabel(template, target.table, target.row, target.col);
  if (target.kind === 'finding') {
    return `审核结果：${findingKeyWords(target.key, template ?? undefined, findings)}`;
  }
  return describeTarget(target);
}

/** Keys ('T02|合计|2') of the cells of `table` that carry an open note. */
export function openNoteCells(review: readonly ReviewNote[], table: string): Set<string> {
  const out = new Set<string>();
  for (const n of review) {
    if (!n.resolved && n.target.kind === 'cell' && n.target.table === table) out.add(cellKey(n.target.table, n.target.row, n.target.col));
  }
  return out;
}

export function notesOnCell(review: readonly ReviewNote[], table: string, row: string, col: number): ReviewNote[] {
  return review.filter((n) => n.target.kind === 'cell' && n.target.table === table && n.target.row === row && n.target.col === col);
}

export function notesOnFinding(review: readonly ReviewNote[], key: string): ReviewNote[] {
  return review.filter((n) => n.target.kind === 'finding' && n.target.key === key);
}

function newId(): string {
  const rnd = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `note-${Date.now().toString(36)}-${rnd}`;
}

export type NoteResult = { ok: true } | { ok: false; message: string };

function change(store: DocStore, fn: (f: Filing) => Filing): NoteResult {
  const filing = store.get().filing;
  if (!filing) return { ok: false, message: '没有打开的文件。' };
  try {
    store.replaceFiling(fn(filing));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function addReviewNote(store: DocStore, target: NoteTarget, author: string, text: string): NoteResult {
  return change(store, (f) => addNote(f, { id: newId(), target, author, text, at: new Date().toISOString() }));
}

export function replyToReviewNote(store: DocStore, id: string, author: string, text: string): NoteResult {
  return change(store, (f) => replyToNote(f, id, { author, text, at: new Date().toISOString() }));
}

export function resolveReviewNote(store: DocStore, id: string, resolved: boolean): NoteResult {
  return change(store, (f) => setNoteResolved(f, id, resolved));
}

/** Who writes in this mode: the reviewer's saved name in 审阅模式, otherwise the clerk. */
export function authorFor(review: boolean, reviewerName: string): string {
  return review ? reviewerName.trim() || REVIEWER : CLERK;
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
