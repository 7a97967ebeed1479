// The parts of a published disclosure: cover, 目录, headings, table blocks (found by the titles and
// numbers of the template's TableDefs) and the prose between them.
import type { TableDef } from '../templates/types';
import type { DocLine, PublishedDoc } from './types';
import { lineText, squashText } from './types';

export interface TocEntry {
  title: string;
  /** 0 when the 目录 prints no page numbers. */
  page: number;
  line: number;
}

export interface Heading {
  text: string;
  level: 1 | 2 | 3 | 4;
  line: number;
}

export interface TableBlock {
  table: TableDef;
  /** Line index of the title (or 公开NN表 mark) and one past the block's last line. */
  start: number;
  end: number;
}

export interface DocLayout {
  coverEnd: number;
  toc: TocEntry[];
  tocEnd: number;
  headings: Heading[];
  blocks: TableBlock[];
}

const CN_NUM = '一二三四五六七八九十';

/** A heading's level from its numbering, or null for a line that is not one. */
export function headingLevel(text: string): Heading['level'] | null {
  const t = squashText(text);
  if (t.length > 48 || /[。；，：:]$/.test(t) || /\d[\d,]*\.\d{2}/.test(t)) return null;
  if (new RegExp(`^第[${CN_NUM}]+部分`).test(t)) return 1;
  if (new RegExp(`^[${CN_NUM}]+、`).test(t)) return 2;
  if (new RegExp(`^[（(][${CN_NUM}]+[)）]`).test(t)) return 3;
  if (/^[（(]?\d{1,2}[)）.、．](?!\d)/.test(t) && t.length <= 30) return 4;
  return null;
}

function tocEntry(line: DocLine): { title: string; page: number } | null {
  const t = lineText(line).trim();
  const m = /^(.*?)[\s.…·．。]*?(\d{1,3})$/.exec(t);
  if (!m) return null;
  const title = m[1].replace(/[\s.…·．]+$/, '').trim();
  if (!title || /^\d+$/.test(title)) return null;
  return { title, page: Number(m[2]) };
}

function findToc(lines: DocLine[]): { start: number; toc: TocEntry[]; end: number } {
  const start = lines.findIndex((l, i) => i < 60 && squashText(lineText(l)) === '目录');
  if (start < 0) return { start: -1, toc: [], end: 0 };
  const toc: TocEntry[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const e = tocEntry(lines[i]);
    if (!e) break;
    toc.push({ ...e, line: i });
  }
  if (toc.length > 0) return { start, toc, end: i };
  // A 目录 without page numbers: its entries run until the first of them comes again (the body).
  const seen = new Set<string>();
  for (i = start + 1; i < lines.length && i < start + 120; i++) {
    const t = squashText(lineText(lines[i]));
    if (seen.has(t)) return { start, toc, end: i };
    seen.add(t);
    if (headingLevel(t) !== null) toc.push({ title: t, page: 0, line: i });
  }
  return { start, toc: [], end: start + 1 };
}

/** A line that names a table: its title alone (numbering aside), or its 公开NN表 mark. */
function tableOfLine(line: DocLine, tables: TableDef[]): TableDef | null {
  const t = squashText(lineText(line)).replace(new RegExp(`^[${CN_NUM}]+、`), '');
  for (const def of tables) {
    const title = squashText(def.title);
    const number = squashText(def.number);
    if (t === title || t === number || t === `${number}${title}` || t === `${title}${number}`) return def;
  }
  return null;
}

/** The right edge of the text on each page (its widest lines). */
function rightMargins(doc: PublishedDoc): number[] {
  const out: number[] = [];
  for (const l of doc.lines) out[l.page] = Math.max(out[l.page] ?? 0, l.cells[l.cells.length - 1]?.x1 ?? 0);
  return out;
}

function reachesMargin(line: DocLine, margins: number[]): boolean {
  const right = margins[line.page] ?? 0;
  const last = line.cells[line.cells.length - 1];
  // Within about two characters of the margin (points in a PDF, columns in -layout text).
  const slack = (right > 200 ? 24 : 3);
  return last !== undefined && last.x1 >= right - slack;
}

export function readLayout(doc: PublishedDoc, tables: TableDef[]): DocLayout {
  const { lines } = doc;
  const margins = rightMargins(doc);
  const { start, toc, end } = findToc(lines);
  const coverEnd = start >= 0 ? start : 0;
  const bodyStart = Math.max(end, 0);
  const blocks: TableBlock[] = [];
  const headings: Heading[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const def = tableOfLine(lines[i], tables);
    if (def) {
      const prev = blocks[blocks.length - 1];
      // The title and the 公开NN表 mark on consecutive lines start one block.
      if (prev && prev.table.id === def.id && i - prev.start <= 3) continue;
      if (prev && prev.end === -1) prev.end = i;
      blocks.push({ table: def, start: i, end: -1 });
      continue;
    }
    const level = headingLevel(lineText(lines[i]));
    if (level === null) continue;
    // A part heading may be spaced out (第一部分     概况); other headings are one cell, and a line
    // that runs to the right margin is the first line of a wrapped paragraph, not a heading.
    if (lines[i].cells.length > (level === 1 ? 3 : 1)) continue;
    if (level > 1 && !doc.columnGrid && reachesMargin(lines[i], margins)) continue;
    const open = blocks[blocks.length - 1];
    if (open && open.end === -1) {
      // Inside a table only a part heading ends it (公开10表 has its own 一、二、三 sections).
      if (level > 1) continue;
      open.end = i;
    }
    let text = squashText(lineText(lines[i]));
    const at = i;
    // "（一）" on a line of its own: the heading's words are on the next line.
    if (/^[（(][一二三四五六七八九十]+[)）]$/.test(text) && i + 1 < lines.length) {
      text += squashText(lineText(lines[i + 1]));
      i++;
    }
    // A part heading wrapped onto a short second line (… 2024 年度部门决算 / 情况说明).
    const next = lines[i + 1];
    if (level === 1 && next && next.cells.length === 1) {
      const t = squashText(lineText(next));
      if (t.length <= 8 && headingLevel(t) === null && !/[。；，：\d]/.test(t) && !tableOfLine(next, tables)) {
        text += t;
        i++;
      }
    }
    headings.push({ text, level, line: at });
  }
  const open = blocks[blocks.length - 1];
  if (open && open.end === -1) open.end = lines.length;
  return { coverEnd, toc, tocEnd: bodyStart, headings, blocks };
}
