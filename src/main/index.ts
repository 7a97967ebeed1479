// The Electron host's lifecycle: one locked-down window over the shared host services.
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../shared/host-api';
import { createHostServices } from '../node/services/host-services';
import type { SettingsStore } from '../node/services/settings-store';
import { ElectronSettingsStore } from './settings-electron';
import { applySecurity, denyPermissions } from './security';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { pickPath } from './dialogs';
import { electronExporters } from './exporters-electron';
import { createMainWindow, rendererPaths, windowBounds } from './window';

const log = (line: string): void => console.error(`[决算通] ${line}`);
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL);
const paths = rendererPaths(outDir, dev ? (process.env.ELECTRON_RENDERER_URL ?? null) : null);

// Tests and `npm start` pass a data folder so that runs never touch the clerk's own settings.
if (process.env.JUESUAN_DATA_DIR) app.setPath('userData', resolve(process.env.JUESUAN_DATA_DIR));
const dataDir = app.getPath('userData');
const startupFile = process.env.JUESUAN_STARTUP_FILE ?? process.argv.slice(1).find((a) => a.toLowerCase().endsWith('.jsgk')) ?? null;

applySecurity(app, paths.trusted, log);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  const base = new ElectronSettingsStore(join(dataDir));
  // The 最近打开 menu follows the settings: rebuild it whenever they change.
  const settings: SettingsStore = {
    get: () => base.get(),
    async set(patch: Partial<Settings>) {
      const next = await base.set(patch);
      if (patch.recentFiles) installMenu(next.recentFiles, dev);
      return next;
    },
  };
  const services = createHostServices({
    kind: 'electron',
    appVersion: app.getVersion(),
    dataDir,
    startupFile: startupFile ? resolve(startupFile) : null,
    homeDir: app.getPath('documents'),
    settings,
    pickPath,
    exporters: electronExporters,
  });
  registerIpc(ipcMain, services, paths.trusted, log);
  const initial = await settings.get();
  installMenu(initial.recentFiles, dev);
  openWindow(initial.window, services.releaseHolder, settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(initial.window, services.releaseHolder, settings);
  });
}

function openWindow(saved: Settings['window'], release: (holder: string) => void, settings: SettingsStore): void {
  const win = createMainWindow(paths, saved);
  const id = win.webContents.id;
  win.on('close', () => {
    void settings.set({ window: windowBounds(win) }).catch(() => undefined);
  });
  win.webContents.on('destroyed', () => release(`window:${id}`));
  win.webContents.on('render-process-gone', () => release(`window:${id}`));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
