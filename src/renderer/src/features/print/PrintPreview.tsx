// 打印预览: the whole disclosure (cover, 目录, 概况, the ten tables, 情况说明 with charts, 名词解释, 附件) as
// the PDF lays it out, in a frame that runs no script. Regenerated on open, whenever the filing changes,
// and on 刷新.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDoc } from '../../state/use-doc';
import { closePrintPreview, usePrintPreview } from './preview-store';
import { previewHtml } from './preview-html';

export function PrintPreview() {
  const preview = usePrintPreview();
  const doc = useDoc();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generatedAt, setGeneratedAt] = useState('');
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const open = preview !== null;

  const regenerate = useCallback(() => {
    if (!doc.filing || !doc.template) return;
    try {
      setHtml(previewHtml(doc.filing, doc.template));
      setError(null);
      setGeneratedAt(new Date().toLocaleTimeString('zh-CN', { hour12: false }));
    } catch (e) {
      setHtml(null);
      setError(`无法生成打印预览：${e instanceof Error ? e.message : String(e)}。请检查填报内容后点“刷新”重试。`);
    }
  }, [doc.filing, doc.template]);

  useEffect(() => {
    if (open) regenerate();
    else setHtml(null);
  }, [open, regenerate]);

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  if (!preview) return null;
  return (
    <div
      className="print-preview"
      role="dialog"
      aria-modal="true"
      aria-label="打印预览"
      data-testid="print-preview"
      style={{ position: 'fixed', inset: 0, zIndex: 90, display: 'flex', flexDirection: 'column', background: '#f3f4f6' }}
      onKeyDown={(e) => e.key === 'Escape' && closePrintPreview()}
    >
      <div className="toolbar" style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 10px', borderBottom: '1px solid #c8ccd2', background: '#fff' }}>
        <strong>打印预览</strong>
        <span className="muted">与导出的 PDF 排版相同；红色虚线为分页位置。{generatedAt && `生成于 ${generatedAt}`}</span>
        <span style={{ flex: 1 }} />
        <button type="button" onClick={regenerate} data-testid="print-preview-refresh">
          刷新
        </button>
        <button type="button" className="primary" onClick={() => preview.exportPdf()} data-testid="print-preview-export">
          导出 PDF…
        </button>
        <button type="button" ref={closeRef} onClick={closePrintPreview} data-testid="print-preview-close">
          关闭
        </button>
      </div>
      {error && (
        <p role="alert" className="error" style={{ margin: 12 }} data-testid="print-preview-error">
          {error}
        </p>
      )}
      {html !== null && (
        // No allow-scripts: the document runs nothing. allow-same-origin only so the frame may load the
        // bundled font files, which are our own (a sandboxed origin-less frame would be refused them).
        <iframe
          title="打印预览"
          sandbox="allow-same-origin"
          srcDoc={html}
          data-testid="print-preview-frame"
          style={{ flex: 1, width: '100%', border: 0 }}
        />
      )}
    </div>
  );
}
