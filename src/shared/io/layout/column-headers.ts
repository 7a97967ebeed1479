// Multi-row column headers from the table model's header tree (table/headers.ts): a group spans the
// columns under it, a leaf label spans down to the last header row (as 公开05表 本年支出 over
// 小计/基本支出/项目支出).
import type { HeaderNode } from '../../table/headers';
import { leafCount, treeDepth } from '../../table/headers';
import type { GridCell } from './grid';

/**
 * `depth` header rows over the leaves of `nodes`: matrix[row][i] for leaf column i, null where a span
 * covers the position. `leavesAtBottom`: every leaf on the last row, a shallower group spanning down
 * instead (Shanghai 表七: 合计 over 预算数 | 决算数 beside 公务用车… over 小计 over 预算数 | 决算数).
 */
export function columnHeaderRows(nodes: readonly HeaderNode[], depth: number, leavesAtBottom = false): Array<Array<GridCell | null>> {
  const width = nodes.reduce((n, x) => n + leafCount(x), 0);
  const rows: Array<Array<GridCell | null>> = Array.from({ length: depth }, () => new Array<GridCell | null>(width).fill(null));
  let at = 0;
  const walk = (list: readonly HeaderNode[], level: number): void => {
    for (const n of list) {
      if (n.children.length === 0) {
        rows[level][at++] = { kind: 'head', text: n.text, rowSpan: depth - level, align: 'center' };
      } else {
        const span = leavesAtBottom ? depth - level - treeDepth(n.children) : 1;
        rows[level][at] = { kind: 'head', text: n.text, colSpan: leafCount(n), rowSpan: span > 1 ? span : undefined, align: 'center' };
        walk(n.children, level + span);
      }
    }
  };
  walk(nodes, 0);
  return rows;
}

/** The 栏次 numbers row: 1, 2, 3 … under each column. */
export function colNumberCells(cols: ReadonlyArray<{ col: number }>): GridCell[] {
  return cols.map((c) => ({ kind: 'head', text: String(c.col), align: 'center' }));
}
