// app://juesuan/ serves files of the renderer folder only. Real files and symlinks in a temporary folder:
// traversal (plain and %2e%2e), encoded separators (%2f, %5c), absolute and drive paths, and symlinks out
// of the folder are refused; our own files (and a symlink that stays inside) are served.
// Node's URL parser stands in for Chromium's here; both resolve dot segments before the handler sees the
// URL, and the handler re-checks the decoded segments itself, so neither is trusted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appRequestHandler, isInside, requestSegments, resolveAppFile } from '../../src/main/app-protocol';

let base: string;
let root: string;
let secret: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'juesuan-proto-')));
  root = join(base, 'renderer');
  secret = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(base, 'outside'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(join(root, 'assets', 'font.woff2'), 'w');
  await writeFile(join(root, 'assets', '决算.css'), 'body{}');
  await writeFile(secret, 'secret');
  await writeFile(join(base, 'outside', 'secret.txt'), 'secret');
  await writeFile(join(base, 'renderer-evil.txt'), 'secret');
  await symlink(secret, join(root, 'link-out.txt'));
  await symlink(join(base, 'outside'), join(root, 'dir-out'));
  await symlink(join(root, 'index.html'), join(root, 'link-in.html'));
  await symlink(root, join(base, 'renderer-link'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, from = root) => resolveAppFile(from, url);

describe('our own files', () => {
  it.each([
    ['the origin itself', 'app://juesuan/', 'index.html', 'text/html; charset=utf-8'],
    ['the page', APP_INDEX_URL, 'index.html', 'text/html; charset=utf-8'],
    ['a query and hash', `${APP_INDEX_URL}?x=1#/T02`, 'index.html', 'text/html; charset=utf-8'],
    ['a module script', 'app://juesuan/assets/index-abc.js', 'assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['a font', 'app://juesuan/assets/font.woff2', 'assets/font.woff2', 'font/woff2'],
    ['a percent-encoded Chinese name', `app://juesuan/assets/${encodeURIComponent('决算')}.css`, 'assets/决算.css', 'text/css; charset=utf-8'],
    ['a dot segment that stays inside', 'app://juesuan/assets/../index.html', 'index.html', 'text/html; charset=utf-8'],
  ])('serves %s', async (_what, url, file, mime) => {
    expect(await get(url)).toEqual({ ok: true, file: join(root, file), mimeType: mime });
  });

  it('serves a symlink that stays inside the folder, as the real file', async () => {
    expect(await get('app://juesuan/link-in.html')).toMatchObject({ ok: true, file: join(root, 'index.html') });
  });

  it('works when the folder itself is reached through a symlink', async () => {
    expect(await get(APP_INDEX_URL, join(base, 'renderer-link'))).toMatchObject({ ok: true, file: join(root, 'index.html') });
  });
});

describe('refusals', () => {
  it.each([
    ['plain traversal (resolved by the URL parser to a missing file in the folder)', 'app://juesuan/../secret.txt', 404],
    ['%2e%2e traversal', 'app://juesuan/%2e%2e/secret.txt', 404],
    ['mixed .%2e traversal', 'app://juesuan/assets/.%2e/.%2E/secret.txt', 404],
    ['%2f separators', 'app://juesuan/assets/..%2f..%2fsecret.txt', 400],
    ['%2F upper case', 'app://juesuan/%2e%2e%2Fsecret.txt', 400],
    ['%5c separators', 'app://juesuan/assets/..%5c..%5csecret.txt', 400],
    ['a raw backslash', 'app://juesuan/assets/..\\..\\secret.txt', 400],
    ['double-encoded dots (a literal name, not a walk)', 'app://juesuan/%252e%252e/secret.txt', 404],
    ['an absolute path after the origin', 'app://juesuan//etc/passwd', 400],
    ['an encoded absolute path', 'app://juesuan/%2Fetc%2Fpasswd', 400],
    ['a drive path', 'app://juesuan/C:/Windows/win.ini', 400],
    ['an encoded drive path', 'app://juesuan/C%3A%5CWindows%5Cwin.ini', 400],
    ['NUL', 'app://juesuan/index.html%00.js', 400],
    ['three dots (Windows drops trailing dots)', 'app://juesuan/.../secret.txt', 400],
    ['a trailing dot', 'app://juesuan/index.html.', 400],
    ['a trailing space', 'app://juesuan/index.html%20', 400],
    ['a Windows device name', 'app://juesuan/assets/CON', 400],
    ['a Windows device name with an extension', 'app://juesuan/nul.txt', 400],
    ['a Windows serial port', 'app://juesuan/COM1.js', 400],
    ['malformed encoding', 'app://juesuan/%E5%86', 400],
    ['a file symlinked out of the folder', 'app://juesuan/link-out.txt', 404],
    ['a folder symlinked out of the folder', 'app://juesuan/dir-out/secret.txt', 404],
    ['a folder', 'app://juesuan/assets', 404],
    ['a missing file', 'app://juesuan/nope.js', 404],
    ['another host', 'app://evil/index.html', 404],
    ['a port', 'app://juesuan:8080/index.html', 404],
    ['credentials', 'app://user:pw@juesuan/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['http with our host', 'http://juesuan/index.html', 404],
    ['not a URL', 'index.html', 400],
  ])('refuses %s', async (_what, url, status) => {
    const r = await get(url);
    expect(r).toMatchObject({ ok: false, status });
  });

  it('refuses the absolute path of a file outside, put after the origin', async () => {
    expect(await get(`app://juesuan${secret}`)).toMatchObject({ ok: false });
    expect(await get(`app://juesuan/${encodeURIComponent(secret)}`)).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses a sibling whose name starts with the folder name (no string-prefix check)', async () => {
    expect(isInside(root, join(base, 'renderer-evil.txt'))).toBe(false);
    expect(isInside(root, join(root, '..foo'))).toBe(true);
    expect(isInside(root, base)).toBe(false);
  });

  it('never serves a file outside the real folder, whatever the path (property)', async () => {
    const part = fc.constantFrom('..', '.', '%2e%2e', '.%2e', '%2e', '%2f', '%5c', '%2F', '\\', ':', 'assets', 'secret.txt', 'index.html', 'link-out.txt', 'dir-out', 'outside', '%252e', '', 'C:');
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 8 }), fc.constantFrom('/', '%2f', '/'), async (parts, joiner) => {
        const r = await get(`app://juesuan/${parts.join(joiner)}`);
        if (r.ok) expect(isInside(root, await realpath(r.file))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the syntactic check and the scheme privileges', () => {
  it('splits a clean path into segments', () => {
    expect(requestSegments('app://juesuan/assets/a.js')).toEqual({ ok: true, segments: ['assets', 'a.js'] });
    // Names that merely start like a device are ordinary files.
    expect(requestSegments('app://juesuan/assets/console.js')).toEqual({ ok: true, segments: ['assets', 'console.js'] });
    expect(requestSegments('app://juesuan/.well-known/x')).toEqual({ ok: true, segments: ['.well-known', 'x'] });
  });

  it('registers a standard, secure scheme that is neither CORS-readable nor exempt from the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });
});

describe('the request handler (what protocol.handle runs)', () => {
  const log: string[] = [];
  const handle = (url: string, method = 'GET') => appRequestHandler(root, (l) => log.push(l))(new Request(url, { method }));

  it('answers our page with its type, nosniff and its bytes', async () => {
    const r = await handle(APP_INDEX_URL);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toBe('<!doctype html>');
  });

  it('answers HEAD without a body', async () => {
    const r = await handle('app://juesuan/assets/index-abc.js', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await r.text()).toBe('');
  });

  it('refuses other methods', async () => {
    expect((await handle(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('refuses a file outside, says why in Chinese, and logs it', async () => {
    const r = await handle('app://juesuan/link-out.txt');
    expect(r.status).toBe(404);
    expect(await r.text()).toBe('文件不存在');
    const encoded = await handle('app://juesuan/assets/..%2f..%2fsecret.txt');
    expect(encoded.status).toBe(400);
    expect(await encoded.text()).not.toContain('secret');
    expect(log.some((l) => l.includes('已拒绝读取') && l.includes('link-out.txt'))).toBe(true);
  });
});
