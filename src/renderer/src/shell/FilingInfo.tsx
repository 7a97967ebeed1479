// 基本信息: 部门名称 and 年度 that every title block prints, editable (undoable meta edits), and a summary
// of the tables' state.
import { useDraft } from '../state/use-draft';
import { useDoc, useStore } from '../state/use-doc';
import { ui } from '../state/ui-store';
import { navItems } from './nav-items';

export function FilingInfo() {
  const doc = useDoc();
  const store = useStore();
  const filing = doc.filing!;
  const [department, setDepartment] = useDraft(filing.meta.department);

  const commitDepartment = () => {
    const v = department.trim();
    if (v === filing.meta.department) return;
    const r = store.apply([{ kind: 'meta', patch: { department: v } }], '修改部门名称');
    if (!r.ok) ui.status(r.message, 'error');
  };

  return (
    <section className="filing-info" data-testid="filing-info">
      <h2>基本信息</h2>
      <div className="form-grid">
        <label>
          部门名称
          <input
            type="text"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
            onBlur={commitDepartment}
            onKeyDown={(e) => e.key === 'Enter' && commitDepartment()}
            disabled={doc.readOnly}
            data-testid="meta-department"
          />
        </label>
        <label>
          年度
          <input type="text" value={`${filing.meta.year}年度`} readOnly />
        </label>
        <label>
          报表模板
          <input type="text" value={doc.template?.name ?? filing.template} readOnly />
        </label>
        <label>
          金额单位
          <input type="text" value={filing.meta.unit} readOnly title="在底部状态栏切换 元/万元" />
        </label>
      </div>
      <h3>报表审核情况</h3>
      <table className="summary-table">
        <thead>
          <tr>
            <th>报表</th>
            <th>名称</th>
            <th>强制错误</th>
            <th>提示</th>
            <th>未核对</th>
          </tr>
        </thead>
        <tbody>
          {navItems(doc.template!)
            .filter((it) => it.sub)
            .map((it) => {
              const c = store.counts(it.view);
              const absent = doc.filing?.absent?.includes(it.view) ?? false;
              // Rules that read this table but another one is missing are 未核对 here too.
              const unchecked = doc.unchecked.filter((u) => u.reads.includes(it.view)).length;
              return (
                <tr key={it.view} onClick={() => store.setView(it.view)} className="clickable">
                  <td>{it.label}</td>
                  <td>{it.sub}</td>
                  <td className={c.errors ? 'st-err' : 'st-ok'}>{c.errors ? `✖ ${c.errors}` : '✓ 0'}</td>
                  <td className={c.warnings ? 'st-warn' : 'st-ok'}>{c.warnings ? `⚠ ${c.warnings}（已说明 ${c.explained}）` : '✓ 0'}</td>
                  <td className={absent || unchecked ? 'st-warn' : 'st-ok'} data-testid={`summary-unchecked-${it.view}`}>
                    {absent ? `未提供（${unchecked} 条）` : unchecked ? `？ ${unchecked}` : '✓ 0'}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </section>
  );
}
