// 起始页: what a first start shows (no file given), and 文件 → 起始页 later: 新建, 打开, the recent files
// and the built-in samples. Every entry is a button, so Tab and Enter reach them all.
import { useEffect, useRef, useState } from 'react';
import { SAMPLES } from '../../../../shared/sample/catalog';
import { useDoc, useStore } from '../../state/use-doc';
import type { FileActions } from '../../shell/file-actions';
import { baseName } from '../../shell/file-actions';
import './start.css';

export function StartPage({ files }: { files: FileActions }) {
  const doc = useDoc();
  const store = useStore();
  const [recent, setRecent] = useState<string[] | null>(null);
  const first = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    let live = true;
    void files.recentFiles().then((r) => live && setRecent(r));
    first.current?.focus();
    return () => {
      live = false;
    };
  }, [files]);

  const current = doc.filing ? (doc.path ? baseName(doc.path) : doc.filing.sample ? '示例（尚未保存）' : '未命名（尚未保存）') : null;

  return (
    <div className="start-page" data-testid="start-page">
      <h1>决算通</h1>
      <p className="muted">部门决算公开：编制、审核与公开。文件都保存在本机，由您自己保管。</p>
      <div className="start-columns">
        <section aria-labelledby="start-begin">
          <h2 id="start-begin">开始</h2>
          <ul className="start-list">
            <li>
              <button type="button" ref={first} onClick={() => void files.newFiling()} data-testid="start-new">
                <strong>新建…</strong>
                <span className="muted">选择地区模板和年度，从空白表开始编制</span>
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void files.openDialog()} data-testid="start-open">
                <strong>打开…</strong>
                <span className="muted">打开已保存的决算文件（.jsgk），或已公开的 PDF</span>
              </button>
            </li>
            {current && (
              <li>
                <button type="button" onClick={() => store.setView('overview')} data-testid="start-back">
                  <strong>回到当前文件</strong>
                  <span className="muted">{current}</span>
                </button>
              </li>
            )}
          </ul>
          <h2 id="start-samples">打开示例</h2>
          <p className="muted start-note">示例是已公开的真实部门决算，保留了原文中的错误，用来熟悉软件和审核公式；不是您的文件。</p>
          <ul className="start-list" aria-labelledby="start-samples">
            {SAMPLES.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => void files.openSample({ id: s.id })} data-testid={`start-sample-${s.id}`}>
                  <strong>打开示例：{s.label}</strong>
                  <span className="muted">
                    {s.department} {s.year}年度部门决算
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="start-recent">
          <h2 id="start-recent">最近打开</h2>
          {recent === null && <p className="muted">正在读取…</p>}
          {recent?.length === 0 && (
            <p className="muted" data-testid="start-recent-empty">
              还没有最近打开的文件。
            </p>
          )}
          <ul className="start-list" data-testid="start-recent">
            {recent?.map((p) => (
              <li key={p}>
                <button type="button" title={p} onClick={() => void files.openPath(p)} data-testid="start-recent-item">
                  <strong>{baseName(p)}</strong>
                  <span className="muted start-path">{p}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
