// End-to-end tests drive the real UI through the browser host in Debian's Chromium (no Electron binary
// here); tests/electron runs the same smoke through the real app where an Electron binary exists.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, RUNNING_AS_ROOT } from './src/node/chromium';

export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/support/global-setup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores shared with everything else: one worker keeps timings sane.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, chromiumSandbox: !RUNNING_AS_ROOT },
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});
