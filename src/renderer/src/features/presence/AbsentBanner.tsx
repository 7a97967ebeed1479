// Above an absent table: it was not in the imported workbook (or did not fit the template), so the rules
// that read it are 未核对. Typing a figure makes it present; a table that truly has no figures is marked
// present with “本表无数据”.
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import type { TableDef } from '../../../../shared/templates/types';

export function AbsentBanner({ def }: { def: TableDef }) {
  const doc = useDoc();
  const store = useStore();
  if (!doc.filing?.absent?.includes(def.id)) return null;
  const count = doc.unchecked.filter((u) => u.tables.includes(def.id)).length;
  const markEmpty = () => {
    const r = store.apply([{ kind: 'presence', table: def.id, present: true }], `${def.number} 本表无数据`);
    ui.status(r.ok ? `${def.number}已标记为本表无数据，读它的审核公式已开始核对。` : r.message, r.ok ? 'info' : 'error');
  };
  return (
    <div className="absent-banner st-warn" role="note" data-testid="absent-banner">
      {def.number}未提供：文件中没有这张表（导入的工作簿缺少它，或它与模板不符），读它的 {count} 条审核公式未核对。
      在表中填写数字即视为已提供；如本表确无数据，请点
      <button type="button" className="link" onClick={markEmpty} disabled={doc.readOnly} data-testid="mark-empty">
        本表无数据
      </button>
      。
    </div>
  );
}
