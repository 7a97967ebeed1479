// A 绩效自评表 of a PDF as a sheet: the form's rules (cell borders) give its rows (the bands between
// horizontal rules) and columns (the vertical rules' positions); the text of a line goes to the band its
// baseline sits in and to the column its left edge falls in, and the texts of one cell are joined in
// reading order. So a label and its value share a row, as in the Excel form the reader was made for.
// Text outside the ruled area (title, 单位（盖章）, 填报人) keeps a row per line.
import type { SheetData } from '../io/xlsx/sheet-data';
import type { DocLine, PageRule, PublishedDoc } from './types';

const SAME = 1.5;

function distinct(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!out.length || x - out[out.length - 1] > SAME) out.push(x);
  return out;
}

/** The sheet of the form on lines [start, end), or null when its pages carry no rules. */
export function formSheet(doc: PublishedDoc, start: number, end: number, name: string): SheetData | null {
  const lines = doc.lines.slice(start, end);
  const pages = [...new Set(lines.map((l) => l.page))];
  const rules = (doc.rules ?? []).filter((r) => pages.includes(r.page));
  if (!rules.some((r) => r.dir === 'h') || !rules.some((r) => r.dir === 'v') || lines.some((l) => l.y === undefined)) return null;
  const cols = distinct(rules.filter((r) => r.dir === 'v').map((r) => r.at));
  const colOf = (x: number) => Math.max(0, cols.filter((c) => c <= x + SAME).length - 1);
  const rows: Array<Map<number, string>> = [];
  for (const page of pages) {
    const onPage = lines.filter((l) => l.page === page);
    const hs = distinct(rules.filter((r: PageRule) => r.page === page && r.dir === 'h').map((r) => r.at)).reverse();
    // Band k lies between rule k and rule k + 1 (top down); a baseline sits a little above its cell's bottom.
    const bandOf = (l: DocLine) => {
      const y = l.y! + 2;
      if (!hs.length || y > hs[0] || y < hs[hs.length - 1]) return null;
      for (let k = 0; k + 1 < hs.length; k++) if (y <= hs[k] && y > hs[k + 1]) return k;
      return null;
    };
    const pageRules = rules.filter((r) => r.page === page);
    // A merged cell has no rule across it: its text belongs to its top-left cell, as in a sheet.
    const ruled = (dir: 'h' | 'v', at: number, lo: number, hi: number) => pageRules.some((r) => r.dir === dir && Math.abs(r.at - at) <= SAME && r.from <= lo + SAME && r.to >= hi - SAME);
    const origin = (band: number, col: number): [number, number] => {
      let b = band;
      let c = col;
      for (let moved = true; moved; ) {
        moved = false;
        const top = hs[b];
        const bottom = hs[b + 1];
        if (c > 0 && !ruled('v', cols[c], bottom, top)) {
          c--;
          moved = true;
        }
        const right = cols[c + 1] ?? cols[c] + 1;
        if (b > 0 && !ruled('h', hs[b], cols[c], right)) {
          b--;
          moved = true;
        }
      }
      return [b, c];
    };
    const bands = new Map<number, Map<number, string>>();
    const order: Array<Map<number, string>> = [];
    // Every band has its row, in order, so merged cells can reach up to theirs.
    for (let k = 0; k + 1 < hs.length; k++) bands.set(k, new Map());
    let next = 0;
    const bandRow = (k: number) => {
      for (; next <= k; next++) order.push(bands.get(next)!);
      return bands.get(k)!;
    };
    for (const l of onPage) {
      const band = bandOf(l);
      if (band === null) {
        // Outside the ruled area (title, 填报人) each line is a row, its cells in the columns of their left edges.
        const row = new Map<number, string>();
        for (const c of l.cells) row.set(colOf(c.x0), (row.get(colOf(c.x0)) ?? '') + c.text);
        order.push(row);
        continue;
      }
      bandRow(band);
      for (const c of l.cells) {
        const [b, col] = origin(band, colOf(c.x0));
        const row = bandRow(b);
        row.set(col, (row.get(col) ?? '') + c.text);
      }
    }
    // Empty bands add nothing a reader needs.
    for (let i = order.length - 1; i >= 0; i--) if (order[i].size === 0) order.splice(i, 1);
    rows.push(...order);
  }
  return {
    name,
    rows: rows.map((r) => Array.from({ length: Math.max(0, ...r.keys()) + 1 }, (_, c) => ({ v: r.get(c) ?? null }))),
  };
}
