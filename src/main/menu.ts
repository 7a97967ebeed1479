// Installs the application menu and rebuilds it when the recent-files list changes.
import { BrowserWindow, Menu } from 'electron';
import { HOST_MENU_CHANNEL, type MenuEvent } from '../shared/host-api';
import { buildMenuTemplate } from './menu-template';

export function installMenu(recentFiles: string[], dev: boolean): void {
  const send = (event: MenuEvent): void => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    win?.webContents.send(HOST_MENU_CHANNEL, event);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ recentFiles, send, isMac: process.platform === 'darwin', dev })));
}
