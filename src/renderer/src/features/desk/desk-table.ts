// The desk's table: sort and filter the summary rows, and the row of the filing open in the app,
// recomputed from it so a note added there shows in the table at once.
import type { DeskScanRow } from '../../../../shared/host-api';
import type { Filing } from '../../../../shared/filing/types';
import type { Finding, Unchecked } from '../../../../shared/rules/types';
import type { Template } from '../../../../shared/templates/types';
import { deskRow, uncheckedOf } from '../../../../shared/desk/rows';

export type SortKey = 'file' | 'unit' | 'template' | 'year' | 'errors' | 'warnings' | 'unexplained' | 'unchecked' | 'notesOpen' | 'state';

export interface DeskView {
  sort: SortKey;
  /** true: descending (the worst first for counts). */
  desc: boolean;
  /** Matches 文件, 单位 or 模板 (any part). */
  text: string;
  /** '' = every state. */
  state: '' | DeskScanRow['state'];
}

const STATE_RANK: Record<DeskScanRow['state'], number> = { 无法读取: 3, 未通过: 2, 待说明: 1, 通过: 0 };

function compare(a: DeskScanRow, b: DeskScanRow, key: SortKey): number {
  if (key === 'state') return STATE_RANK[a.state] - STATE_RANK[b.state];
  const x = a[key];
  const y = b[key];
  if (typeof x === 'number' || typeof y === 'number' || x === null || y === null) return (Number(x ?? -1) || 0) - (Number(y ?? -1) || 0);
  return String(x).localeCompare(String(y), 'zh');
}

export function visibleRows(rows: readonly DeskScanRow[], view: DeskView): DeskScanRow[] {
  const text = view.text.trim().toLowerCase();
  const kept = rows.filter((r) => (!view.state || r.state === view.state) && (!text || [r.file, r.unit, r.template].some((s) => s.toLowerCase().includes(text))));
  // Ties keep the file order, so a sort by 强制 lists equal counts alphabetically.
  return kept
    .map((r, i) => ({ r, i }))
    .sort((p, q) => (view.desc ? -1 : 1) * compare(p.r, q.r, view.sort) || p.i - q.i)
    .map((p) => p.r);
}

/**
 * The row of the filing the app has open (its notes and explanations as they are now, saved or not).
 * A .jsgk row is recomputed from the open document; a workbook's or a published document's row keeps
 * what its read found (cells the import could not read, what the text did not let us decide) and
 * follows only the notes.
 */
export function liveRow(row: DeskScanRow, filing: Filing, template: Template, findings: readonly Finding[], unchecked: readonly Unchecked[]): DeskScanRow {
  if (!row.path.toLowerCase().endsWith('.jsgk')) {
    const resolved = filing.review.filter((n) => n.resolved).length;
    return { ...row, notesOpen: filing.review.length - resolved, notesResolved: resolved };
  }
  return { ...deskRow(row.file, filing, template, [...findings], uncheckedOf(filing, template, unchecked).length), path: row.path };
}
