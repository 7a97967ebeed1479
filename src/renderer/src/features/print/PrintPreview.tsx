// 打印预览: the whole disclosure (cover, 目录, 概况, the ten tables, 情况说明 with charts, 名词解释, 附件) as
// the PDF lays it out, in a frame that runs no script. Regenerated on open, whenever the filing changes,
// and on 刷新.
import { useEffect, useRef, useState } from 'react';
import type { Filing } from '../../../../shared/filing/types';
import type { Template } from '../../../../shared/templates/types';
import { useDoc } from '../../state/use-doc';
import { closePrintPreview, usePrintPreview } from './preview-store';
import type { PreviewState } from './preview-store';
import { previewHtml } from './preview-html';
import { printThrough } from './print-action';
import { getHost } from '../../host';

interface Generated {
  html: string | null;
  error: string | null;
  /** When it was generated, as the toolbar shows it ('' before the first time). */
  at: string;
}

function generate(filing: Filing | null, template: Template | null, only = ''): Generated {
  if (!filing || !template) return { html: null, error: null, at: '' };
  try {
    return { html: previewHtml(filing, template, only || undefined), error: null, at: new Date().toLocaleTimeString('zh-CN', { hour12: false }) };
  } catch (e) {
    return { html: null, error: `无法生成打印预览：${e instanceof Error ? e.message : String(e)}。请检查填报内容后点“刷新”重试。`, at: '' };
  }
}

export function PrintPreview() {
  const preview = usePrintPreview();
  const doc = useDoc();
  // Mounted only while open, so opening generates afresh.
  return preview ? <PreviewDialog preview={preview} filing={doc.filing} template={doc.template} /> : null;
}

function PreviewDialog({ preview, filing, template }: { preview: PreviewState; filing: Filing | null; template: Template | null }) {
  /** '' for the whole disclosure, or one table's id (打印范围). */
  const [only, setOnly] = useState('');
  const [shown, setShown] = useState(() => generate(filing, template));
  // A changed filing or range regenerates during render (React's pattern for state that follows a prop).
  const [source, setSource] = useState({ filing, template, only });
  if (source.filing !== filing || source.template !== template || source.only !== only) {
    setSource({ filing, template, only });
    setShown(generate(filing, template, only));
  }
  const regenerate = () => setShown(generate(filing, template, only));
  const { html, error, at: generatedAt } = shown;
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const frame = useRef<HTMLIFrameElement | null>(null);
  // The system print dialog in Electron (through the host); the browser's own, on the frame, in the browser host.
  const print = () => {
    if (html === null) return;
    const range = template?.tables.find((t) => t.id === only);
    void printThrough(getHost(), html, range ? `${range.number} ${range.title}` : '部门决算公开', () => {
      const w = frame.current?.contentWindow;
      if (!w) return;
      w.focus();
      w.print();
    });
  };

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

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
        <label>
          打印范围{' '}
          <select value={only} onChange={(e) => setOnly(e.target.value)} data-testid="print-preview-range">
            <option value="">全部（封面、目录、各表、情况说明、附件）</option>
            {template?.tables.map((t) => (
              <option key={t.id} value={t.id}>
                {t.number} {t.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={print} disabled={html === null} data-testid="print-preview-print">
          打印…
        </button>
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
        // No allow-scripts: the document runs nothing. allow-same-origin so the frame may load the bundled
        // font files, which are our own (a sandboxed origin-less frame would be refused them), and the app
        // may call its print(); allow-modals lets that print() open the print dialog.
        <iframe
          title="打印预览"
          ref={frame}
          sandbox="allow-same-origin allow-modals"
          srcDoc={html}
          data-testid="print-preview-frame"
          style={{ flex: 1, width: '100%', border: 0 }}
        />
      )}
    </div>
  );
}
