// Compare two versions of a filing: changed cells with old and new values, coded rows added and removed,
// metadata, explanations and review notes. Compares entered values; computed cells follow from them.
import type { Filing, TableValues } from '../types/filing';

export interface CellChange {
  table: string;
  row: string;
  col: number;
  before: string | null;
  after: string | null;
}

export interface RowChange {
  table: string;
  row: string;
}

export interface FilingComparison {
  cells: CellChange[];
  rowsAdded: RowChange[];
  rowsRemoved: RowChange[];
  meta: Array<{ field: string; before: string; after: string }>;
  explanations: Array<{ key: string; before: string | null; after: string | null }>;
  notesAdded: string[];
  notesRemoved: string[];
  notesChanged: string[];
  /** True when nothing differs. */
  same: boolean;
}

function sortedKeys(...objs: Array<Record<string, unknown> | undefined>): string[] {
  const keys = new Set<string>();
  for (const o of objs) if (o) for (const k of Object.keys(o)) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function compareTable(table: string, a: TableValues = {}, b: TableValues = {}, out: FilingComparison): void {
  for (const row of sortedKeys(a, b)) {
    const ra = a[row];
    const rb = b[row];
    if (ra === undefined) out.rowsAdded.push({ table, row });
    else if (rb === undefined) out.rowsRemoved.push({ table, row });
    for (const col of sortedKeys(ra, rb)) {
      const before = ra?.[col] ?? null;
      const after = rb?.[col] ?? null;
      if (before !== after) out.cells.push({ table, row, col: Number(col), before, after });
    }
  }
}

export function compareFilings(before: Filing, after: Filing): FilingComparison {
  const out: FilingComparison = {
    cells: [],
    rowsAdded: [],
    rowsRemoved: [],
    meta: [],
    explanations: [],
    notesAdded: [],
    notesRemoved: [],
    notesChanged: [],
    same: false,
  };
  for (const table of sortedKeys(before.tables, after.tables)) {
    compareTable(table, before.tables[table], after.tables[table], out);
  }
  const metaFields: Array<keyof Filing['meta']> = ['department', 'year', 'unit', 'sourceUnit'];
  for (const f of metaFields) {
    const x = String(before.meta[f]);
    const y = String(after.meta[f]);
    if (x !== y) out.meta.push({ field: f, before: x, after: y });
  }
  for (const key of sortedKeys(before.explanations, after.explanations)) {
    const x = before.explanations[key] ?? null;
    const y = after.explanations[key] ?? null;
    if (x !== y) out.explanations.push({ key, before: x, after: y });
  }
  const notesBefore = new Map(before.review.map((n) => [n.id, n]));
  const notesAfter = new Map(after.review.map((n) => [n.id, n]));
  for (const [id, n] of notesAfter) {
    const old = notesBefore.get(id);
    if (!old) out.notesAdded.push(id);
    else if (JSON.stringify(old) !== JSON.stringify(n)) out.notesChanged.push(id);
  }
  for (const id of notesBefore.keys()) if (!notesAfter.has(id)) out.notesRemoved.push(id);
  out.same =
    out.cells.length + out.rowsAdded.length + out.rowsRemoved.length + out.meta.length + out.explanations.length +
      out.notesAdded.length + out.notesRemoved.length + out.notesChanged.length ===
    0;
  return out;
}
