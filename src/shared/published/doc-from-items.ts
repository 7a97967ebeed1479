// PDF text items → lines of cells: items on one baseline form a line; items that touch form one cell,
// a gap wider than about a third of the font size starts a new cell (table columns, chart labels).
import type { DocCell, DocLine, PageRule, PublishedDoc, TextItem } from './types';
import { withoutRunningHeaders } from './types';

function mergeCells(items: TextItem[]): DocCell[] {
  const cells: DocCell[] = [];
  let cur: (DocCell & { h: number }) | null = null;
  for (const it of items) {
    const h = Math.max(it.height, 1);
    const x1 = it.x + it.width;
    if (cur && it.x - cur.x1 <= Math.max(cur.h, h) * 0.35) {
      cur.text += it.str;
      cur.x1 = Math.max(cur.x1, x1);
      cur.h = Math.max(cur.h, h);
    } else {
      if (cur) cells.push(cur);
      cur = { text: it.str, x0: it.x, x1, h };
    }
  }
  if (cur) cells.push(cur);
  return cells
    .map((c) => ({ text: c.text.replace(/\s+/g, ' ').trim(), x0: c.x0, x1: c.x1 }))
    .filter((c) => c.text !== '');
}

/** A lone number (or 第N页, - N -, 第N页 共M页) in the bottom band of a page is its printed page number. */
function pageNumberOf(line: DocLine): number | null {
  if (line.cells.length !== 1) return null;
  // "共 M 页" after it: the app's own footer (第 N 页 共 M 页), and many a publisher's.
  const m = /^(?:第\s*)?[-—]?\s*(\d{1,4})\s*[-—]?(?:\s*页)?(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/.exec(line.cells[0].text);
  return m ? Number(m[1]) : null;
}

export function docFromItems(items: TextItem[], pageCount: number, pageHeights: number[], rules: PageRule[] = []): PublishedDoc {
  const lines: DocLine[] = [];
  const printedPage: Array<number | null> = [];
  for (let p = 0; p < pageCount; p++) {
    const onPage = items.filter((i) => i.page === p && i.str.trim() !== '' && i.height > 0);
    onPage.sort((a, b) => b.y - a.y || a.x - b.x);
    const rows: TextItem[][] = [];
    for (const it of onPage) {
      const last = rows[rows.length - 1];
      const ref = last?.[0];
      if (ref && Math.abs(ref.y - it.y) <= Math.min(ref.height, it.height) * 0.45) last.push(it);
      else rows.push([it]);
    }
    const pageLines: Array<DocLine & { y: number }> = rows.map((r) => ({ page: p, y: r[0].y, cells: mergeCells([...r].sort((a, b) => a.x - b.x)) }));
    let printed: number | null = null;
    const foot = pageLines[pageLines.length - 1];
    const height = pageHeights[p] ?? 842;
    if (foot && foot.y < height * 0.08) {
      printed = pageNumberOf(foot);
      if (printed !== null) pageLines.pop();
    }
    printedPage.push(printed);
    let prevY: number | null = null;
    for (const l of pageLines) {
      const gap = prevY !== null && prevY - l.y > 24;
      lines.push({ page: p, cells: l.cells, y: l.y, ...(gap ? { gapBefore: true } : {}) });
      prevY = l.y;
    }
  }
  return withoutRunningHeaders({ source: 'pdf', lines, pages: pageCount, printedPage, exactPages: true, ...(rules.length ? { rules } : {}) });
}
