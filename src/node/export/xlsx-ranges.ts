// Ranges that exceljs expands cell by cell while it loads a workbook (merged cells, data validations,
// defined names): a 42 KB file naming A100:XFD1048576 costs gigabytes before any of our code runs. The
// sheet XML is scanned for them first, and a workbook naming a range far beyond any public table is refused.

/** Largest area one range may cover: far more than any public table (3000 rows × 80 columns). */
export const MAX_RANGE_CELLS = 240_000;
/** Largest area all ranges of one kind in one part may cover together. */
export const MAX_TOTAL_RANGE_CELLS = 1_000_000;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** The tags that carry such ranges, and the attribute holding them (null: the text inside the tag). */
const KINDS: Array<{ what: string; tag: string; attr: string | null }> = [
  { what: '合并单元格', tag: 'mergeCell', attr: 'ref' },
  { what: '数据有效性', tag: 'dataValidation', attr: 'sqref' },
  { what: '超链接', tag: 'hyperlink', attr: 'ref' },
  { what: '名称定义', tag: 'definedName', attr: null },
];

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells covered by one reference: A1, A1:B2, A:C (whole columns), 3:5 (whole rows); $ signs allowed. */
export function rangeArea(ref: string): number {
  const r = ref.replace(/\$/g, '').replace(/^.*!/, '');
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(r);
  if (m) {
    if (m[3] === undefined) return 1;
    return (Math.abs(Number(m[4]) - Number(m[2])) + 1) * (Math.abs(colNumber(m[3]) - colNumber(m[1])) + 1);
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(r);
  if (m) return MAX_ROW * (Math.abs(colNumber(m[2]) - colNumber(m[1])) + 1);
  m = /^(\d{1,7}):(\d{1,7})$/.exec(r);
  if (m) return MAX_COL * (Math.abs(Number(m[2]) - Number(m[1])) + 1);
  return 0;
}

/** References in a defined name's formula: exceljs expands only the `$A$1:$B$2` form. */
function definedNameRefs(formula: string): string[] {
  return formula.match(/\$?[A-Za-z]{1,3}\$?\d{1,7}:\$?[A-Za-z]{1,3}\$?\d{1,7}/g) ?? [];
}

/** The XML parser decodes character references (&#65; is A), so the scan must read what it will read. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/**
 * The values of one kind of tag, found with indexOf and never searched twice: linear in the XML whatever
 * it holds (a regular expression over unterminated tags could take quadratic time).
 */
function* tagValues(xml: string, tag: string, attr: string | null): Generator<string> {
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    const next = xml.charCodeAt(at + tag.length + 1);
    // <mergeCell but not <mergeCells. exceljs matches tag names exactly, so prefixed names (<x:mergeCell)
    // are ignored by it as well.
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
    const close = xml.indexOf('>', at);
    if (close < 0) return;
    const head = xml.slice(at, close);
    if (attr === null) {
      const end = xml.indexOf('<', close);
      yield decodeEntities(xml.slice(close + 1, end < 0 ? xml.length : end));
    } else {
      const m = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(head);
      if (m) yield decodeEntities(m[1] ?? m[2]);
    }
    at = close;
  }
}

/** A one-line reason when the XML of one part names a range too large to load, else null. */
export function checkRanges(xml: string): string | null {
  for (const { what, tag, attr } of KINDS) {
    let total = 0;
    for (const value of tagValues(xml, tag, attr)) {
      const refs = attr === null ? definedNameRefs(value) : value.trim().split(/\s+/);
      for (const ref of refs) {
        const area = rangeArea(ref);
        if (area > MAX_RANGE_CELLS) return `有一处${what}的范围过大（${ref.slice(0, 40)}，超过 ${MAX_RANGE_CELLS / 10000} 万个单元格的上限），这不是公开表的工作簿，不予读取`;
        total += area;
        if (total > MAX_TOTAL_RANGE_CELLS) return `${what}的范围合计过大（超过 ${MAX_TOTAL_RANGE_CELLS / 10000} 万个单元格），这不是公开表的工作簿，不予读取`;
      }
    }
  }
  return null;
}

/** The parts whose XML exceljs reads ranges from: worksheets and the workbook (defined names). */
export function scannedPart(name: string): boolean {
  return /^xl\/(worksheets\/[^/]+\.xml|workbook\.xml)$/i.test(name);
}
