// The browser host's key, as the page keeps it. The page is opened at /?code=… with a one-time code (it
// was on Chromium's command line, readable by every local user); the page takes the code out of its
// address at once and trades it for a session credential, kept in this tab's sessionStorage: not in a URL,
// not in a cookie (cookies on 127.0.0.1 go to every port), and not readable by any other origin.
import { exchangeCode } from './http-host';

const KEY = 'juesuan-session';
let pending: Promise<string> | null = null;

/** The credential this tab already holds ('' when none): synchronous, for the pagehide release. */
export function storedSession(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** The session for this tab: trades the address's code once, or reuses the one kept across reloads. */
export function pageSession(): Promise<string> {
  pending ??= (async () => {
    const params = new URLSearchParams(window.location.search);
    const code = params.get('code');
    if (code === null) return storedSession();
    params.delete('code');
    const rest = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
    const session = await exchangeCode(code);
    try {
      window.sessionStorage.setItem(KEY, session);
    } catch {
      // No sessionStorage (locked-down profile): the credential lives in memory until the tab closes.
    }
    return session;
  })();
  return pending;
}
