// The columns of a table printed without a 栏次 line, from its header (the Shanghai layout): a column
// label may wrap over two or three lines of the header (附属单位 / 上缴收入, 一般公共 / 预算财政 / 拨款), so
// labels are found as stacks of cells that overlap horizontally and read the label top to bottom. The
// labels are then matched to the template's columns in print order (left to right); a second full run
// of them is a second panel (表六's two halves). Words that head the key columns (项目, 科目名称,
// 科目编码) between two value columns split a line into sides (收入 | 支出). All of a table's columns
// must be found, or the header is not used: a figure is never placed by a partial guess.
import type { TableDef } from '../templates/types';
import type { DocCell, DocLine } from './types';
import { squashText } from './types';

export interface Anchor {
  x: number;
  col: number;
  seg: number;
}

export interface Layout {
  values: Anchor[];
  /** Centres of 行次 columns. */
  rowNo: Array<{ x: number; seg: number }>;
  segments: number;
  dataStart: number;
}

const KEY_WORDS = ['项目', '科目名称', '科目编码', '功能分类科目编码', '经济分类科目编码', '功能分类', '经济分类', '行次'];
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const FIGURE = /^-?[\d,]+\.\d+$/;

interface Match {
  text: string;
  x: number;
  key: boolean;
}

function overlaps(c: DocCell, lo: number, hi: number): boolean {
  return c.x0 < hi && c.x1 > lo;
}

/** Labels (and key words) read down the header: a cell that starts one, extended by the cells below it. */
function stacks(zone: DocLine[], labels: string[]): Match[] {
  const targets = [...new Set([...labels, ...KEY_WORDS])].sort((a, b) => b.length - a.length);
  const used = new Set<DocCell>();
  const out: Match[] = [];
  zone.forEach((line, i) => {
    for (const c of line.cells) {
      if (used.has(c)) continue;
      const first = squashText(c.text);
      if (!first) continue;
      for (const target of targets) {
        if (!target.startsWith(first)) continue;
        let acc = first;
        let lo = c.x0;
        let hi = c.x1;
        const taken = [c];
        for (let j = i + 1; j < zone.length && acc !== target; j++) {
          // A line with nothing under the stack is passed over (the labels beside it sit on their own line).
          const below = zone[j].cells.filter((d) => !used.has(d) && overlaps(d, lo, hi));
          if (below.length === 0) continue;
          const next = below.find((d) => target.startsWith(acc + squashText(d.text)));
          if (!next) break;
          acc += squashText(next.text);
          lo = Math.min(lo, next.x0);
          hi = Math.max(hi, next.x1);
          taken.push(next);
        }
        if (acc !== target) continue;
        for (const d of taken) used.add(d);
        out.push({ text: target, x: (lo + hi) / 2, key: KEY_WORDS.includes(target) && !labels.includes(target) });
        break;
      }
    }
  });
  return out.sort((a, b) => a.x - b.x);
}

export function layoutFromStackedLabels(lines: DocLine[], t: TableDef): Layout | null {
  // The header runs from below the title to the first line with a figure or a classification code.
  let end = 1;
  for (let i = 1; i < Math.min(lines.length, 16); i++) {
    const cells = lines[i].cells;
    const first = squashText(cells[0]?.text ?? '');
    if (/^(注|说明)[:：]/.test(first) || CODE.test(first) || cells.some((c) => FIGURE.test(c.text.trim()))) break;
    end = i + 1;
  }
  const labels = t.columns.map((c) => squashText(c.label));
  const matches = stacks(lines.slice(1, end), labels);
  const values: Array<{ x: number; col: number }> = [];
  let at = 0;
  // Full runs of the columns in print order, left to right; each further run is another panel.
  for (;;) {
    const run: Array<{ x: number; col: number }> = [];
    for (const col of t.columns) {
      const label = squashText(col.label);
      while (at < matches.length && (matches[at].key || matches[at].text !== label)) at++;
      if (at >= matches.length) break;
      run.push({ x: matches[at].x, col: col.col });
      at++;
    }
    if (run.length < t.columns.length) break;
    values.push(...run);
  }
  if (values.length === 0) return null;
  // A key word between two value columns starts a new side or panel.
  const keys = matches.filter((m) => m.key);
  let seg = 0;
  const anchors: Anchor[] = values.map((v, k) => {
    if (k > 0 && keys.some((m) => m.x > values[k - 1].x && m.x < v.x)) seg++;
    return { ...v, seg };
  });
  const rowNo = keys.filter((m) => m.text === '行次').map((m) => ({ x: m.x, seg: anchors.find((a) => a.x > m.x)?.seg ?? 0 }));
  return { values: anchors, rowNo, segments: seg + 1, dataStart: end };
}
