// The application menu as data. Commands the UI carries out (new, open, save, undo, …) are sent to the
// renderer as a named action on one channel; clipboard and zoom use Electron's built-in roles.
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuEvent } from '../shared/host-api';

export interface MenuOptions {
  recentFiles: string[];
  /** Sends a command to the focused window's renderer. */
  send(event: MenuEvent): void;
  isMac: boolean;
  dev: boolean;
}

export function buildMenuTemplate({ recentFiles, send, isMac, dev }: MenuOptions): MenuItemConstructorOptions[] {
  const act = (action: MenuEvent['action']) => () => send({ action });
  const recent: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: '（无）', enabled: false }]
      : recentFiles.map((path, i) => ({ label: `${i + 1}. ${basename(path)}`, toolTip: path, click: () => send({ action: 'open-recent', path }) }));
  return [
    {
      label: '文件',
      submenu: [
        { label: '起始页', click: act('start-page') },
        { type: 'separator' },
        { label: '新建', accelerator: 'CmdOrCtrl+N', click: act('new') },
        { label: '打开…', accelerator: 'CmdOrCtrl+O', click: act('open') },
        { label: '最近打开', submenu: recent },
        { type: 'separator' },
        { label: '保存', accelerator: 'CmdOrCtrl+S', click: act('save') },
        { label: '另存为…', accelerator: 'CmdOrCtrl+Shift+S', click: act('save-as') },
        { type: 'separator' },
        { label: '导入 Excel…', accelerator: 'CmdOrCtrl+I', click: act('import-xlsx') },
        {
          label: '导出',
          submenu: [
            { label: '导出 Excel…', accelerator: 'CmdOrCtrl+E', click: act('export-xlsx') },
            { label: '导出 PDF…', accelerator: 'CmdOrCtrl+P', click: act('export-pdf') },
            { label: '生成报送包…', click: act('package') },
          ],
        },
        { type: 'separator' },
        { label: '关闭', accelerator: 'CmdOrCtrl+W', click: act('close') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: '退出', role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
      ],
    },
    {
      label: '编辑',
      submenu: [
        // The app keeps its own undo stack (typed edits and pastes alike); the renderer routes these.
        { label: '撤销', accelerator: 'CmdOrCtrl+Z', click: act('undo') },
        { label: '重做', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: act('redo') },
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen', accelerator: 'F11' },
        ...(dev ? [{ type: 'separator' as const }, { label: '开发者工具', role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '使用说明', accelerator: 'F1', click: act('help') },
        { label: '关于决算通', click: act('about') },
      ],
    },
  ];
}
