// Bundles the command line (src/node/cli/main.ts) into out/cli/juesuan.mjs, so running it transpiles
// nothing. Each lazily imported module (the Excel and PDF writers) becomes its own chunk, loaded only by the
// commands that use it; packages stay in node_modules. Run by `npm run build`, and by scripts/juesuan.mjs
// when the bundle is missing or older than its sources.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'out/cli');
/** The sources the bundle was built from, relative to ROOT: what scripts/juesuan.mjs compares against. */
export const INPUTS_FILE = 'inputs.json';

export async function buildCli() {
  // Built beside, then moved into place, so a CLI started meanwhile never loads half a bundle.
  // out/ does not exist on a clean clone.
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const tmp = mkdtempSync(join(ROOT, 'out', '.cli-'));
  chmodSync(tmp, 0o755);
  try {
    const result = await build({
      absWorkingDir: ROOT,
      // The xlsx import runs in a worker thread (src/node/export/import-worker.ts): it is an entry of its own,
      // out/cli/import-worker.mjs, found beside the bundle by importWorkerUrl; so do the desk's checker threads
      // (src/node/desk/desk-worker.ts → out/cli/desk-worker.mjs, started by desk/pool.ts).
      entryPoints: { juesuan: 'src/node/cli/main.ts', 'import-worker': 'src/node/export/import-worker.ts', 'desk-worker': 'src/node/desk/desk-worker.ts' },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      metafile: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
    // The PDF reader's worker is plain JavaScript started by file name: it goes beside the bundle as is.
    const pdfWorker = 'src/node/published/pdf-worker.mjs';
    copyFileSync(join(ROOT, pdfWorker), join(tmp, 'pdf-worker.mjs'));
    const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
    writeFileSync(join(tmp, INPUTS_FILE), JSON.stringify([...inputs, pdfWorker, 'scripts/build-cli.mjs'], null, 1));
    rmSync(CLI_DIR, { recursive: true, force: true });
    renameSync(tmp, CLI_DIR);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
