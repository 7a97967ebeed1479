// Reads which page each named destination of a Chromium PDF sits on. Chromium writes a link target
// (an element with an id that a link points to) into the catalogue's /Dests dictionary as
// `/name [pageRef /XYZ x y 0]`, and the pages as a /Pages tree; neither is compressed. That is how the
// 目录 learns its page numbers: render once, read the destinations, render again with the numbers.

function objectBody(pdf: string, num: number): string | null {
  const re = new RegExp(`(?:^|[\\r\\n\\s])${num} 0 obj\\s*`, 'g');
  const m = re.exec(pdf);
  if (!m) return null;
  const start = m.index + m[0].length;
  const end = pdf.indexOf('endobj', start);
  // Only the dictionary matters; a stream's bytes after it are never parsed.
  const streamAt = pdf.indexOf('stream', start);
  const stop = streamAt >= 0 && streamAt < end ? streamAt : end;
  return pdf.slice(start, stop);
}

function pageOrder(pdf: string): number[] {
  const catalog = /\/Type\s*\/Catalog[\s\S]*?\/Pages\s+(\d+)\s+0\s+R/.exec(pdf) ?? /\/Pages\s+(\d+)\s+0\s+R[\s\S]*?\/Type\s*\/Catalog/.exec(pdf);
  if (!catalog) throw new Error('PDF 页面结构无法读取');
  const out: number[] = [];
  const visit = (num: number, depth: number) => {
    if (depth > 32) throw new Error('PDF 页面结构嵌套过深');
    const body = objectBody(pdf, num) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(k[1]), depth + 1);
    } else out.push(num);
  };
  visit(Number(catalog[1]), 0);
  return out;
}

/** Page index (1-based) of every named destination in the PDF. */
export function namedDestinationPages(bytes: Uint8Array): Record<string, number> {
  const pdf = Buffer.from(bytes).toString('latin1');
  const pages = pageOrder(pdf);
  const index = new Map(pages.map((num, i) => [num, i + 1]));
  const out: Record<string, number> = {};
  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(pdf);
  const body = destsRef ? objectBody(pdf, Number(destsRef[1])) ?? '' : (/\/Dests\s*(<<[\s\S]*?>>)/.exec(pdf)?.[1] ?? '');
  for (const m of body.matchAll(/\/([A-Za-z0-9_.#-]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) out[m[1].replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))] = page;
  }
  return out;
}

export function pdfPageCount(bytes: Uint8Array): number {
  return pageOrder(Buffer.from(bytes).toString('latin1')).length;
}
