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
  /** Cells sit on a column grid (tab-separated text: x0 = column × 10), so forms keep their columns. */
  columnGrid?: boolean;
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
