// The main window: locked down (policy.ts), loading our own page only (app://juesuan/, protocol.ts).
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Settings } from '../shared/host-api';
import { SECURE_WEB_PREFERENCES, type TrustedOrigin } from './policy';
import { APP_INDEX_URL } from './app-protocol';

export interface WindowPaths {
  preload: string;
  /** The built renderer folder, the only files app://juesuan/ serves. */
  rendererDir: string;
  trusted: TrustedOrigin;
}

export function rendererPaths(outDir: string, devUrl: string | null): WindowPaths {
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererDir: join(outDir, 'renderer'),
    trusted: { pageUrl: APP_INDEX_URL, devUrl },
  };
}

export function createMainWindow(paths: WindowPaths, saved: Settings['window']): BrowserWindow {
  const win = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 800,
    x: saved?.x,
    y: saved?.y,
    minWidth: 900,
    minHeight: 600,
    title: '决算通',
    show: false,
    backgroundColor: '#ffffff',
    // The key settings are repeated as literals so that static scanners (electronegativity) can see them.
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      preload: paths.preload,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.trusted.devUrl ?? paths.trusted.pageUrl);
  return win;
}

export function windowBounds(win: BrowserWindow): NonNullable<Settings['window']> {
  const b = win.getNormalBounds();
  return { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() };
}
