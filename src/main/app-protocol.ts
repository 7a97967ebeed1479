// The renderer's own origin, app://juesuan/, and which file a request to it may read. Pure (no electron),
// so the path checks are tested where no Electron binary exists; protocol.ts wires it into Electron.
// Only files inside the renderer folder are served: no traversal (.., %2e%2e), no encoded separators
// (%2f, %5c), no absolute or drive paths, and no symlink that leads out of the folder.
import { readFile, realpath, stat } from 'node:fs';
import { promisify } from 'node:util';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { contentType } from '../node/server/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'juesuan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** What the Electron side needs to register the scheme before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  // standard: relative URLs, an origin of its own for 'self' in the CSP; secure: a secure context like https.
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Deliberately not corsEnabled or bypassCSP: no other origin may read these files, and the CSP applies.
} as const;

export type Refusal = { ok: false; status: 400 | 404; reason: string };
export type AppFile = { ok: true; file: string; mimeType: string } | Refusal;


const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

const refuse = (status: 400 | 404, reason: string): Refusal => ({ ok: false, status, reason });

/**
 * The path segments a request URL names under the folder, or why it names none. Purely syntactic:
 * whatever canonicalised the URL before (Chromium, or Node's URL here), the decoded segments are checked
 * again, so a separator or a dot segment smuggled in percent-encoded is refused, not resolved.
 */
export function requestSegments(rawUrl: string): { ok: true; segments: string[] } | Refusal {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse(400, '无效的地址');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return refuse(404, '不是本程序的地址');
  }
  const rawPath = url.pathname;
  // Encoded separators and NUL: a file name never needs them, and decoding them would change the path's shape.
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return refuse(400, '地址中含有编码的路径分隔符');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, '地址编码无效');
  }
  if (decoded === '/' || decoded === '') return { ok: true, segments: ['index.html'] };
  const segments = decoded.slice(1).split('/');
  for (const s of segments) {
    // '' is // (an absolute path after the origin); ':' is a drive (C:) or an NTFS stream; '.'/'..' walk.
    if (s === '' || s === '.' || s === '..' || s.includes(':') || s.includes('\\') || s.includes('\0')) {
      return refuse(400, '地址中含有不允许的路径');
    }
    // Windows quirks: a trailing dot or space is dropped by the file system ("..." and "a.js." name other
    // files than they say), and CON, NUL, COM1 … are devices in every folder. None of our files looks so.
    if (/[. ]$/.test(s) || WINDOWS_DEVICE.test(s)) return refuse(400, '地址中含有不允许的路径');
  }
  return { ok: true, segments };
}

/** Whether `child` is `root` itself or below it (compared as resolved paths, never as string prefixes). */
export function isInside(root: string, child: string): boolean {
  const r = relative(root, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

export interface AppFs {
  realpath(path: string): Promise<string>;
  isFile(path: string): Promise<boolean>;
  readFile(path: string): Promise<Uint8Array>;
}

// The callback forms, which Electron's fs patches to read inside app.asar.
const realpathAsync = promisify(realpath);
const statAsync = promisify(stat);
const readFileAsync = promisify(readFile);
const nodeAppFs: AppFs = {
  realpath: (p) => realpathAsync(p),
  isFile: async (p) => (await statAsync(p)).isFile(),
  readFile: (p) => readFileAsync(p),
};

/** The file a request to app://juesuan/ reads from `root` (the built renderer folder), or why none. */
export async function resolveAppFile(root: string, rawUrl: string, fs: AppFs = nodeAppFs): Promise<AppFile> {
  const req = requestSegments(rawUrl);
  if (!req.ok) return req;
  const base = resolve(root);
  const full = resolve(base, ...req.segments);
  if (!isInside(base, full) || full === base) return refuse(400, '地址指向程序目录之外');
  // Symlinks: the real file must still be inside the real folder.
  let realBase: string;
  let realFull: string;
  try {
    realBase = await fs.realpath(base);
    realFull = await fs.realpath(full);
  } catch {
    return refuse(404, '文件不存在');
  }
  if (!isInside(realBase, realFull) || realFull === realBase) return refuse(404, '文件不存在');
  try {
    if (!(await fs.isFile(realFull))) return refuse(404, '文件不存在');
  } catch {
    return refuse(404, '文件不存在');
  }
  return { ok: true, file: realFull, mimeType: contentType(realFull) };
}

const text = (status: number, body: string): Response => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The handler protocol.handle('app', …) runs: GET and HEAD of our files, nothing else. */
export function appRequestHandler(rendererDir: string, log: (line: string) => void, fs: AppFs = nodeAppFs): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, '只允许读取');
    const r = await resolveAppFile(rendererDir, request.url, fs);
    if (!r.ok) {
      log(`已拒绝读取 ${request.url.slice(0, 200)}：${r.reason}`);
      return text(r.status, r.reason);
    }
    let body: Uint8Array<ArrayBuffer> | null = null;
    try {
      // Copied into a plain ArrayBuffer-backed array: what Response's typings (and a pooled Buffer's) need.
      if (request.method === 'GET') body = new Uint8Array(await fs.readFile(r.file));
    } catch {
      return text(404, '文件不存在');
    }
    // The CSP is the page's own <meta> tag (src/renderer/index.html), unchanged; nosniff keeps the types we set.
    return new Response(body, { status: 200, headers: { 'Content-Type': r.mimeType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
  };
}
