// A 政府收支分类科目 catalogue of one year: 支出功能分类 (类/款/项: 3/5/7 digits) or 部门预算支出经济分类
// (类/款: 3/5 digits).

export type CatalogKind = 'function' | 'economic';

export type CodeLevel = 'class' | 'group' | 'item';

export interface CatalogEntry {
  code: string;
  name: string;
}

export interface Catalog {
  kind: CatalogKind;
  year: number;
  /** Every built-in entry, in catalogue (print) order. */
  entries: readonly CatalogEntry[];
  byCode: ReadonlyMap<string, CatalogEntry>;
}
