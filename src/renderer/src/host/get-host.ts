// The renderer's one way to its host: window.host (the Electron preload) or the browser host over HTTP.
import type { HostApi, MenuEvent, WindowHost } from '../../../shared/host-api';
import { createHttpHost, releaseOnPageHide } from './http-host';
import { keepPresence } from './presence';
import { pageSession, storedSession } from './session';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    host?: WindowHost;
  }
}

let cached: HostApi | null = null;

/** True when the UI runs in the browser host (no native dialogs or menus: use the in-app ones). */
export function isBrowserHost(): boolean {
  return typeof window === 'undefined' || window.host === undefined;
}

/** The host for this page. Same object on every call. */
export function getHost(): HostApi {
  if (cached) return cached;
  if (!isBrowserHost()) {
    cached = window.host as WindowHost;
    return cached;
  }
  const clientId = tabId();
  const session = pageSession();
  const host = createHttpHost({ session, clientId });
  keepPresence({ session, clientId });
  window.addEventListener('pagehide', () => releaseOnPageHide({ session: storedSession(), clientId }, host.heldPaths()));
  cached = host;
  return cached;
}

/**
 * Menu commands from the native menu (Electron). In the browser host there is none, so this never fires;
 * the in-app menu calls the same handlers directly. Returns a function that stops listening.
 */
export function onMenu(cb: (event: MenuEvent) => void): () => void {
  if (isBrowserHost() || !window.host?.onMenu) return () => undefined;
  return window.host.onMenu(cb);
}

/** One id per tab, kept in sessionStorage so a reload is the same holder of its open file. */
function tabId(): string {
  const key = 'juesuan-client';
  try {
    const existing = window.sessionStorage.getItem(key);
    if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
    const id = window.crypto.randomUUID();
    window.sessionStorage.setItem(key, id);
    return id;
  } catch {
    return window.crypto.randomUUID();
  }
}

/** For tests of components: use a fake host instead of window.host or HTTP. */
export function setHostForTesting(host: HostApi | null): void {
  cached = host;
}
