// The in-app file chooser of the browser host: folders and .jsgk files from host.listDir, a name box
// when saving, overwrite confirmation.
import { useEffect, useState } from 'react';
import type { DirListing, HostApi } from '../../../shared/host-api';
import type { ChooserDialog } from '../state/ui-store';
import { Modal } from './Modal';

function join(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function FileChooser({ dialog, host }: { dialog: ChooserDialog; host: HostApi }) {
  const [dir, setDir] = useState(dialog.startDir);
  const [listing, setListing] = useState<DirListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(dialog.defaultName ?? '');
  const [confirmOverwrite, setConfirmOverwrite] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void host.listDir(dir).then((r) => {
      if (!live) return;
      if ('ok' in r && r.ok === false) {
        setError(`无法列出文件夹 ${dir}：${r.message}`);
        return;
      }
      setError(null);
      setListing(r as DirListing);
    });
    return () => {
      live = false;
    };
  }, [dir, host]);

  // Opening also lists the backups (FILE.jsgk.bak) an open error may point to.
  const shownExtensions = dialog.mode === 'open' ? [...dialog.extensions, ...dialog.extensions.map((x) => `${x}.bak`)] : dialog.extensions;
  const files = (listing?.entries ?? []).filter(
    (e) => e.kind === 'dir' || (dialog.mode !== 'directory' && shownExtensions.some((x) => e.name.toLowerCase().endsWith(`.${x}`))),
  );
  const ext = dialog.extensions[0] ?? '';
  const sorted = [...files].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'zh') : a.kind === 'dir' ? -1 : 1));

  const finish = () => {
    const base = listing?.path ?? dir;
    if (dialog.mode === 'directory') {
      dialog.resolve(base);
      return;
    }
    if (dialog.mode === 'open') {
      const entry = files.find((e) => e.name === name && e.kind === 'file');
      if (!entry) {
        // A file that is there but of another kind is named as such, not as missing.
        const other = (listing?.entries ?? []).find((e) => e.name === name && e.kind === 'file');
        if (other) setError(`“${name}”不是可以在这里打开的文件：请选择 .${ext} 文件（或其备份 .${ext}.bak）。`);
        else setError(name ? `当前文件夹中没有文件“${name}”。` : '请选择一个文件。');
        return;
      }
      dialog.resolve(entry.path);
      return;
    }
    const trimmed = name.trim();
    if (!trimmed || /[\\/:*?"<>|]/.test(trimmed)) {
      setError('请输入文件名（不能含有 \\ / : * ? " < > | 这些字符）。');
      return;
    }
    const full = !ext || trimmed.toLowerCase().endsWith(`.${ext}`) ? trimmed : `${trimmed}.${ext}`;
    if (files.some((e) => e.kind === 'file' && e.name === full) && confirmOverwrite !== full) {
      setConfirmOverwrite(full);
      return;
    }
    dialog.resolve(join(base, full));
  };

  return (
    <Modal title={dialog.title} testId="file-chooser" className="chooser">
        <div className="chooser-path">
          <button type="button" disabled={!listing?.parent} onClick={() => listing?.parent && setDir(listing.parent)} data-testid="chooser-up">
            ↑ 上一级
          </button>
          <input
            type="text"
            value={dir}
            onChange={(e) => setDir(e.target.value)}
            aria-label="文件夹"
            data-testid="chooser-dir"
          />
        </div>
        <ul className="chooser-list" data-testid="chooser-list">
          {sorted.length === 0 && <li className="muted">{dialog.mode === 'directory' ? '（此文件夹中没有子文件夹）' : `（此文件夹中没有文件夹或 .${ext} 文件）`}</li>}
          {sorted.map((e) => (
            <li key={e.path}>
              <button
                type="button"
                className={name === e.name ? 'active' : ''}
                data-testid={`chooser-entry-${e.name}`}
                onClick={() => (e.kind === 'dir' ? setDir(e.path) : (setName(e.name), setConfirmOverwrite(null)))}
                onDoubleClick={() => {
                  if (e.kind === 'file' && dialog.mode === 'open') dialog.resolve(e.path);
                }}
              >
                <span className="chooser-kind">{e.kind === 'dir' ? '▸' : '▫'}</span>
                <span className="chooser-name">{e.name}</span>
                <span className="muted">{e.kind === 'file' ? new Date(e.mtimeMs).toLocaleString('zh-CN') : ''}</span>
              </button>
            </li>
          ))}
        </ul>
        {dialog.mode !== 'directory' && (
        <label className="chooser-name-row">
          文件名
          <input
            type="text"
            value={name}
            onChange={(e) => (setName(e.target.value), setConfirmOverwrite(null))}
            onKeyDown={(e) => e.key === 'Enter' && finish()}
            data-testid="chooser-name"
          />
        </label>
        )}
        {error && (
          <p className="st-err" role="alert">
            {error}
          </p>
        )}
        {confirmOverwrite && (
          <p className="st-warn" role="alert" data-testid="chooser-overwrite">
            ⚠ “{confirmOverwrite}”已存在。再次点击“保存”将覆盖它。
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="primary" onClick={finish} data-testid="chooser-ok">
            {dialog.mode === 'open' ? '打开' : dialog.mode === 'directory' ? '选择此文件夹' : '保存'}
          </button>
          <button type="button" onClick={() => dialog.resolve(null)} data-testid="chooser-cancel">
            取消
          </button>
        </div>
    </Modal>
  );
}
