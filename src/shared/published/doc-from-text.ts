// Text extracted from a published PDF → lines of cells. Two shapes are read:
// - `pdftotext -layout` output: pages split by form feeds, columns aligned with spaces (a cell ends at a
//   run of two spaces, or at one space between a figure and text); x is the character column;
// - the tab-separated form of the seed (cells split by tabs, light Markdown marks such as #, <b>, "- ").
import type { DocCell, DocLine, PublishedDoc } from './types';
import { withoutRunningHeaders } from './types';

const COLUMN_WIDTH = 10;

function cleanMarkup(s: string): string {
  return s
    .replace(/<\/?b>/g, '')
    .replace(/\*\*/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^-\s+/, '')
    .trim();
}

function tabCells(line: string): DocCell[] {
  const out: DocCell[] = [];
  line.split('\t').forEach((raw, i) => {
    const text = cleanMarkup(raw.replace(/\s+/g, ' '));
    if (text) out.push({ text, x0: i * COLUMN_WIDTH, x1: i * COLUMN_WIDTH + COLUMN_WIDTH - 2 });
  });
  return out;
}

const FIGURE = /^[-(（]?[\d,]+(?:\.\d+)?[)）]?$/;

function layoutCells(line: string): DocCell[] {
  const out: DocCell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    // One space between a figure and text still separates two cells (a full column in -layout output).
    let start = m.index;
    const parts = m[0].split(' ');
    let acc = '';
    let accStart = start;
    for (const part of parts) {
      const joinable = acc !== '' && !FIGURE.test(part) && !FIGURE.test(acc.split(' ').pop() ?? '');
      if (acc === '' || joinable) {
        if (acc === '') accStart = start;
        acc = acc ? `${acc} ${part}` : part;
      } else {
        out.push({ text: acc, x0: accStart, x1: accStart + acc.length });
        acc = part;
        accStart = start;
      }
      start += part.length + 1;
    }
    if (acc) out.push({ text: acc, x0: accStart, x1: accStart + acc.length });
  }
  return out;
}

function pageNumberOf(cells: DocCell[]): number | null {
  // -layout splits "第 3 页 共 30 页" at its figures: the line is read whole (the pattern admits only a page number).
  if (cells.length > 6) return null;
  // "共 M 页" after it: the app's own footer (第 N 页 共 M 页), and many a publisher's.
  const m = /^(?:第\s*)?[-—]?\s*(\d{1,4})\s*[-—]?(?:\s*页)?(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/.exec(cells.map((c) => c.text).join(' '));
  return m ? Number(m[1]) : null;
}

export function docFromText(text: string): PublishedDoc {
  const tabbed = text.includes('\t');
  const pageTexts = text.replace(/\r\n?/g, '\n').split('\f');
  if (pageTexts.length > 1 && pageTexts[pageTexts.length - 1].trim() === '') pageTexts.pop();
  const lines: DocLine[] = [];
  const printedPage: Array<number | null> = [];
  pageTexts.forEach((pt, page) => {
    const pageLines: DocLine[] = [];
    let blank = false;
    for (const raw of pt.split('\n')) {
      const cells = tabbed ? tabCells(raw) : layoutCells(raw);
      if (cells.length === 0) {
        blank = true;
        continue;
      }
      pageLines.push({ page, cells, ...(blank ? { gapBefore: true } : {}) });
      blank = false;
    }
    let printed: number | null = null;
    if (pageTexts.length > 1 && pageLines.length > 0) {
      printed = pageNumberOf(pageLines[pageLines.length - 1].cells);
      if (printed !== null) pageLines.pop();
    }
    printedPage.push(printed);
    lines.push(...pageLines);
  });
  return withoutRunningHeaders({ source: 'text', lines, pages: pageTexts.length, printedPage, exactPages: pageTexts.length > 1, ...(tabbed ? { columnGrid: true } : {}) });
}
