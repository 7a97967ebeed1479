// Renders the current modal (confirm/alert, the file chooser, 新建, 恢复, 使用说明, 关于).
import { useEffect, useRef } from 'react';
import type { HostApi } from '../../../shared/host-api';
import { useUi } from '../state/ui-store';
import { FileChooser } from './FileChooser';
import { NewFilingDialog } from './NewFilingDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { Modal } from './Modal';
import { HelpDialog } from './HelpDialog';
import { AboutDialog } from './AboutDialog';

export function DialogHost({ host }: { host: HostApi }) {
  const { dialog } = useUi();
  const okRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => okRef.current?.focus(), [dialog]);
  if (!dialog) return null;
  if (dialog.kind === 'chooser') return <FileChooser dialog={dialog} host={host} />;
  if (dialog.kind === 'newFiling') return <NewFilingDialog dialog={dialog} />;
  if (dialog.kind === 'recovery') return <RecoveryDialog dialog={dialog} />;
  if (dialog.kind === 'help') return <HelpDialog dialog={dialog} />;
  if (dialog.kind === 'about') return <AboutDialog dialog={dialog} />;
  return (
    <Modal title={dialog.title} testId="dialog" role="alertdialog" onEscape={() => dialog.resolve('cancel')}>
        <p className="modal-message">{dialog.message}</p>
        <div className="modal-actions">
          <button type="button" className="primary" ref={okRef} onClick={() => dialog.resolve('ok')} data-testid="dialog-ok">
            {dialog.ok}
          </button>
          {dialog.other && (
            <button type="button" onClick={() => dialog.resolve('other')} data-testid="dialog-other">
              {dialog.other}
            </button>
          )}
          {dialog.cancel && (
            <button type="button" onClick={() => dialog.resolve('cancel')} data-testid="dialog-cancel">
              {dialog.cancel}
            </button>
          )}
        </div>
    </Modal>
  );
}
