// HostApi over HTTP, for the browser host: each call is POST /api/<method> with { args }, authorised by the
// session credential the page got for its one-time code (see session.ts), sent as a header.
import type { HostApi, HostMethod } from '../../../shared/host-api';

export const SESSION_HEADER = 'x-juesuan-session';

export interface HttpHostOptions {
  /** The session credential, or its promise while the page is still trading its code for it. */
  session: string | Promise<string>;
  /** One id per tab, kept across reloads: the host refuses a file another tab has open. */
  clientId: string;
  /** The server's origin; default: the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** A host call failed in transport (server gone, refused, malformed request), not as an operation. */
export class HostCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function createHttpHost(options: HttpHostOptions): HostApi & { heldPaths(): string[] } {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = options.baseUrl ?? '';

  async function post(method: HostMethod, args: unknown[]): Promise<unknown> {
    const session = await options.session;
    let res: Response;
    try {
      res = await doFetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SESSION_HEADER]: session, 'x-juesuan-client': options.clientId },
        body: JSON.stringify({ args }),
        credentials: 'same-origin',
      });
    } catch {
      throw new HostCallError('无法连接决算通后台服务。它可能已经停止，请重新运行 npm start。', 0);
    }
    const body = (await res.json().catch(() => ({}))) as { result?: unknown; error?: string };
    if (!res.ok) throw new HostCallError(body.error ?? `后台服务出错（${res.status}）`, res.status);
    return body.result;
  }

  function call<K extends HostMethod>(method: K): HostApi[K] {
    return ((...args: unknown[]) => post(method, args)) as unknown as HostApi[K];
  }

  const held = new Set<string>();
  const api = {
    info: call('info'),
    listDir: call('listDir'),
    // No native dialog in a browser: the renderer's in-app chooser answers (see isBrowserHost()).
    pickPath: async () => null,
    openFiling: call('openFiling'),
    saveFiling: call('saveFiling'),
    closeFiling: call('closeFiling'),
    sampleFiling: call('sampleFiling'),
    getSettings: call('getSettings'),
    setSettings: call('setSettings'),
    writeRecovery: call('writeRecovery'),
    listRecovery: call('listRecovery'),
    discardRecovery: call('discardRecovery'),
    exportXlsx: call('exportXlsx'),
    exportPdf: call('exportPdf'),
    exportFindings: call('exportFindings'),
    importXlsx: call('importXlsx'),
    packageSubmission: call('packageSubmission'),
    // Asked while an export call is still open: the server answers them alongside it.
    exportProgress: call('exportProgress'),
    cancelExport: call('cancelExport'),
    deskScan: call('deskScan'),
    consolidateUnits: call('consolidateUnits'),
    consolidationStatus: call('consolidationStatus'),
    deskExport: call('deskExport'),
    consolidationTrace: call('consolidationTrace'),
    // The browser's own print dialog is the page's: the document need not travel to the host and back.
    printDocument: async () => ({ ok: false, code: 'unavailable', message: '浏览器模式：使用浏览器的打印对话框。' }),
  } satisfies HostApi;
  // Track what this tab holds, so the files can be released when the tab goes away.
  return {
    ...api,
    async openFiling(path) {
      const r = await api.openFiling(path);
      if (r.ok) held.add(r.path);
      return r;
    },
    async saveFiling(req) {
      const r = await api.saveFiling(req);
      if (r.ok) held.add(r.path);
      return r;
    },
    async closeFiling(path) {
      held.delete(path);
      await api.closeFiling(path);
    },
    heldPaths: () => [...held],
  } as HostApi & { heldPaths(): string[] };
}

/**
 * Releases the files this tab holds when the tab goes away (closed, reloaded, navigated): a keepalive
 * request outlives the page, so the next open of those files is not refused as "already open".
 */
export function releaseOnPageHide(options: Omit<HttpHostOptions, 'session'> & { session: string }, paths: Iterable<string>): void {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  for (const path of paths) {
    void doFetch(`${options.baseUrl ?? ''}/api/closeFiling`, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', [SESSION_HEADER]: options.session, 'x-juesuan-client': options.clientId },
      body: JSON.stringify({ args: [path] }),
    }).catch(() => undefined);
  }
}

/**
 * Trades the one-time code from the page's address for a session credential (POST /api/session). The code
 * is dead afterwards; a refusal (used or wrong code) throws HostCallError with the server's reason.
 */
export async function exchangeCode(code: string, baseUrl = '', doFetch: typeof fetch = (i, init) => fetch(i, init)): Promise<string> {
  let res: Response;
  try {
    res = await doFetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }), credentials: 'omit' });
  } catch {
    throw new HostCallError('无法连接决算通后台服务。它可能已经停止，请重新运行 npm start。', 0);
  }
  const body = (await res.json().catch(() => ({}))) as { result?: { session?: unknown }; error?: string };
  if (!res.ok || typeof body.result?.session !== 'string') throw new HostCallError(body.error ?? `后台服务出错（${res.status}）`, res.status);
  return body.result.session;
}
