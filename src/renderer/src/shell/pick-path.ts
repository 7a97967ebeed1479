// A file or folder choice for features: the native dialog in Electron, the in-app chooser in the browser host.
import type { FileActions } from './file-actions';
import { dirName } from './file-actions';
import { ui } from '../state/ui-store';

export async function pickPath(files: FileActions, req: { mode: 'open' | 'save' | 'directory'; title: string; ext?: string; near?: string | null; defaultName?: string }): Promise<string | null> {
  const info = await files.hostInfo();
  const extensions = req.ext ? [req.ext] : [];
  if (info.kind === 'electron') return files.host.pickPath({ mode: req.mode, title: req.title, defaultPath: req.defaultName, extensions });
  return ui.choosePath({ mode: req.mode, title: req.title, startDir: req.near ? (req.mode === 'directory' ? req.near : dirName(req.near)) : info.homeDir, defaultName: req.defaultName, extensions });
}
