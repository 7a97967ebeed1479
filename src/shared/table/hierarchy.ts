// The 类/款/项 structure of a coded table. The filing holds the 项 (leaf) rows; every 款 and 类 above a
// leaf, and the 合计, exist by themselves and are computed sums (a 项 needs its 款 and 类).
import { parentCode } from '../catalog/index';
import { TOTAL_ROW } from './cell-ref';

export type CodeLevel = 'class' | 'group' | 'item';

/** 功能分类: 3 类, 5 款, 7 项. 经济分类: 3 类, 5 款 (its leaves). */
export function levelOfCode(code: string, catalog: 'function' | 'economic' = 'function'): CodeLevel | null {
  if (!/^\d+$/.test(code)) return null;
  if (code.length === 3) return 'class';
  if (code.length === 5) return catalog === 'economic' ? 'item' : 'group';
  if (code.length === 7 && catalog === 'function') return 'item';
  return null;
}


export interface CodedRow {
  row: string;
  /** 'total' for 合计. */
  level: CodeLevel | 'total';
  /** Rows whose sum this row is (empty for leaves). */
  children: string[];
  /** True for rows the filing holds (leaves); false for 类/款/合计, which are sums. */
  leaf: boolean;
}

/**
 * The rows of a coded table in print order (合计, then codes in code order, which puts every 款 under its
 * 类 and every 项 under its 款). `leaves` are the rows present in filing.tables[T].
 */
export function codedRows(leaves: Iterable<string>): CodedRow[] {
  const leafSet = new Set(leaves);
  const byRow = new Map<string, CodedRow>();
  const total: CodedRow = { row: TOTAL_ROW, level: 'total', children: [], leaf: false };
  const ensure = (code: string, leaf: boolean): CodedRow => {
    let r = byRow.get(code);
    if (r) {
      // A code that is both held and the parent of a held code is a sum: its own entries are ignored.
      if (!leaf) r.leaf = false;
      return r;
    }
    r = { row: code, level: levelOfCode(code) ?? 'item', children: [], leaf };
    byRow.set(code, r);
    const parent = parentCode(code);
    if (parent === null) total.children.push(code);
    else ensure(parent, false).children.push(code);
    return r;
  };
  for (const code of leafSet) ensure(code, true);
  const rows = [...byRow.values()].sort((a, b) => (a.row < b.row ? -1 : a.row > b.row ? 1 : 0));
  for (const r of rows) r.children.sort();
  total.children.sort();
  return [total, ...rows];
}
