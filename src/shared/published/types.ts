// A published disclosure as positioned text: pages of lines of cells. Built from a PDF's text layer
// (pdfjs items) or from text extracted from one (pdftotext -layout, or the tab-separated form of the
// seed); everything the reader decides, it decides from this.

export interface DocCell {
  text: string;
  /** Left and right edge in the line's coordinate system (PDF points, or character columns). */
  x0: number;
  x1: number;
}

export interface DocLine {
  /** 0-based physical page. */
  page: number;
  cells: DocCell[];
  /** A blank line came before this one (paragraph or page break in text without page marks). */
  gapBefore?: boolean;
  /** PDF only: the baseline, in PDF space (y grows upwards), so lines can be set in a table's ruled rows. */
  y?: number;
}

/** A table rule drawn on a PDF page (a thin filled rectangle): horizontal at y, or vertical at x. */
export interface PageRule {
  page: number;
  dir: 'h' | 'v';
  /** y for a horizontal rule, x for a vertical one. */
  at: number;
  /** Its extent along the other axis. */
  from: number;
  to: number;
}

export interface PublishedDoc {
  source: 'pdf' | 'text';
  lines: DocLine[];
  /** Physical page count (1 when the text had no page marks). */
  pages: number;
  /** The number printed at the foot of each physical page, where one was found. */
  printedPage: Array<number | null>;
  /** Whether page numbers are exact (PDF, or text with form feeds) or inferred from the 目录. */
  exactPages: boolean;
  /** A line printed at the top of most pages (a running header, e.g. a draft mark), removed from the lines. */
  runningHeaders?: string[];
  /** Cells sit on a column grid (tab-separated text: x0 = column × 10), so forms keep their columns. */
  columnGrid?: boolean;
  /** PDF only: the table rules of the pages holding the 绩效自评表 forms, which give the forms' cells. */
  rules?: PageRule[];
}

/** Raw text item from a PDF's text layer (pdfjs), y growing upwards as in PDF space. */
export interface TextItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function lineText(line: DocLine): string {
  return line.cells.map((c) => c.text).join(' ');
}

/** Text with all whitespace removed (Chinese prose carries none that matters). */
export function squashText(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * Drops running headers: a line that opens most pages with the same text (at least three pages) is the
 * page's furniture, not the document's text. What it said is kept in runningHeaders.
 */
export function withoutRunningHeaders(doc: PublishedDoc): PublishedDoc {
  if (doc.pages < 3) return doc;
  const firsts = new Map<number, number>();
  doc.lines.forEach((l, i) => {
    if (!firsts.has(l.page)) firsts.set(l.page, i);
  });
  const counts = new Map<string, number>();
  for (const i of firsts.values()) {
    const t = squashText(lineText(doc.lines[i]));
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const headers = [...counts].filter(([, n]) => n >= 3 && n >= doc.pages / 2).map(([t]) => t);
  if (!headers.length) return doc;
  const drop = new Set([...firsts.values()].filter((i) => headers.includes(squashText(lineText(doc.lines[i])))));
  return { ...doc, lines: doc.lines.filter((_, i) => !drop.has(i)), runningHeaders: headers };
}
