import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// main → out/main (ESM), preload → out/preload/index.cjs (a sandboxed preload must be one CommonJS file),
// renderer → out/renderer (also served by the browser host).
export default defineConfig({
  main: {
    build: {
      // The PDF reader's worker is its own entry: it runs in a worker thread beside the bundle.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'pdf-worker': resolve('src/node/published/pdf-worker.mjs') } },
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
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
