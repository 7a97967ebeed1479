// Above an absent table (or the forms): it was not in the imported workbook (or did not fit the
// template), so the rules that read it are 未核对. Typing a figure (or adding a form) makes it present;
// one that truly has nothing is marked present with “本表无数据”.
import { useDoc, useStore } from '../../state/use-doc';
import { ui } from '../../state/ui-store';

/** `id`: a table id or PE (the forms); `name`: 公开02表 or 项目支出绩效自评表. */
export function AbsentBanner({ id, name }: { id: string; name: string }) {
  const doc = useDoc();
  const store = useStore();
  if (!doc.filing?.absent?.includes(id)) return null;
  const count = doc.unchecked.filter((u) => u.tables.includes(id)).length;
  const markEmpty = () => {
    const r = store.apply([{ kind: 'presence', table: id, present: true }], `${name} 本表无数据`);
    ui.status(r.ok ? `${name}已标记为本表无数据，读它的审核公式已开始核对。` : r.message, r.ok ? 'info' : 'error');
  };
  return (
    <div className="absent-banner st-warn" role="note" data-testid="absent-banner">
      {name}未提供：文件中没有{id === 'PE' ? '自评表' : '这张表'}（导入的工作簿缺少它，或它与模板不符），读它的 {count} 条审核公式未核对。
      {id === 'PE' ? '添加自评表即视为已提供' : '在表中填写数字即视为已提供'}；如确无数据，请点
      <button type="button" className="link" onClick={markEmpty} disabled={doc.readOnly} data-testid="mark-empty">
        本表无数据
      </button>
      。
    </div>
  );
}
