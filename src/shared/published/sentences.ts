// The prose of a disclosure as sentences, each with its page and the section it belongs to. Lines are
// joined within a section (a sentence may cross a line or a page); a run of text that ends without a
// full stop just before a heading (a chart's labels, a caption) is not prose and is set aside.
import type { DocLayout } from './layout';
import type { PublishedDoc } from './types';
import { lineText, squashText } from './types';

export interface Sentence {
  text: string;
  /** 0-based physical page where the sentence starts. */
  page: number;
  /** The part (第三部分 …) and the headings above the sentence, outermost first. */
  part: string;
  headings: string[];
  /** Index of the numbered section within its part (一 = 1), and of the sub-section ((一) = 1). */
  section: number;
  sub: number;
  /** The previous sentence ended with ；or the sentence opens a paragraph: it starts a new item. */
  itemStart: boolean;
}

const CN = '一二三四五六七八九十';

export function cnNumber(s: string): number {
  const m = new RegExp(`^[（(]?([${CN}]+)`).exec(s);
  if (!m) return 0;
  const t = m[1];
  if (t === '十') return 10;
  if (t.startsWith('十')) return 10 + CN.indexOf(t[1]) + 1;
  if (t.endsWith('十')) return (CN.indexOf(t[0]) + 1) * 10;
  if (t.includes('十')) return (CN.indexOf(t[0]) + 1) * 10 + CN.indexOf(t[2]) + 1;
  return CN.indexOf(t[0]) + 1;
}

export function proseSentences(doc: PublishedDoc, layout: DocLayout): Sentence[] {
  const inTable = new Set<number>();
  for (const b of layout.blocks) for (let i = b.start; i < b.end; i++) inTable.add(i);
  const headingAt = new Map(layout.headings.map((h) => [h.line, h]));
  const skip = new Set<number>();
  // Lines the heading took in (the words after a lone "（一）", a part heading's wrapped tail).
  for (const h of layout.headings) if (squashText(lineText(doc.lines[h.line])) !== h.text) skip.add(h.line + 1);
  const out: Sentence[] = [];
  let part = '';
  const heads: string[] = [];
  let section = 0;
  let sub = 0;
  let buf = '';
  let bufPages: number[] = [];
  const flush = (atHeading: boolean) => {
    let start = 0;
    let itemStart = true;
    const re = /[。！？；]+/g;
    for (let m = re.exec(buf); m; m = re.exec(buf)) {
      const end = m.index + m[0].length;
      const text = buf.slice(start, end);
      if (text.replace(/[。！？；]/g, '')) out.push({ text, page: bufPages[start] ?? 0, part, headings: [...heads], section, sub, itemStart });
      itemStart = m[0].includes('；');
      start = end;
    }
    const rest = buf.slice(start);
    // A tail with no full stop is prose only when no heading follows it (the end of the document).
    if (rest && !atHeading && rest.length > 4) out.push({ text: rest, page: bufPages[start] ?? 0, part, headings: [...heads], section, sub, itemStart });
    buf = '';
    bufPages = [];
  };
  for (let i = layout.tocEnd; i < doc.lines.length; i++) {
    if (inTable.has(i) || skip.has(i)) continue;
    const h = headingAt.get(i);
    if (h) {
      flush(true);
      if (h.level === 1) {
        part = h.text;
        heads.length = 0;
        section = 0;
        sub = 0;
      } else {
        heads.length = Math.max(0, h.level - 2);
        heads.push(h.text);
        if (h.level === 2) {
          section = cnNumber(h.text);
          sub = 0;
        } else if (h.level === 3) sub = cnNumber(h.text);
      }
      continue;
    }
    const line = doc.lines[i];
    // A paragraph break after a full stop starts a new item.
    // (After a colon only when a list follows: "主要原因：" may have its reason in the next paragraph.)
    if (line.gapBefore && buf && (/[。！？；]$/.test(buf) || /(?:其中|以下方面|如下)[：:]$/.test(buf))) flush(false);
    const text = squashText(lineText(line));
    for (let k = 0; k < text.length; k++) bufPages.push(line.page);
    buf += text;
  }
  flush(false);
  return out;
}
