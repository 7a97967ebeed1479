// Print styles: A4, landscape named pages for wide tables, page numbers (第 N 页 共 M 页) in the bottom
// margin counted from 第一部分 (the cover and 目录 are not numbered), the unit and year in the top margin of
// every page, nothing cut off at the edges.
export const FONT_FAMILY = "'Noto Sans SC', 'JuesuanSans', sans-serif";

const MARGIN_TEXT = `font-family: ${FONT_FAMILY}; font-size: 8.5pt;`;

export const PRINT_CSS = `
@page { size: A4 portrait; margin: 16mm 14mm 16mm 14mm;
  @bottom-center { content: "第 " counter(page) " 页"; ${MARGIN_TEXT} } }
@page front { counter-increment: page 0; @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONT_FAMILY}; font-size: 10.5pt; line-height: 1.6; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.front { page: front; }
.wide { page: wide; }
.page { break-before: page; }
.cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover .org { font-size: 26pt; font-weight: 700; margin-bottom: 18mm; }
.cover .what { font-size: 22pt; font-weight: 700; }
.cover .date { font-size: 14pt; margin-top: 40mm; }
.cover .sample { font-size: 16pt; font-weight: 700; color: #c00000; border: 1.5pt solid #c00000; padding: 2mm 6mm; margin-top: 20mm; }
div.toc-title { font-weight: 700; text-align: center; font-size: 18pt; letter-spacing: 1em; margin: 4mm 0 8mm; }
.toc a { color: #000; text-decoration: none; display: flex; align-items: baseline; }
.toc .entry { margin: 0; line-height: 2; }
.toc .l1 { font-weight: 700; }
.toc .l2 { padding-left: 2em; }
.toc .t { flex: none; max-width: 85%; }
.toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 0.4em; transform: translateY(-0.3em); }
.toc .n { flex: none; min-width: 2em; text-align: right; }
h1.part { font-size: 16pt; text-align: center; margin: 0 0 6mm; }
h2.sec { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; }
p.sub { text-indent: 0; font-weight: 700; font-size: 11.5pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.5mm; text-indent: 2em; text-align: justify; }
p.item { text-indent: 0; padding-left: 2em; }
p.plain { text-indent: 0; }
.sheet { break-before: page; }
.sheet.first { break-before: auto; }
.sheet h2.title { text-align: center; font-size: 15pt; margin: 0 0 1mm; break-after: avoid; }
.sheet .number { text-align: right; font-size: 9pt; margin: 0; }
.sheet .meta { display: flex; justify-content: space-between; font-size: 9pt; margin: 0 0 1mm; }
.sheet .meta span { flex: 1; }
.sheet .meta .year { text-align: center; }
.sheet .meta .unit { text-align: right; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; line-height: 1.3; }
table.grid.w2 { font-size: 7.5pt; }
table.grid.w3 { font-size: 6.5pt; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 0.6mm 1mm; vertical-align: middle; overflow-wrap: anywhere; }
table.grid th { font-weight: 400; text-align: center; }
table.grid tr { break-inside: avoid; }
/* A table's 注 and a form's 填报人 line go with its last rows: never alone on a page. */
table.grid tr.after { break-before: avoid; }
table.grid tr.after > td { border: none; padding: 1.5mm 0 0; }
table.grid tr:nth-last-child(2) { break-after: avoid; }
table.grid thead { display: table-header-group; }
td.amount, td.count { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.grid.w3 th, table.grid.w3 td { padding: 0.5mm 0.6mm; }
td.rowno, td.na { text-align: center; }
td.code { white-space: nowrap; }
.b { font-weight: 700; }
.a-center { text-align: center; } .a-right { text-align: right; } .a-left { text-align: left; }
.i1 { padding-left: 1.2em !important; } .i2 { padding-left: 2.2em !important; } .i3 { padding-left: 3.2em !important; }
.notes { font-size: 8.5pt; margin-top: 1.5mm; }
.notes p { text-indent: 0; margin: 0; }
.nodata { font-size: 10pt; margin-top: 2mm; text-indent: 0; }
.chart { margin: 2mm auto 4mm; text-align: center; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.chart svg text, .chart svg tspan { font-family: ${FONT_FAMILY} !important; }
.form .title { font-weight: 700; text-align: center; font-size: 15pt; margin: 1mm 0 2mm; }
.form .top { display: flex; justify-content: space-between; font-size: 9.5pt; }
/* A form is one page wherever it can be: the seed's longest (附件3, 21 indicators) fits at this size. */
.form table.grid { font-size: 8pt; line-height: 1.22; }
.form table.grid th, .form table.grid td { padding: 0.35mm 0.8mm; }
.form table.grid td.text { text-align: left; }
.form .foot { font-size: 9.5pt; margin-top: 2mm; text-indent: 0; }
.report-cover { text-align: center; padding: 60mm 0 0; break-after: page; }
.report-cover .title { font-size: 22pt; font-weight: 700; margin-bottom: 30mm; }
.report-cover .org, .report-cover .date { font-size: 15pt; margin: 4mm 0; }
.report-body .title { text-align: center; font-size: 15pt; font-weight: 700; margin: 2mm 0 4mm; }
.attach-label { font-size: 10pt; text-indent: 0; }
`;

/**
 * A CSS string literal of any text: quotes, backslashes, angle brackets and control characters as hex
 * escapes, so a unit's name can neither end the string nor the <style> element it stands in.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<>&\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** What the top margin of every page says: the unit and year on the left, an export's mark on the right. */
export interface PageMarks {
  /** 阳泉市大数据应用局　2022年度部门决算公开 */
  running: string;
  /** The sample's and the draft's mark together (sample-mark.ts), or null. */
  mark: string | null;
}

/** The top margin of every page (an unnamed @page rule reaches the named pages, cover and 目录 too). */
export function pageMarksCss({ running, mark }: PageMarks): string {
  const right = mark ? `\n  @top-right { content: ${cssString(mark)}; ${MARGIN_TEXT} font-weight: 700; color: #c00000; }` : '';
  return `
@page { @top-left { content: ${cssString(running)}; ${MARGIN_TEXT} color: #333; }${right} }
`;
}

/**
 * 第 N 页 共 M 页 once the count is known (the PDF writer's first pass): M counts the numbered pages only,
 * as N does. Later in the cascade than PRINT_CSS; Chromium lets a later unnamed @page rule override the named
 * one too, so the cover's and 目录's "none" is said again after it.
 */
export function pageTotalCss(total: number): string {
  return `
@page { @bottom-center { content: "第 " counter(page) " 页 共 ${Math.max(0, Math.floor(total))} 页"; } }
@page front { @bottom-center { content: none; } }
`;
}
