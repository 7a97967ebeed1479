// 审核结果 of a published disclosure: findings of the tables (a click opens the cell), of the narrative
// and of the structure, each narrative finding with its page and the sentence quoted; then 未核对 (what
// could not be read or decided, never counted as an error) and the read report.
import { useState } from 'react';
import type { DocFinding } from '../../../../shared/published/findings';
import { useStore } from '../../state/use-doc';
import { usePublished } from './published-store';
import './published.css';

function group(f: DocFinding): string {
  if (f.rule.startsWith('NR-')) return '情况说明';
  if (f.rule.startsWith('ST-')) return '结构与目录';
  return '公开表';
}

function Glyph({ f }: { f: DocFinding }) {
  return (
    <span className="finding-glyph" aria-label={f.rounding ? '尾差' : f.severity === 'error' ? '强制' : '提示'}>
      {f.rounding ? '≈' : f.severity === 'error' ? '✖' : '⚠'}
    </span>
  );
}

export function PublishedPanel({ onClose }: { onClose: () => void }) {
  const published = usePublished();
  const store = useStore();
  const [showRead, setShowRead] = useState(false);
  if (!published) return null;
  const groups = ['公开表', '情况说明', '结构与目录'].map((g) => ({ g, fs: published.findings.filter((f) => group(f) === g) })).filter((x) => x.fs.length);
  return (
    <aside className="findings-panel published-panel" aria-label="审核结果" data-testid="published-panel">
      <div className="findings-head">
        <strong>已公开文件审核</strong>
        <span className="st-err" data-testid="published-errors">✖ 强制 {published.errors}</span>
        <span className="st-warn" data-testid="published-warnings">⚠ 提示 {published.warnings}</span>
        <button type="button" className="link" onClick={onClose} aria-label="隐藏审核结果">
          隐藏
        </button>
      </div>
      <p className="muted published-note">只读：表中数字从文件读入；未核对项不计为错误。</p>
      {published.draft && (
        <p className="st-err published-draft" role="alert" data-testid="published-draft">
          草稿：每页标有“{published.draft}”，这不是可以公开的正式文件。
        </p>
      )}
      {published.findings.length === 0 && <p className="findings-empty st-ok">✓ 未发现问题。</p>}
      <div className="findings-list">
        {groups.map(({ g, fs }) => (
          <section key={g} className="findings-group" data-testid={`published-group-${g}`}>
            <h3>
              {g}
              <span className="muted">（{fs.length}）</span>
            </h3>
            <ul>
              {fs.map((f, i) => (
                <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`} data-testid="published-finding" data-rule={f.rule} data-severity={f.severity}>
                  {f.cells?.length ? (
                    <button type="button" className="finding-main" onClick={() => store.focusCell(f.cells![0])} title="转到该单元格">
                      <Glyph f={f} />
                      <span className="finding-message">{f.message}</span>
                    </button>
                  ) : (
                    <div className="finding-main">
                      <Glyph f={f} />
                      <span className="finding-message">{f.message}</span>
                    </div>
                  )}
                  {g !== '公开表' &&
                    f.quotes.map((q, k) => (
                      <blockquote key={k} className="published-quote" data-testid="published-quote">
                        <span className="published-page">{q.page}</span>“{q.text}”
                      </blockquote>
                    ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {published.unchecked.length > 0 && (
          <section className="findings-group" data-testid="published-unchecked">
            <h3>
              未核对<span className="muted">（{published.unchecked.length}）</span>
            </h3>
            <ul>
              {published.unchecked.map((u, i) => (
                <li key={i} className="finding published-unchecked">
                  <span className="finding-message">
                    {u.what}：{u.why}
                  </span>
                  {u.quotes?.map((q, k) => (
                    <blockquote key={k} className="published-quote">
                      <span className="published-page">{q.page}</span>“{q.text}”
                    </blockquote>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}
        <button type="button" className="link" onClick={() => setShowRead((v) => !v)} data-testid="published-read-toggle">
          {showRead ? '收起读取报告' : '读取报告…'}
        </button>
        {showRead && (
          <ul className="published-read" data-testid="published-read">
            {published.read.map((x, i) => (
              <li key={`r${i}`}>{x}</li>
            ))}
            {published.notRead.map((x, i) => (
              <li key={`n${i}`} className="st-warn">
                未读入：{x}
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
