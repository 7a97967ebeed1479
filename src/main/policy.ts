// The Electron host's security decisions as pure functions and constants, so they are tested where no
// Electron binary exists (this file must never import electron at run time).
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** The window's web preferences: Electron security checklist items 3, 4, 6 (and no webviews, no remote). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  // Middle-click opens new windows; those are denied anyway, this removes the path.
  disableBlinkFeatures: 'Auxclick',
} as const;

/** Where the renderer is loaded from: app://juesuan/index.html, or the dev server in a development build. */
export interface TrustedOrigin {
  /** The page's URL on the app's own protocol (APP_INDEX_URL). */
  pageUrl: string;
  /** The dev server's URL (ELECTRON_RENDERER_URL), only in a development build. */
  devUrl?: string | null;
}

/**
 * Whether a URL is our own page. Parsed, never prefix-matched: `app://juesuan/index.html.evil` or
 * `http://localhost:5173@evil.example` must not pass (checklist #13). file:// is never ours: the page is
 * served from app:// (protocol.ts), so a file:// page is someone else's.
 */
export function isOwnUrl(raw: string | null | undefined, trusted: TrustedOrigin): boolean {
  if (typeof raw !== 'string' || raw === '') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) {
    let own: URL;
    try {
      own = new URL(trusted.pageUrl);
    } catch {
      return false;
    }
    return url.protocol === own.protocol && url.hostname === APP_HOST && url.host === own.host && url.username === '' && url.password === '' && url.pathname === own.pathname;
  }
  if (trusted.devUrl) {
    let dev: URL;
    try {
      dev = new URL(trusted.devUrl);
    } catch {
      return false;
    }
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev.origin && url.username === '' && url.password === '';
  }
  return false;
}

/** The parts of an IPC sender frame the check looks at (Electron's WebFrameMain has these). */
export interface SenderFrameFacts {
  url: string;
  /** null for the top frame. */
  parent: unknown;
}

/** IPC comes only from our own page in the window's main frame (checklist #17). */
export function isTrustedSender(frame: SenderFrameFacts | null | undefined, trusted: TrustedOrigin): boolean {
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isOwnUrl(frame.url, trusted);
}

/** In-app navigation is never needed (the UI is one page): only a reload of our own page is allowed. */
export function isAllowedNavigation(target: string, trusted: TrustedOrigin): boolean {
  return isOwnUrl(target, trusted);
}

/** Every permission (camera, notifications, clipboard-read, geolocation, …) is refused. */
export function allowPermission(_permission: string): boolean {
  return false;
}
