// The browser host lets in only its own page: token, same origin, own host name; the page runs under a CSP
// that allows only its own scripts.
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { ROOT } from '../support/global-setup';

/** A raw request, so that no browser adds or fixes headers (Host, Origin, cookies, `..` in paths). */
function raw(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the built page carries the CSP meta tag with default-src self', async ({ app }) => {
  const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  expect(meta?.[1]).toContain("default-src 'self'");
  expect(meta?.[1]).toContain("script-src 'self'");
  await expect(app.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
});

test('the page cannot load a script from elsewhere (CSP)', async ({ app }) => {
  const violated = await app.page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.src = 'data:text/javascript,window.__pwned=1';
        document.head.appendChild(s);
        setTimeout(() => resolve('none'), 3000);
      }),
  );
  expect(violated).toMatch(/script-src/);
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a request without the session is refused with 403, and the one-time code is dead once traded', async ({ app }) => {
  const port = app.host.port;
  const json = { host: `127.0.0.1:${port}`, 'content-type': 'application/json' };
  expect((await raw(port, '/api/info', json, 'POST', '{}')).status).toBe(403);
  expect((await raw(port, '/api/info', { ...json, 'x-juesuan-session': 'f'.repeat(64) }, 'POST', '{}')).status).toBe(403);
  // The page traded its code: the address, the trade and the code used as a credential are all refused.
  const code = app.host.code;
  expect((await raw(port, `/?code=${code}`, { host: `127.0.0.1:${port}` })).status).toBe(403);
  expect((await raw(port, '/api/session', json, 'POST', JSON.stringify({ code }))).status).toBe(403);
  expect((await raw(port, '/api/info', { ...json, 'x-juesuan-session': code }, 'POST', '{}')).status).toBe(403);
  // A fresh code is traded once: the second trade of it is refused.
  const fresh = app.host.issueCode();
  expect((await raw(port, '/api/session', json, 'POST', JSON.stringify({ code: fresh }))).status).toBe(200);
  expect((await raw(port, '/api/session', json, 'POST', JSON.stringify({ code: fresh }))).status).toBe(403);
  // With the page's session, the same call is answered.
  const ok = await app.call('info');
  expect(ok.status).toBe(200);
  expect((ok.body.result as { kind: string }).kind).toBe('browser');
});

test('a request from another origin or to another host name is refused', async ({ app }) => {
  const port = app.host.port;
  const headers = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-juesuan-session': app.token };
  expect((await raw(port, '/api/info', headers, 'POST', '{}')).status).toBe(200);
  expect((await raw(port, '/api/info', { ...headers, origin: 'http://evil.example' }, 'POST', '{}')).status).toBe(403);
  expect((await raw(port, '/api/info', { ...headers, origin: `http://127.0.0.1:${port + 1}` }, 'POST', '{}')).status).toBe(403);
  expect((await raw(port, '/api/info', { ...headers, 'sec-fetch-site': 'cross-site' }, 'POST', '{}')).status).toBe(403);
  // DNS rebinding: a hostile name resolving to 127.0.0.1 arrives with its own Host header.
  expect((await raw(port, '/api/info', { ...headers, host: `evil.example:${port}` }, 'POST', '{}')).status).toBe(403);
});

test('a page on another local origin cannot call the host from the browser', async ({ app, browser }) => {
  const other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>other</title>');
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  const otherPort = (other.address() as AddressInfo).port;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${otherPort}/`);
    const outcome = await page.evaluate(async ({ origin, token }) => {
      try {
        const r = await fetch(`${origin}/api/listDir`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-session': token }, body: JSON.stringify({ args: ['/'] }) });
        return `status ${r.status}`;
      } catch (e) {
        return `blocked ${String(e)}`;
      }
    }, { origin: app.origin, token: app.token });
    expect(outcome).toMatch(/^blocked|status 403/);
    const form = await page.evaluate(async ({ origin }) => {
      try {
        const r = await fetch(`${origin}/api/getSettings`, { method: 'POST', mode: 'no-cors', body: 'args=[]' });
        return `opaque ${r.type}`;
      } catch (e) {
        return `blocked ${String(e)}`;
      }
    }, { origin: app.origin });
    expect(form).toMatch(/opaque|blocked/);
    expect(app.log.some((l) => l.includes('拒绝'))).toBe(true);
  } finally {
    await context.close();
    other.close();
  }
});

test('the static server never leaves out/renderer', async ({ app }) => {
  const port = app.host.port;
  for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/%00index.html']) {
    const r = await raw(port, path, { host: `127.0.0.1:${port}` });
    expect(r.status, path).toBe(404);
    expect(r.text).not.toContain('root:');
  }
  expect((await raw(port, '/', { host: `127.0.0.1:${port}` })).status).toBe(200);
});

test('malformed API arguments are refused with 400, and pickPath answers null', async ({ app }) => {
  expect((await app.call('openFiling', 'relative/path.jsgk')).status).toBe(400);
  expect((await app.call('saveFiling', { path: '/tmp/x.sh', filing: {} })).status).toBe(400);
  expect((await app.call('setSettings', { autosaveSeconds: 'soon' })).status).toBe(400);
  expect((await app.call('noSuchMethod')).status).toBe(404);
  const pick = await app.call('pickPath', { mode: 'open', title: '打开' });
  expect(pick.status).toBe(200);
  expect(pick.body.result ?? null).toBeNull();
});
