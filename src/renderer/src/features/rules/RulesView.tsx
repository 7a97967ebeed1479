// 审核公式: every rule of the filing's template by table, with its state for this filing (as the engine
// decided it), 强制/提示 and the formula in words. A failing rule lists its findings; a click on one goes
// to its cell (or form field), as in the findings panel.
import { useMemo, useState } from 'react';
import type { Finding } from '../../../../shared/rules/types';
import { useDoc, useStore } from '../../state/use-doc';
import type { RuleItem, RuleState } from './rule-list';
import { ruleGroups, stateCounts } from './rule-list';
import './rules.css';

type Filter = 'all' | RuleState;
const FILTERS: Filter[] = ['all', '未通过', '未核对', '通过', '不适用'];
const GLYPH: Record<RuleState, string> = { 通过: '✓', 未通过: '✖', 未核对: '？', 不适用: '—' };

function stateText(it: RuleItem): string {
  if (it.state === '未通过') {
    const n = it.findings.length;
    return it.severity === '提示' ? `未通过：${n} 处${it.explained ? `，已说明 ${it.explained} 处` : ''}` : `未通过：${n} 处`;
  }
  return it.reason ? `${it.state}：${it.reason}` : it.state;
}

export function RulesView({ onExport }: { onExport: () => void }) {
  const doc = useDoc();
  const store = useStore();
  const [filter, setFilter] = useState<Filter>('all');
  const groups = useMemo(
    () => (doc.template && doc.filing ? ruleGroups(doc.template, doc.filing, doc.findings, doc.unchecked) : []),
    [doc.template, doc.filing, doc.findings, doc.unchecked],
  );
  const counts = stateCounts(groups);

  const go = (f: Finding) => {
    if (f.field) store.focusField(f.field);
    else if (f.cells[0]) store.focusCell(f.cells[0]);
  };

  return (
    <div className="feature-view rules-view" data-testid="view-rules">
      <div className="rules-head">
        <h2>审核公式</h2>
        <span className="muted">{doc.template?.name}：共 {groups.reduce((s, g) => s + g.items.length, 0)} 条</span>
        <span className="st-ok">✓ 通过 {counts.通过}</span>
        <span className="st-err">✖ 未通过 {counts.未通过}</span>
        <span className="st-warn">？ 未核对 {counts.未核对}</span>
        {counts.不适用 > 0 && <span className="muted">— 不适用 {counts.不适用}</span>}
        <span className="rules-spacer" />
        <label>
          显示{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} data-testid="rules-filter">
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === 'all' ? '全部' : f}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onExport} data-testid="rules-export">
          导出审核结果（Excel）…
        </button>
      </div>
      <p className="muted rules-note">“=”两边应相等，“≤”左边应不大于右边。强制：须改正后才能报送；提示：可写明出错说明后保留。</p>
      {groups.map((g) => {
        const items = g.items.filter((it) => filter === 'all' || it.state === filter);
        if (items.length === 0) return null;
        return (
          <section key={g.key} className="rules-group" data-testid={`rules-group-${g.key}`} aria-label={g.title}>
            <h3>
              {g.title} <span className="muted">（{g.items.length} 条）</span>
            </h3>
            <table className="rules-table">
              <colgroup>
                <col className="c-n" />
                <col className="c-sev" />
                <col />
                <col className="c-state" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">序号</th>
                  <th scope="col">级别</th>
                  <th scope="col">审核公式</th>
                  <th scope="col">本文件</th>
                </tr>
              </thead>
              <tbody>
                {items.map((it) => (
                  <tr key={it.id} className={`rule-row rule-${it.state}`} data-testid="rule" data-rule={it.id} data-state={it.state}>
                    <td>{it.n}</td>
                    <td className={it.severity === '强制' ? 'st-err' : 'st-warn'}>{it.severity}</td>
                    <td>
                      <div className="rule-title">{it.title}</div>
                      <div className="rule-formula" data-testid="rule-formula">
                        {it.formula}
                      </div>
                    </td>
                    <td className="rule-state">
                      {it.findings.length > 0 ? (
                        // A failing rule goes to its (first) cell, as its findings below do one by one.
                        <button type="button" className="rule-go st-err" onClick={() => go(it.findings[0])} title="转到第一处" data-testid="rule-state">
                          {GLYPH[it.state]} {stateText(it)} →
                        </button>
                      ) : (
                        <span className={it.state === '通过' ? 'st-ok' : it.state === '未核对' ? 'st-warn' : 'muted'} data-testid="rule-state">
                          {GLYPH[it.state]} {stateText(it)}
                        </span>
                      )}
                      {it.findings.length > 0 && (
                        <ul className="rule-findings">
                          {it.findings.slice(0, 20).map((f) => (
                            <li key={f.key}>
                              <button type="button" className="link" onClick={() => go(f)} data-testid="rule-finding" title="转到该单元格">
                                {f.message}
                              </button>
                            </li>
                          ))}
                          {it.findings.length > 20 && <li className="muted">另有 {it.findings.length - 20} 处，见审核结果面板。</li>}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
