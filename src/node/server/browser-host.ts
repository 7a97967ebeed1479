// The browser host: a small HTTP server on 127.0.0.1 that serves the built renderer and answers every
// HostApi call at POST /api/<method>, over the same host services the Electron host uses. It exists because
// the Electron runtime cannot be downloaded on offline machines; the end-to-end tests drive the UI through it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostServices, HostServicesOptions } from '../services/host-services';
import { createHostServices } from '../services/host-services';
import { ArgError, isHostMethod, parseHostArgs } from '../services/host-args';
import { CLIENT_HEADER, Credentials, SECURITY_HEADERS, SESSION_HEADER, checkOrigin, clientHolder } from './guard';
import { contentType, readStatic } from './static-files';

export interface BrowserHostOptions extends Omit<HostServicesOptions, 'kind' | 'pickPath'> {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed first one-time code for tests; random otherwise. */
  code?: string;
  /** Called for every refused or failed request (the log); default: nothing. */
  log?: (line: string) => void;
}

export interface BrowserHost {
  /** The page address with the first one-time code: the page trades the code for a session, then it is dead. */
  url: string;
  origin: string;
  port: number;
  /** The code in `url`. */
  code: string;
  /** Another one-time code (another window); only whoever holds this object can ask for one. */
  issueCode(): string;
  services: HostServices;
  close(): Promise<void>;
}

/** Largest request body: a filing is at most 20 MB of text. */
const MAX_BODY = 30 * 1024 * 1024;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const credentials = new Credentials();
  const code = credentials.issueCode(options.code);
  const services = createHostServices({ ...options, kind: 'browser' });
  const log = options.log ?? (() => undefined);
  let port = 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, { error: '服务内部错误' });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = checkOrigin({ host: req.headers.host, origin: header(req, 'origin'), secFetchSite: header(req, 'sec-fetch-site') }, port);
    if (!origin.ok) return refuse(res, req, origin.reason);

    if (url.pathname === '/api/session') {
      if (req.method !== 'POST') return send(res, 405, { error: '只接受 POST 请求' });
      return session(req, res);
    }
    if (url.pathname.startsWith('/api/')) {
      if (!credentials.sessionValid(header(req, SESSION_HEADER))) return refuse(res, req, '缺少或错误的访问凭据');
      if (req.method !== 'POST') return send(res, 405, { error: '只接受 POST 请求' });
      if (url.pathname === '/api/presence') return presence(req, res);
      return api(url.pathname.slice('/api/'.length), req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: '只接受 GET 请求' });

    // The page and its scripts are the public build (no secrets, no data): what needs the key is the API.
    // An address with a used or wrong code is refused, so whoever replays one learns it is dead.
    const queryCode = url.searchParams.get('code');
    if (queryCode !== null && !credentials.codeValid(queryCode)) return refuse(res, req, '链接中的一次性访问码无效或已使用过');
    const found = await readStatic(options.rendererDir, url.pathname);
    if (!found) return send(res, 404, { error: '找不到该页面' });
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentType(found.file), 'Content-Length': found.body.length });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  }

  /** POST /api/session {code}: the one trade of a one-time code for a session credential. */
  async function session(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(header(req, 'content-type') ?? '').startsWith('application/json')) return send(res, 415, { error: '请求内容应为 JSON' });
    const text = await readBody(req, 4096);
    let given: unknown;
    try {
      given = text === null ? undefined : (JSON.parse(text) as { code?: unknown }).code;
    } catch {
      given = undefined;
    }
    const credential = credentials.exchange(given);
    if (credential === null) return refuse(res, req, '一次性访问码无效或已使用过');
    send(res, 200, { result: { session: credential } });
  }

  /**
   * POST /api/presence: held open while the tab lives (see window-presence.ts). Its end, whether the tab
   * closed, reloaded or crashed, is the tab's end.
   */
  function presence(req: IncomingMessage, res: ServerResponse): void {
    const holder = clientHolder(header(req, CLIENT_HEADER));
    if (holder === 'browser') return send(res, 400, { error: '缺少窗口编号' });
    req.resume();
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write('\n');
    res.on('close', services.holdWindow(holder));
  }

  async function api(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isHostMethod(method)) return send(res, 404, { error: `没有这个接口：${method.slice(0, 40)}` });
    if (!(header(req, 'content-type') ?? '').startsWith('application/json')) return send(res, 415, { error: '请求内容应为 JSON' });
    const text = await readBody(req);
    if (text === null) return send(res, 413, { error: '请求内容过大' });
    let args: unknown[];
    try {
      const body = JSON.parse(text === '' ? '{}' : text) as { args?: unknown };
      args = body.args === undefined ? [] : (body.args as unknown[]);
      if (!Array.isArray(args)) throw new ArgError('args 应为列表');
    } catch (e) {
      return send(res, 400, { error: e instanceof ArgError ? e.message : '请求内容不是有效的 JSON' });
    }
    let parsed: unknown[];
    try {
      parsed = parseHostArgs(method, args);
    } catch (e) {
      log(`参数不正确（${method}）：${e instanceof Error ? e.message : String(e)}`);
      return send(res, 400, { error: `参数不正确：${e instanceof Error ? e.message : String(e)}` });
    }
    const ctx = { holder: clientHolder(header(req, CLIENT_HEADER)) };
    const fn = services[method] as (ctx: { holder: string }, ...a: unknown[]) => Promise<unknown>;
    try {
      const result = await fn(ctx, ...parsed);
      send(res, 200, result === undefined ? {} : { result });
    } catch (e) {
      log(`${method} 失败：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      // Our own refusals are Chinese sentences; anything else is an internal error the clerk cannot act on.
      const why = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : '后台服务出错，操作未完成。请重试；如果一直如此，请重新启动决算通。';
      send(res, 500, { error: why });
    }
  }

  function refuse(res: ServerResponse, req: IncomingMessage, reason: string): void {
    log(`拒绝 ${req.method ?? ''} ${(req.url ?? '').replace(/code=[^&]*/, 'code=…')}：${reason}`);
    if ((req.url ?? '').startsWith('/api/')) return send(res, 403, { error: `拒绝访问：${reason}` });
    const html = `<!doctype html><meta charset="utf-8"><title>拒绝访问</title><p>拒绝访问：${reason}。请使用 npm start 打印的完整链接打开决算通。</p>`;
    res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?code=${code}`,
    origin,
    port,
    code,
    issueCode: () => credentials.issueCode(),
    services,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage, max = MAX_BODY): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(c);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

