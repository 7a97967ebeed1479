// 审核结果: every finding, grouped by table with counts; a click opens the table at the flagged cell.
// Updated on every edit by the engine; no "check" button.
import { useMemo, useState } from 'react';
import type { Finding } from '../../../shared/rules/types';
import { useDoc, useStore } from '../state/use-doc';
import { navItems, viewOfFinding } from '../shell/nav-items';
import { ExplanationBox } from './ExplanationBox';
import { FindingNotes } from '../features/review/index';

type Filter = 'all' | 'error' | 'warning';

export function FindingsPanel({ onClose }: { onClose: () => void }) {
  const doc = useDoc();
  const store = useStore();
  const [filter, setFilter] = useState<Filter>('all');
  const [openKey, setOpenKey] = useState<string | null>(null);
  const template = doc.template;

  const groups = useMemo(() => {
    if (!template) return [];
    const byView = new Map<string, Finding[]>();
    for (const f of doc.findings) {
      if (filter !== 'all' && f.severity !== filter) continue;
      const view = viewOfFinding(f, template);
      const list = byView.get(view);
      if (list) list.push(f);
      else byView.set(view, [f]);
    }
    return navItems(template)
      .filter((it) => byView.has(it.view))
      .map((it) => ({ item: it, findings: byView.get(it.view)! }));
  }, [doc.findings, filter, template]);

  const { errors, warnings } = store.counts();
  // Nothing open (the start page of a first start): no findings to speak of, and no "all passed" either.
  if (!doc.filing) return null;

  const go = (f: Finding) => {
    if (!template) return;
    const view = viewOfFinding(f, template);
    const cell = f.cells[0];
    if (f.field) store.focusField(f.field);
    else if (cell && view === cell.table) store.focusCell(cell);
    else if (cell) store.setView(view);
  };

  return (
    <aside className="findings-panel" aria-label="审核结果" data-testid="findings-panel">
      <div className="findings-head">
        <strong>审核结果</strong>
        <span className="st-err" data-testid="findings-errors">✖ 强制 {errors}</span>
        <span className="st-warn" data-testid="findings-warnings">⚠ 提示 {warnings}</span>
        {doc.unchecked.length > 0 && <span className="st-warn" data-testid="findings-unchecked">？ 未核对 {doc.unchecked.length}</span>}
        <button type="button" className="link" onClick={onClose} aria-label="隐藏审核结果">
          隐藏
        </button>
      </div>
      <div className="findings-filter" role="radiogroup" aria-label="筛选">
        {(['all', 'error', 'warning'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="findings-filter" checked={filter === k} onChange={() => setFilter(k)} />
            {k === 'all' ? '全部' : k === 'error' ? '强制' : '提示'}
          </label>
        ))}
      </div>
      {doc.findings.length === 0 && doc.unchecked.length === 0 && (
        <p className="findings-empty st-ok" data-testid="findings-empty">
          ✓ 全部审核公式均已通过。
        </p>
      )}
      {doc.findings.length === 0 && doc.unchecked.length > 0 && (
        <p className="findings-empty" data-testid="findings-empty-partial">
          已核对的审核公式均已通过，但有 {doc.unchecked.length} 条因缺表未核对（见下）。
        </p>
      )}
      <div className="findings-list">
        {groups.map(({ item, findings }) => (
          <section key={item.view} className="findings-group" data-testid={`findings-group-${item.view}`}>
            <h3>
              {item.label} {item.sub ?? ''}
              <span className="muted">（{findings.length}）</span>
            </h3>
            <ul>
              {findings.map((f) => (
                <li key={f.key} className={`finding finding-${f.severity}`} data-testid="finding" data-key={f.key} data-severity={f.severity}>
                  <button type="button" className="finding-main" onClick={() => go(f)} title="转到该单元格">
                    <span className="finding-glyph" aria-label={f.severity === 'error' ? '强制' : '提示'}>
                      {f.severity === 'error' ? '✖' : '⚠'}
                    </span>
                    <span className="finding-message">{f.message}</span>
                  </button>
                  {f.severity === 'warning' && (
                    <div className="finding-extra">
                      {f.explanation || openKey === f.key ? (
                        <ExplanationBox finding={f} />
                      ) : (
                        <button type="button" className="link" onClick={() => setOpenKey(f.key)} data-testid="explain">
                          填写出错说明…
                        </button>
                      )}
                    </div>
                  )}
                  <FindingNotes finding={f} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {doc.unchecked.length > 0 && (
          <section className="findings-group" data-testid="findings-group-unchecked">
            <h3>
              未核对 <span className="muted">（{doc.unchecked.length}）</span>
            </h3>
            <ul>
              {doc.unchecked.map((u) => (
                <li key={u.rule} className="finding finding-unchecked" data-testid="unchecked" data-rule={u.rule}>
                  <span className="finding-glyph" aria-label="未核对">？</span>
                  <span className="finding-message">
                    {u.title}：{u.reason}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
