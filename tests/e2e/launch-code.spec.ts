// `npm start` as a clerk runs it: the browser host and a Chromium window (under Xvfb). The address on
// Chromium's command line is readable by every local user in /proc/PID/cmdline, so the code in it must be
// dead once the window has used it; and nothing the page holds travels to other ports as a cookie.
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { ROOT } from '../support/global-setup';

function raw(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The command lines of running processes that carry `needle`, read as any local user could. */
async function commandLinesWith(needle: string): Promise<string[]> {
  const out: string[] = [];
  for (const pid of (await readdir('/proc')).filter((n) => /^\d+$/.test(n))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(needle)) out.push(cmd.split('\0').join(' '));
  }
  return out;
}

test('the code on the launched Chromium command line is dead after the window used it', async () => {
  test.setTimeout(90_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'juesuan-start-'));
  // detached: its own process group, so the test can stop exactly what it started (xvfb-run, node, Chromium).
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', process.execPath, join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, JUESUAN_DATA_DIR: dataDir, JUESUAN_BROWSER_HOST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  try {
    await expect.poll(() => /http:\/\/127\.0\.0\.1:(\d+)\/\?code=/.exec(output)?.[1], { timeout: 60_000 }).toBeTruthy();
    const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\/\?code=/.exec(output)![1]);
    // Read the code where another user would: Chromium's command line.
    let lines: string[] = [];
    await expect.poll(async () => (lines = await commandLinesWith(`--app=http://127.0.0.1:${port}/?code=`)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const code = /\?code=([0-9a-f]+)/.exec(lines[0])![1];
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    // The window trades the code as it loads; from then on every use of it is refused.
    await expect.poll(() => raw(port, `/?code=${code}`), { timeout: 30_000 }).toBe(403);
    const json = { 'content-type': 'application/json' };
    expect(await raw(port, '/api/session', json, 'POST', JSON.stringify({ code }))).toBe(403);
    expect(await raw(port, '/api/info', { ...json, 'x-juesuan-session': code }, 'POST', '{}')).toBe(403);
    expect(await raw(port, '/api/listDir', { ...json, 'x-juesuan-session': code }, 'POST', JSON.stringify({ args: ['/'] }))).toBe(403);
    expect(output).not.toContain('内部错误');
  } finally {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await new Promise((r) => setTimeout(r, 1500));
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
});

test('a listener on another local port receives no credential, and a replayed cookie gets 403', async ({ app }) => {
  const received: string[] = [];
  const other = createServer((req, res) => {
    received.push(req.headers.cookie ?? '');
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>other</title>');
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  const otherPort = (other.address() as AddressInfo).port;
  try {
    await expect(app.page.getByText('阳泉市大数据应用局').first()).toBeVisible({ timeout: 30_000 });
    expect(await app.page.evaluate(() => document.cookie)).toBe('');
    // Same browser, same profile as the app's window: whatever it would send to 127.0.0.1 goes to this port.
    const page = await app.page.context().newPage();
    await page.goto(`http://127.0.0.1:${otherPort}/`);
    await page.close();
    expect(received.length).toBeGreaterThan(0);
    const values = received.flatMap((c) => c.split(';')).map((p) => p.split('=').slice(1).join('=').trim()).filter((v) => v !== '');
    expect(values).toEqual([]);
    // Even a value someone planted as a cookie opens nothing: only the session header does.
    for (const v of [...values, app.token]) {
      expect(await raw(app.host.port, '/api/info', { 'content-type': 'application/json', cookie: `juesuan_token=${v}` }, 'POST', '{}')).toBe(403);
    }
    expect((await app.call('info')).status).toBe(200);
  } finally {
    other.close();
  }
});
