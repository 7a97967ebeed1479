// The document's structure: the 目录 against the body (every entry found, in order, on its page where
// pages are known), every table of the template present and in order, an empty table carrying its
// 本表无数据 statement, and each table's header naming the cover's unit and year.
import { publishedTables } from '../templates/params';
import type { DocFinding } from './findings';
import type { DocumentRead } from './read-document';
import { lineText, squashText } from './types';
import { SAMPLE_MARK } from '../io/sample-mark';

const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/;
const norm = (s: string) => squashText(s).replace(NUMBERING, '').replace(/[“”"]/g, '');

export function pageLabelOfLine(r: DocumentRead, line: number): string {
  if (!r.doc.exactPages) {
    // Text without page marks: the 目录's page of the nearest landmark at or above the line.
    const marks = [...r.layout.headings.map((h) => ({ line: h.line, text: h.text })), ...r.layout.blocks.map((b) => ({ line: b.start, text: b.table.title }))]
      .filter((m) => m.line <= line)
      .sort((a, b) => b.line - a.line);
    for (const m of marks) {
      const e = r.layout.toc.find((t) => norm(t.title) === norm(m.text));
      if (e) return `第${e.page}页（据目录）`;
    }
    return '页码不详';
  }
  const page = r.doc.lines[line]?.page ?? 0;
  const printed = r.doc.printedPage[page];
  return printed != null ? `第${printed}页` : `PDF第${page + 1}页`;
}

const DRAFT = /审核未通过：强制\s*\d+\s*条|审核未通过|草稿|征求意见稿|未定稿/;

export function isDraftMark(header: string): boolean {
  return DRAFT.test(header);
}

/** The draft mark a running header holds ("审核未通过：强制 2 条"), without the unit and year printed beside it. */
export function draftMarkIn(header: string): string | null {
  return DRAFT.exec(header)?.[0] ?? null;
}

export function structureRules(r: DocumentRead): DocFinding[] {
  const out: DocFinding[] = [];
  const { layout, doc, template } = r;
  // Body landmarks in order: headings and table titles.
  const marks = [
    ...layout.headings.map((h) => ({ line: h.line, text: norm(h.text) })),
    ...layout.blocks.map((b) => ({ line: b.start, text: norm(b.table.title) })),
  ].sort((a, b) => a.line - b.line);
  let from = 0;
  for (const e of layout.toc) {
    const want = norm(e.title);
    // A 目录 without page numbers may wrap an entry over two lines: a prefix then matches.
    const same = (t: string) => t === want || (e.page === 0 && want.length >= 4 && (t.startsWith(want) || want.startsWith(t)));
    const k = marks.findIndex((m, i) => i >= from && same(m.text));
    if (k < 0) {
      const anywhere = marks.some((m) => same(m.text));
      out.push({ rule: 'ST-toc', severity: anywhere || e.page === 0 ? 'warning' : 'error', message: anywhere ? `目录中的“${e.title}”在正文中的顺序与目录不同` : `目录中的“${e.title}”在正文中找不到`, quotes: [{ page: '目录', text: e.page ? `${e.title} …… ${e.page}` : e.title }] });
      continue;
    }
    from = k + 1;
    const page = doc.lines[marks[k].line].page;
    const printed = doc.printedPage[page];
    if (doc.exactPages && e.page > 0 && printed != null && printed !== e.page) {
      out.push({ rule: 'ST-toc-page', severity: 'warning', message: `目录写“${e.title}”在第${e.page}页，正文在第${printed}页`, quotes: [{ page: '目录', text: `${e.title} …… ${e.page}` }] });
    }
  }
  for (const h of doc.runningHeaders ?? []) {
    // A 提示, not a 强制 finding: the mark says what the table rules already count (the app's export
    // prints it while 强制 errors stand); the check's draft field and the report's first line say it.
    if (h.includes(squashText(SAMPLE_MARK))) out.push({ rule: 'ST-sample', severity: 'warning', message: `每页标有“${SAMPLE_MARK}”：这是决算通的内置示例，不是哪个单位的公开文件`, quotes: [{ page: '每页页眉', text: h }] });
    const mark = draftMarkIn(h);
    if (mark) out.push({ rule: 'ST-draft', severity: 'warning', message: `每页标有“${mark}”：这是未通过审核的草稿，不能作为正式公开文件`, quotes: [{ page: '每页页眉', text: h }] });
  }
  let lastIndex = -1;
  for (const t of publishedTables(template)) {
    const b = r.blocks.find((x) => x.block.table.id === t.id);
    if (!b) {
      out.push({ rule: 'ST-table-missing', severity: 'error', message: `缺少${t.number} ${t.title}（本模板的每张公开表都应公开，无数据的表注明“本表无数据”）`, quotes: [] });
      continue;
    }
    const idx = r.blocks.indexOf(b);
    if (idx < lastIndex) out.push({ rule: 'ST-table-order', severity: 'warning', message: `${t.number} ${t.title}的位置与模板顺序不同`, quotes: [{ page: pageLabelOfLine(r, b.block.start), text: t.title }] });
    lastIndex = Math.max(lastIndex, idx);
    const empty = b.read.figures === 0 || [b.read.entered, b.read.stated].every((vals) => Object.values(vals).every((row) => Object.values(row).every((v) => Number(v) === 0)));
    if (empty && !b.read.saysNoData && b.read.unread.length === 0) {
      out.push({ rule: 'ST-empty-table', severity: 'error', message: `${t.number} ${t.title}没有数据，但没有注明“本表无数据”`, quotes: [{ page: pageLabelOfLine(r, b.block.start), text: t.title }] });
    }
    if (b.year !== null && b.year !== r.year) out.push({ rule: 'ST-table-year', severity: 'error', message: `${t.number}表头写“${b.year}年度”，与封面的 ${r.year}年度 不符`, quotes: [{ page: pageLabelOfLine(r, b.block.start), text: `${b.year}年度` }] });
    if (b.department && r.department && squashText(b.department) !== squashText(r.department)) {
      out.push({ rule: 'ST-table-unit', severity: 'error', message: `${t.number}表头单位写“${b.department}”，与封面的“${r.department}”不符`, quotes: [{ page: pageLabelOfLine(r, b.block.start), text: lineText(doc.lines[b.block.start]) }] });
    }
  }
  return out;
}
