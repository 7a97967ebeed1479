// Command-line entry of the browser host (scripts/start.mjs loads it through tsx):
//   serve  --data-dir DIR --renderer-dir DIR [--startup-file FILE] [--port N]
//   write-sample FILE     writes the built-in sample filing to FILE (if it does not exist yet)
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { markedSample } from '../../shared/sample/samples';
import { saveFilingFile } from '../files/file-store';
import type { BrowserHost } from './browser-host';
import { startBrowserHost } from './browser-host';
import { nodeExporters } from './node-exporters';

export interface ServeOptions {
  dataDir: string;
  rendererDir: string;
  startupFile?: string | null;
  port?: number;
  log?: (line: string) => void;
}

export async function serve(options: ServeOptions): Promise<BrowserHost> {
  await mkdir(options.dataDir, { recursive: true });
  return startBrowserHost({
    appVersion: appVersion(),
    dataDir: options.dataDir,
    rendererDir: options.rendererDir,
    startupFile: options.startupFile ?? null,
    port: options.port,
    log: options.log,
    exporters: await nodeExporters(options.log),
  });
}

/** Writes the sample (marked as one: npm start opens it with its 示例 banner) to `file` unless something is already there. Returns whether it wrote. */
export async function writeSampleIfMissing(file: string): Promise<boolean> {
  if (existsSync(file)) return false;
  await mkdir(dirname(file), { recursive: true });
  const r = await saveFilingFile(file, markedSample(), { backup: false });
  if (!r.ok) throw new Error(r.message);
  return true;
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname ?? '.', '../../../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === 'write-sample' && rest[0]) {
    await writeSampleIfMissing(resolve(rest[0]));
    return;
  }
  if (command === 'serve') {
    const dataDir = flag(rest, '--data-dir');
    const rendererDir = flag(rest, '--renderer-dir');
    if (!dataDir || !rendererDir) throw new Error('用法：serve --data-dir DIR --renderer-dir DIR [--startup-file FILE] [--port N]');
    const startup = flag(rest, '--startup-file');
    const host = await serve({
      dataDir: resolve(dataDir),
      rendererDir: resolve(rendererDir),
      startupFile: startup ? resolve(startup) : null,
      port: flag(rest, '--port') ? Number(flag(rest, '--port')) : undefined,
      log: (line) => process.stderr.write(`[决算通] ${line}\n`),
    });
    process.stdout.write(`${host.url}\n`);
    const stop = (): void => void host.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  throw new Error('用法：serve … | write-sample FILE');
}
