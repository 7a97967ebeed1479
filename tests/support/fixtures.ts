// Playwright fixtures: every test gets its own browser host on a fresh data folder, with the page already
// at the app. Use in specs:
//   import { test, expect } from '../support/fixtures';
//   test('…', async ({ app }) => { await app.page.getByRole(…) … });
// By default the host starts with the built-in sample as its startup file (like `npm start`); opt out
// with test.use({ startWithSample: false }).
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserHost } from '../../src/node/server/browser-host';
import { serve, writeSampleIfMissing } from '../../src/node/server/main';
import { ROOT } from './global-setup';

export interface App {
  /** The app's address (the page itself; what opens the API is the session the page holds). */
  url: string;
  origin: string;
  /** The page's session credential (header x-juesuan-session), for direct API calls with page.request. */
  token: string;
  /** This test's data folder: settings.json, recovery/, and the sample file. */
  dataDir: string;
  /** The sample written for this test (the startup file unless startWithSample is false). */
  sampleFile: string;
  /** The page, already loaded at the app. */
  page: Page;
  /** The server itself, e.g. host.services to prepare files. */
  host: BrowserHost;
  /** Lines the server logged (refused requests, failures). */
  log: string[];
  /** POST /api/<method> with the token, as the renderer would; returns the parsed JSON body and status. */
  call(method: string, ...args: unknown[]): Promise<{ status: number; body: { result?: unknown; error?: string } }>;
  /**
   * Simulates a crash and a new start: the page's renderer is crashed (no unload handler, no request of
   * its own runs), the server is torn down mid-flight (no save, no cleanup), and a new host starts on the
   * same data folder with a new page. page, host, url, origin and token then refer to the new ones.
   */
  crashAndRestart(): Promise<void>;
  /** Crashes a page's renderer as a crash does: nothing of its own runs (no pagehide, no keepalive request). */
  crashPage(page: Page): Promise<void>;
  /** Another tab (window) on the same host, with its own one-time code, ready to use. */
  openTab(): Promise<Page>;
}

export const test = base.extend<{ app: App; startWithSample: boolean }>({
  startWithSample: [true, { option: true }],
  app: async ({ page, startWithSample }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'juesuan-e2e-'));
    const sampleFile = join(dataDir, '示例-阳泉市大数据应用局-2022.jsgk');
    await writeSampleIfMissing(sampleFile);
    const log: string[] = [];
    const start = () =>
      serve({
        dataDir,
        rendererDir: join(ROOT, 'out/renderer'),
        startupFile: startWithSample ? sampleFile : null,
        log: (line) => log.push(line),
      });
    const host = await start();
    await page.goto(host.url);
    const app: App = {
      url: `${host.origin}/`,
      origin: host.origin,
      token: await pageSession(page),
      dataDir,
      sampleFile,
      page,
      host,
      log,
      async call(method, ...args) {
        const res = await app.page.request.post(`${app.origin}/api/${method}`, {
          headers: { 'x-juesuan-session': app.token, 'content-type': 'application/json' },
          data: { args },
        });
        return { status: res.status(), body: (await res.json().catch(() => ({}))) as { result?: unknown; error?: string } };
      },
      async crashPage(target) {
        const cdp = await target.context().newCDPSession(target);
        // Page.crash never answers: the renderer is gone before it could.
        void cdp.send('Page.crash').catch(() => undefined);
        await target.waitForEvent('crash', { timeout: 10_000 });
        await target.close({ runBeforeUnload: false }).catch(() => undefined);
      },
      async openTab() {
        const tab = await app.page.context().newPage();
        await tab.goto(`${app.origin}/?code=${app.host.issueCode()}`);
        await pageSession(tab);
        return tab;
      },
      async crashAndRestart() {
        const context = app.page.context();
        await app.crashPage(app.page);
        await app.host.close();
        const next = await start();
        const nextPage = await context.newPage();
        await nextPage.goto(next.url);
        Object.assign(app, { page: nextPage, host: next, url: `${next.origin}/`, origin: next.origin, token: await pageSession(nextPage) });
      },
    };
    await use(app);
    await app.page.close().catch(() => undefined);
    await page.close().catch(() => undefined);
    await app.host.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  },
});

/** The session credential the page got for its one-time code (it keeps it in sessionStorage). */
async function pageSession(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => window.sessionStorage.getItem('juesuan-session'), undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as string;
}

export { expect };
