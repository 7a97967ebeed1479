// The Electron host's lifecycle: one locked-down window over the shared host services, one running app
// (a second launch hands its file over and quits).
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_MENU_CHANNEL, type MenuEvent, type Settings } from '../shared/host-api';
import { createHostServices, type HostServices } from '../node/services/host-services';
import type { SettingsStore } from '../node/services/settings-store';
import { ElectronSettingsStore } from './settings-electron';
import { applySecurity, denyPermissions } from './security';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { pickPath } from './dialogs';
import { printWithDialog } from './print-electron';
import { electronExporters } from './exporters-electron';
import { createMainWindow, rendererPaths, windowBounds } from './window';
import { registerAppScheme, serveApp } from './protocol';
import { filesFromArgv, handedOverFiles, routeHandedOver, type Handover } from './open-args';

const log = (line: string): void => console.error(`[决算通] ${line}`);
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Decided when the app is built, not by the environment: in every build (and so every package) this is
// `false && …`, and the dev server's URL is never read.
const devUrl = import.meta.env.DEV ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const dev = devUrl !== null;
const paths = rendererPaths(outDir, devUrl);

// Tests and `npm start` pass a data folder so that runs never touch the clerk's own settings.
if (process.env.JUESUAN_DATA_DIR) app.setPath('userData', resolve(process.env.JUESUAN_DATA_DIR));
const dataDir = app.getPath('userData');
const launchFiles = filesFromArgv(process.argv, process.cwd());
// The file the page opens when it starts; a file handed over before the page asked replaces it.
let startupFile = process.env.JUESUAN_STARTUP_FILE ?? launchFiles[0] ?? null;
/** Set when the page first asks host.info: from then on, a handed-over file is sent to it instead. */
let pageStarted = false;

registerAppScheme();
applySecurity(app, paths.trusted, log);

// The lock is per data folder. A second launch passes the files it was given (resolved against its own
// working folder) and quits; the running app opens them.
const handover: Handover = { files: launchFiles };
if (!app.requestSingleInstanceLock(handover)) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    openInRunningApp(handedOverFiles(additionalData, argv, workingDirectory));
  });
  // macOS hands double-clicked files over this way (the app is not built for macOS; harmless elsewhere).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openInRunningApp(handedOverFiles({ files: [path] }, [], process.cwd()));
  });
  void app.whenReady().then(start);
}

/**
 * Brings the window forward and opens the first file there as the menu's 最近打开 does: the page asks
 * about unsaved changes first, and host.openFiling checks the file, exactly as for 打开. Until the page
 * has started, the file simply becomes the one it starts with.
 */
function openInRunningApp(files: string[]): void {
  const route = routeHandedOver(files, pageStarted);
  if (route.ignored > 0) log(`一次只打开一个文件，已忽略另外 ${route.ignored} 个`);
  if (route.startupFile) startupFile = route.startupFile;
  if (!app.isReady()) return;
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  if (route.send) win.webContents.send(HOST_MENU_CHANNEL, { action: 'open-recent', path: route.send } satisfies MenuEvent);
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  serveApp(session.defaultSession, paths.rendererDir, log);
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
    startupFile: null,
    homeDir: app.getPath('documents'),
    settings,
    pickPath,
    printDocument: printWithDialog,
    exporters: electronExporters,
  });
  const withStartupFile: HostServices = {
    ...services,
    async info(ctx) {
      pageStarted = true;
      return { ...(await services.info(ctx)), startupFile: startupFile ? resolve(startupFile) : null };
    },
  };
  registerIpc(ipcMain, withStartupFile, paths.trusted, log);
  const initial = await settings.get();
  installMenu(initial.recentFiles, dev);
  openWindow(initial.window, services.holdWindow, settings);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(initial.window, services.holdWindow, settings);
  });
}

function openWindow(saved: Settings['window'], holdWindow: (holder: string) => () => void, settings: SettingsStore): void {
  const win = createMainWindow(paths, saved);
  const id = win.webContents.id;
  // Alive until its page is gone: then its files are released and its recovery copies offered to others.
  const release = holdWindow(`window:${id}`);
  win.on('close', () => {
    void settings.set({ window: windowBounds(win) }).catch(() => undefined);
  });
  win.webContents.on('destroyed', release);
  win.webContents.on('render-process-gone', release);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
