// Left navigation: 概况, the ten tables each with its state, 绩效自评, 情况说明. State is shown with a glyph
// and a number, not by colour alone.
import { useMemo } from 'react';
import { useDoc, useStore } from '../state/use-doc';
import { navItems } from './nav-items';

export function NavPane() {
  const doc = useDoc();
  const store = useStore();
  const items = useMemo(() => (doc.template ? navItems(doc.template) : []), [doc.template]);
  return (
    <nav className="nav-pane" aria-label="报表导航" data-testid="nav">
      <ul>
        {items.map((it) => {
          const c = store.counts(it.view);
          const isTable = it.table;
          // What the view's presence is kept under: its table, or PE for the forms.
          const ids = it.table ? [it.view] : it.view === 'evaluation' ? ['PE'] : [];
          const absent = ids.some((t) => doc.filing?.absent?.includes(t));
          // A present table's rules may be 未核对 when another table they read is absent.
          const unchecked = !absent && doc.unchecked.some((u) => u.reads.some((t) => ids.includes(t)));
          const stateText = absent ? '未提供（文件中没有这张表）' : c.errors || c.warnings ? `强制错误 ${c.errors} 个，提示 ${c.warnings} 个` : unchecked ? '部分审核公式未核对' : '审核通过';
          return (
            <li key={it.view}>
              <button
                type="button"
                className={`nav-item${doc.view === it.view ? ' active' : ''}`}
                aria-current={doc.view === it.view ? 'page' : undefined}
                onClick={() => store.setView(it.view)}
                data-testid={`nav-${it.view}`}
                title={it.sub ? `${it.label} ${it.sub}：${stateText}` : it.label}
              >
                <span className="nav-label">
                  <span className="nav-number">{it.label}</span>
                  {it.sub && <span className="nav-sub">{it.sub}</span>}
                </span>
                {isTable && (
                  <span className="nav-state" data-testid={`nav-state-${it.view}`} aria-label={stateText}>
                    {c.errors > 0 && <span className="st-err">✖{c.errors}</span>}
                    {c.warnings > 0 && <span className="st-warn">⚠{c.warnings}</span>}
                    {absent && <span className="st-warn">未提供</span>}
                    {!absent && unchecked && <span className="st-warn">？</span>}
                    {!absent && !unchecked && c.errors === 0 && c.warnings === 0 && <span className="st-ok">✓</span>}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
