// The tab's presence in the browser host: one request the host holds open while the tab lives. When the
// tab is closed, reloaded or crashes, the browser drops the connection and the host knows at once that the
// tab is gone: its files are released and its recovery copies are offered to the next window. Nothing
// needs to run at unload, so a crash counts the same as a close.
import { SESSION_HEADER } from './http-host';

export interface PresenceOptions {
  session: string | Promise<string>;
  clientId: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Wait before asking again after the connection dropped (the host restarting, say). */
  retryMs?: number;
}

/** Holds the presence request until the host refuses it (session no longer valid); returns a stop function. */
export function keepPresence(options: PresenceOptions): () => void {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const abort = new AbortController();
  const run = async (): Promise<void> => {
    try {
      const res = await doFetch(`${options.baseUrl ?? ''}/api/presence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SESSION_HEADER]: await options.session, 'x-juesuan-client': options.clientId },
        body: '{}',
        credentials: 'same-origin',
        signal: abort.signal,
      });
      // Refused (a dead session, a host without presence): asking again would only be refused again.
      if (!res.ok) return;
      const reader = res.body?.getReader();
      if (reader) while (!(await reader.read()).done);
    } catch {
      // The connection dropped or the host is down: ask again below.
    }
    if (!abort.signal.aborted) setTimeout(() => void run(), options.retryMs ?? 3000);
  };
  void run();
  return () => abort.abort();
}
