// Native open/save/folder dialogs for pickPath.
import { BrowserWindow, dialog } from 'electron';
import type { PickPathRequest } from '../shared/host-api';

const FILTER_NAMES: Record<string, string> = { jsgk: '决算通文件', xlsx: 'Excel 工作簿', pdf: 'PDF 文件', txt: '文字稿' };

export async function pickPath(req: PickPathRequest): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const filters = (req.extensions ?? []).map((e) => ({ name: FILTER_NAMES[e] ?? `.${e} 文件`, extensions: [e] }));
  // 打开 takes several kinds (a filing, or a published PDF): one filter shows them all at once.
  if (req.mode === 'open' && filters.length > 1) filters.unshift({ name: '可打开的文件', extensions: req.extensions ?? [] });
  if (req.mode === 'save') {
    const r = win
      ? await dialog.showSaveDialog(win, { title: req.title, defaultPath: req.defaultPath, filters })
      : await dialog.showSaveDialog({ title: req.title, defaultPath: req.defaultPath, filters });
    return r.canceled || !r.filePath ? null : r.filePath;
  }
  const properties: Array<'openFile' | 'openDirectory' | 'createDirectory'> = req.mode === 'directory' ? ['openDirectory', 'createDirectory'] : ['openFile'];
  const r = win
    ? await dialog.showOpenDialog(win, { title: req.title, defaultPath: req.defaultPath, filters, properties })
    : await dialog.showOpenDialog({ title: req.title, defaultPath: req.defaultPath, filters, properties });
  return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
}
