// Column headers of a table side as a tree: a group spans the adjacent columns that share it (公开05表
// 本年支出 over 小计/基本支出/项目支出), a leaf is one 栏次. The grid nests it as column groups; print and
// xlsx lay it out as header rows with spans. One builder, so screen and paper group alike.
import type { ColumnDef } from '../templates/types';

export interface HeaderNode {
  text: string;
  /** The 栏次 of a leaf; undefined for a group. */
  col?: number;
  children: HeaderNode[];
}

/** The header path of a column: its groups (minus a dropped leading group, e.g. the side's title) and its label. */
export function headerPath(c: ColumnDef, drop?: string): string[] {
  const groups = [...(c.group ?? [])];
  if (drop !== undefined && groups[0] === drop) groups.shift();
  return [...groups, c.label];
}

export function headerTree(cols: readonly ColumnDef[], drop?: string): HeaderNode[] {
  const build = (items: Array<{ path: string[]; col: number }>): HeaderNode[] => {
    const out: HeaderNode[] = [];
    let i = 0;
    while (i < items.length) {
      const { path, col } = items[i];
      if (path.length === 1) {
        out.push({ text: path[0], col, children: [] });
        i++;
        continue;
      }
      const head = path[0];
      const members: Array<{ path: string[]; col: number }> = [];
      while (i < items.length && items[i].path.length > 1 && items[i].path[0] === head) {
        members.push({ path: items[i].path.slice(1), col: items[i].col });
        i++;
      }
      out.push({ text: head, children: build(members) });
    }
    return out;
  };
  return build(cols.map((c) => ({ path: headerPath(c, drop), col: c.col })));
}

/** Header rows the tree needs (at least 1). */
export function treeDepth(nodes: readonly HeaderNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + (n.children.length ? treeDepth(n.children) : 0)), 1);
}

/** Leaf columns under a node, in order. */
export function leafCount(n: HeaderNode): number {
  return n.children.length ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1;
}
