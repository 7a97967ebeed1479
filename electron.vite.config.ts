import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// main → out/main (ESM; import-worker.js beside index.js: the xlsx import runs in a worker thread), preload → out/preload/index.cjs (a sandboxed preload must be one CommonJS file),
// renderer → out/renderer (also served by the browser host).
// The version 关于决算通 shows is package.json's, fixed into the renderer at build time.
const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      // Workers are their own entries: each runs in a worker thread beside the bundle (the xlsx import, the PDF reader, the desk's checkers).
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'import-worker': resolve('src/node/export/import-worker.ts'), 'pdf-worker': resolve('src/node/published/pdf-worker.mjs'), 'desk-worker': resolve('src/node/desk/desk-worker.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
