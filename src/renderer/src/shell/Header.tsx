// Title bar and toolbar: file name with the unsaved mark (•), file commands, undo/redo.
import { useCallback, useRef, useState } from 'react';
import { useDoc, useStore } from '../state/use-doc';
import { ui, useUi } from '../state/ui-store';
import type { FileActions } from './file-actions';
import type { ExportActions } from './export-actions';
import { baseName } from './file-actions';
import { ReviewBadge, ReviewMenu } from '../features/review/index';
import { DeskMenu } from '../features/desk/index';
import { PrintPreview } from '../features/print/index';
import { ExportProgress } from './ExportProgress';
import { HelpMenu } from './HelpMenu';
import { useOutsideClose } from './use-outside-close';
import { DEFAULT_SAMPLE, SAMPLES } from '../../../shared/sample/catalog';

export function Header({ files, exports }: { files: FileActions; exports: ExportActions }) {
  const doc = useDoc();
  const store = useStore();
  const { busy } = useUi();
  const [recent, setRecent] = useState<string[] | null>(null);
  const recentRef = useRef<HTMLDivElement | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const exportRef = useRef<HTMLDivElement | null>(null);
  const name = doc.path ? baseName(doc.path) : doc.filing ? (doc.filing.sample ? '示例（尚未保存）' : '未命名（新建，尚未保存）') : doc.view === 'start' ? '起始页' : '';

  useOutsideClose(recentRef, recent !== null, useCallback(() => setRecent(null), []));
  useOutsideClose(exportRef, exportOpen, useCallback(() => setExportOpen(false), []));

  const exportItem = (label: string, testId: string, run: () => Promise<void>) => (
    <li>
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          setExportOpen(false);
          void run();
        }}
      >
        {label}
      </button>
    </li>
  );

  const undo = () => {
    const r = store.undo();
    ui.status(r.message, r.ok ? 'info' : 'error');
  };
  const redo = () => {
    const r = store.redo();
    ui.status(r.message, r.ok ? 'info' : 'error');
  };

  return (
    <header className="app-header">
      <div className="app-title" data-testid="app-title" title={doc.path ?? ''}>
        <strong>决算通</strong>
        <span className="sep">—</span>
        <span data-testid="file-name">{name}</span>
        {doc.dirty && (
          <span className="dirty-mark" data-testid="dirty-mark" title="有未保存的修改">
            •
          </span>
        )}
        {doc.filing?.sample && (
          <span className="badge sample-badge" data-testid="sample-badge" title="内置示例：已公开的真实决算，保留了原文中的错误">
            示例
          </span>
        )}
        {doc.readOnly && !doc.review && <span className="badge">只读</span>}
        <ReviewBadge />
        {busy && <span className="muted">{busy}</span>}
      </div>
      <nav className="toolbar" aria-label="文件">
        <button type="button" onClick={() => store.setView('start')} data-testid="cmd-start" title="起始页：新建、打开、最近打开、示例" aria-pressed={doc.view === 'start'}>
          起始页
        </button>
        <button type="button" onClick={() => void files.newFiling()} data-testid="cmd-new" title="新建空白文件 (Ctrl+N)">
          新建
        </button>
        <button type="button" onClick={() => store.setView('consolidate')} data-testid="cmd-consolidate" title="新建：由本级和所属单位的文件汇总生成部门决算">
          汇总…
        </button>
        <button type="button" onClick={() => void files.openDialog()} data-testid="cmd-open" title="打开文件 (Ctrl+O)">
          打开…
        </button>
        <div className="dropdown" ref={recentRef}>
          <button
            type="button"
            data-testid="cmd-recent"
            onClick={async () => setRecent(recent ? null : await files.recentFiles())}
            aria-expanded={!!recent}
          >
            最近 ▾
          </button>
          {recent && (
            <ul className="dropdown-menu" data-testid="recent-list">
              {recent.length === 0 && <li className="muted">还没有最近打开的文件</li>}
              {recent.map((p) => (
                <li key={p}>
                  <button
                    type="button"
                    title={p}
                    onClick={() => {
                      setRecent(null);
                      void files.openPath(p);
                    }}
                  >
                    {baseName(p)}
                    <span className="muted"> {p}</span>
                  </button>
                </li>
              ))}
              {SAMPLES.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => {
                      setRecent(null);
                      void files.openSample({ id: s.id });
                    }}
                    data-testid={s.id === DEFAULT_SAMPLE ? 'cmd-sample' : `cmd-sample-${s.id}`}
                  >
                    打开示例：{s.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" onClick={() => void files.save()} data-testid="cmd-save" title="保存 (Ctrl+S)" disabled={!doc.filing}>
          保存
        </button>
        <button type="button" onClick={() => void files.saveAs()} data-testid="cmd-save-as" title="另存为 (Ctrl+Shift+S)" disabled={!doc.filing}>
          另存为…
        </button>
        <div className="dropdown" ref={exportRef}>
          <button type="button" data-testid="cmd-export" onClick={() => setExportOpen(!exportOpen)} aria-expanded={exportOpen} disabled={!doc.filing}>
            导入/导出 ▾
          </button>
          {exportOpen && (
            <ul className="dropdown-menu" data-testid="export-menu">
              {exportItem('导出 Excel（公开表格式）…', 'cmd-export-xlsx', () => exports.exportFile('xlsx'))}
              {exportItem('导出 PDF（公开文本）…', 'cmd-export-pdf', () => exports.exportFile('pdf'))}
              {exportItem('打印预览（公开文本）', 'cmd-print-preview', async () => exports.openPrintPreview())}
              {exportItem('导出审核结果（Excel）…', 'cmd-export-findings', () => exports.exportFindings())}
              {exportItem('生成报送包…', 'cmd-package', () => exports.packageSubmission())}
              {exportItem('从 Excel 导入…', 'cmd-import-xlsx', () => exports.importXlsx())}
            </ul>
          )}
        </div>
        <ReviewMenu files={files} />
        <DeskMenu files={files} />
        <span className="toolbar-sep" />
        <button type="button" onClick={undo} disabled={doc.undo.length === 0} data-testid="cmd-undo" title={`撤销：${doc.undo.at(-1)?.label ?? '无'} (Ctrl+Z)`}>
          ↶ 撤销
        </button>
        <button type="button" onClick={redo} disabled={doc.redo.length === 0} data-testid="cmd-redo" title={`恢复：${doc.redo.at(-1)?.label ?? '无'} (Ctrl+Y)`}>
          ↷ 恢复
        </button>
        <span className="toolbar-sep" />
        <HelpMenu />
      </nav>
      <PrintPreview />
      <ExportProgress />
    </header>
  );
}
