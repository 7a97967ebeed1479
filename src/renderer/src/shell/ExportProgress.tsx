// The progress dialog of a long export (Excel, PDF, 报送包): the current stage, a bar where the share is
// known, and 取消; after a cancel it says 已取消 until closed.
import { useEffect, useRef } from 'react';
import { exportProgress, useExportProgress } from './export-progress';

export function ExportProgress() {
  const p = useExportProgress();
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => buttonRef.current?.focus(), [p?.phase]);
  if (!p) return null;
  const ended = p.phase === 'cancelled';
  return (
    <div className="modal-backdrop export-progress-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label={p.title} data-testid="export-progress" onKeyDown={(e) => e.key === 'Escape' && (ended ? exportProgress.close() : exportProgress.cancel())}>
        <h2>{p.title}</h2>
        <p className="modal-message" data-testid="export-progress-stage" aria-live="polite">
          {p.stage}
          {p.phase === 'running' && p.percent !== null ? `（${Math.round(p.percent)}%）` : ''}
        </p>
        {!ended && <progress className="export-progress-bar" style={{ width: "100%" }} max={100} value={p.percent ?? undefined} data-testid="export-progress-bar" />}
        {ended && p.message && <p className="muted" data-testid="export-progress-message">{p.message}</p>}
        <div className="modal-actions">
          {ended ? (
            <button type="button" className="primary" ref={buttonRef} onClick={() => exportProgress.close()} data-testid="export-progress-close">
              关闭
            </button>
          ) : (
            <button type="button" ref={buttonRef} disabled={p.phase === 'cancelling'} onClick={() => exportProgress.cancel()} data-testid="export-progress-cancel">
              取消
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
