// Multi-row column headers from ColumnDef.group paths: a group spans the adjacent columns that share
// it, a leaf label spans down to the last header row (as 公开05表 本年支出 over 小计/基本支出/项目支出).
import type { ColumnDef } from '../../templates/types';
import type { GridCell } from './grid';

/** The header path of a column: its groups (minus a dropped leading group) and its label. */
export function headerPath(c: ColumnDef, drop?: string): string[] {
  const groups = [...(c.group ?? [])];
  if (drop !== undefined && groups[0] === drop) groups.shift();
  return [...groups, c.label];
}

export function headerDepth(cols: ColumnDef[], drop?: string): number {
  return cols.reduce((d, c) => Math.max(d, headerPath(c, drop).length), 1);
}

/**
 * `depth` header rows over `cols`: matrix[row][i] for column i, null where a span covers the position.
 */
export function columnHeaderRows(cols: ColumnDef[], depth: number, drop?: string): Array<Array<GridCell | null>> {
  const paths = cols.map((c) => headerPath(c, drop));
  const rows: Array<Array<GridCell | null>> = Array.from({ length: depth }, () => new Array<GridCell | null>(cols.length).fill(null));
  const samePrefix = (a: string[], b: string[], n: number) => a.length > n && b.length > n && a.slice(0, n + 1).every((x, k) => x === b[k]);
  for (let i = 0; i < cols.length; i++) {
    const path = paths[i];
    for (let level = 0; level < path.length; level++) {
      const leaf = level === path.length - 1;
      if (leaf) {
        rows[level][i] = { kind: 'head', text: path[level], rowSpan: depth - level, align: 'center' };
        continue;
      }
      // A group cell starts at the first column of a run sharing this prefix.
      if (i > 0 && samePrefix(paths[i - 1], path, level) && paths[i - 1].length - 1 > level) continue;
      let span = 1;
      while (i + span < cols.length && samePrefix(paths[i + span], path, level) && paths[i + span].length - 1 > level) span++;
      rows[level][i] = { kind: 'head', text: path[level], colSpan: span, align: 'center' };
    }
  }
  return rows;
}

/** The 栏次 numbers row: 1, 2, 3 … under each column. */
export function colNumberCells(cols: ColumnDef[]): GridCell[] {
  return cols.map((c) => ({ kind: 'head', text: String(c.col), align: 'center' }));
}
