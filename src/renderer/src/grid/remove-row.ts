// Removing a row of a coded table: a 项 goes alone; a 款 or 类 takes every 项 under it (one undo step).
import type { Edit } from '../../../shared/filing/types';
import type { TableDef } from '../../../shared/templates/types';
import { describeCode, getCatalog } from '../../../shared/catalog/index';
import { TOTAL_ROW } from '../../../shared/table/cell-ref';
import type { DocStore } from '../state/doc-store';

export function removeCodedRow(store: DocStore, def: TableDef, row: string | undefined, notify: (text: string, kind?: 'error' | 'info') => void): void {
  const s = store.get();
  if (!s.filing || !s.template) return;
  if (!row || row === TOTAL_ROW) {
    notify('请先单击要删除的科目行（合计行不能删除）。');
    return;
  }
  const leaves = Object.keys(s.filing.tables[def.id] ?? {}).filter((code) => code === row || code.startsWith(row));
  if (leaves.length === 0) return;
  const edits: Edit[] = leaves.map((code) => ({ kind: 'removeRow', table: def.id, code }));
  const r = store.apply(edits, '删除科目');
  if (!r.ok) {
    notify(r.message);
    return;
  }
  const catalog = getCatalog(def.catalog ?? 'function', s.template.year);
  const what = describeCode(catalog, row, s.filing.customCodes);
  notify(`已删除科目 ${what}${leaves.length > 1 ? ` 及其下 ${leaves.length} 个项` : ''}（Ctrl+Z 可撤销）。`, 'info');
}
