// 关于决算通: the name, the version this build was made from (package.json, injected by the build) and
// what the app is for.
import { useEffect, useRef } from 'react';
import type { InfoDialog } from '../state/ui-store';
import { Modal } from './Modal';

export function AboutDialog({ dialog }: { dialog: InfoDialog }) {
  const okRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => okRef.current?.focus(), []);
  return (
    <Modal title="关于决算通" testId="about-dialog" onEscape={() => dialog.resolve(null)}>
      <p>
        <strong>决算通</strong> <span data-testid="about-version">版本 {__APP_VERSION__}</span>
      </p>
      <p className="modal-message">
        部门决算公开的编制与审核：录入十张公开表、绩效自评和情况说明，边录入边审核，导出公开格式的 Excel 和 PDF。{'\n'}
        离线使用：所有数据都保存在您自己的文件中，不上传任何内容。
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" ref={okRef} onClick={() => dialog.resolve(null)} data-testid="about-ok">
          确定
        </button>
      </div>
    </Modal>
  );
}
