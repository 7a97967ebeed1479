// At startup: work autosaved before the app last stopped without saving. For each copy: whose file it is,
// when it was written and how it differs from the saved file; 恢复, 丢弃, or 稍后 (keep it for next time).
import { useEffect, useRef } from 'react';
import type { RecoveryDialog as RecoveryDialogState } from '../state/ui-store';
import { Modal } from './Modal';

export function RecoveryDialog({ dialog }: { dialog: RecoveryDialogState }) {
  const firstRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => firstRef.current?.focus(), [dialog]);
  return (
    <Modal title="恢复未保存的工作" testId="recovery-dialog" role="alertdialog" onEscape={() => dialog.resolve(null)}>
        <p className="modal-message">上次关闭前有未保存的修改，程序自动保存了副本。恢复后请检查并保存；丢弃后无法找回。</p>
        <ul className="recovery-list" style={{ listStyle: 'none', padding: 0, maxHeight: 360, overflow: 'auto' }}>
          {dialog.offers.map((o, i) => (
            <li key={o.id} data-testid={`recovery-item-${o.id}`}>
              <p>
                <strong data-testid="recovery-file">{o.fileLabel}</strong>
                <span className="muted">（自动保存于 {new Date(o.savedAt).toLocaleString('zh-CN')}）</span>
              </p>
              <p data-testid="recovery-difference">{o.difference}</p>
              {o.changes.length > 0 && (
                <ul className="recovery-changes" data-testid="recovery-changes">
                  {o.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
              <div className="modal-actions">
                <button
                  type="button"
                  className="primary"
                  ref={i === 0 ? firstRef : undefined}
                  onClick={() => dialog.resolve({ action: 'restore', id: o.id })}
                  data-testid="recovery-restore"
                >
                  恢复
                </button>
                <button type="button" onClick={() => dialog.resolve({ action: 'discard', id: o.id })} data-testid="recovery-discard">
                  丢弃
                </button>
              </div>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <button type="button" onClick={() => dialog.resolve(null)} data-testid="recovery-later" title="保留副本，下次启动时再询问">
            稍后
          </button>
        </div>
    </Modal>
  );
}
