// Serving the built renderer (out/renderer): files under the root only, whatever the request path says.
import { promises as fsp } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file a URL path names inside `root`, or null when the path is malformed or leaves the root
 * (`..`, encoded separators, NUL, backslashes, absolute paths).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\u0000') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null;
  const base = resolve(root);
  const file = segments.length === 0 ? join(base, 'index.html') : resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads a regular file under the root; null if it is not one. */
export async function readStatic(root: string, urlPath: string): Promise<{ file: string; body: Buffer } | null> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return null;
  try {
    // A symlink inside out/renderer could point anywhere: serve only what really lies under the root.
    const real = await fsp.realpath(file);
    const realRoot = await fsp.realpath(root);
    if (!real.startsWith(realRoot + sep)) return null;
    const stat = await fsp.stat(real);
    if (!stat.isFile()) return null;
    return { file: real, body: await fsp.readFile(real) };
  } catch {
    return null;
  }
}
