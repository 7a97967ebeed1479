// Serves the renderer from app://juesuan/ (files of the built renderer folder only; app-protocol.ts
// decides which) instead of file://, so the page has an origin of its own and cannot read other files.
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs';
import { promisify } from 'node:util';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppFile } from './app-protocol';

// The callback form, which Electron's fs patches to read inside app.asar.
const readFileAsync = promisify(readFile);

/** Must run before the app is ready: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export function serveApp(session: Session, rendererDir: string, log: (line: string) => void): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const r = await resolveAppFile(rendererDir, request.url);
    if (!r.ok) {
      log(`已拒绝读取 ${request.url.slice(0, 200)}：${r.reason}`);
      return new Response(r.reason, { status: r.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    let body: Buffer | null = null;
    try {
      if (request.method === 'GET') body = await readFileAsync(r.file);
    } catch {
      return new Response('文件不存在', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return new Response(body, { status: 200, headers: { 'Content-Type': r.mimeType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
  });
}
