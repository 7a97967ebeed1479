// How the host starts its worker threads (the xlsx import, the desk's checkers): finding the worker's file
// beside the module that asks, in the source and in each built output, and starting a TypeScript entry
// through tsx's loader when running from source.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The worker's file `stem`: beside the asking module in the source (stem.ts, run through tsx) and beside
 * the bundle in built output (electron-vite writes out/main/stem.js next to out/main/index.js; the CLI
 * bundle has out/cli/stem.mjs next to juesuan.mjs, one folder above a chunk that asks). `base` is the
 * asking module's import.meta.url (this helper may be bundled into another chunk); a URL that is not a
 * file's is taken as it is. Names are built at run time so no bundler rewrites them.
 */
export function workerUrl(stem: string, base: string, what = '程序的组件'): URL {
  for (const candidate of [`./${stem}.js`, `./${stem}.mjs`, `../${stem}.js`, `../${stem}.mjs`, `./${stem}.ts`]) {
    const url = new URL(candidate, base);
    if (url.protocol !== 'file:' || existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`找不到${what} ${stem}（安装不完整）`);
}

/**
 * How the worker starts: the built entry directly; the TypeScript entry (dev, tests, the CLI under tsx)
 * through a two-line bootstrap that registers tsx's loader in the worker first (on Node 20 a loader given
 * by --import does not apply to a worker's own entry file).
 */
export function workerStart(entry: URL): { script: URL | string; eval: boolean } {
  if (!entry.pathname.endsWith('.ts')) return { script: entry, eval: false };
  // The ESM build of tsx's API (exports "./esm/api" → import); require.resolve would give the CommonJS one.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  return { script: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`, eval: true };
}
