// `npm run -s juesuan -- …`: runs the bundled command line, out/cli/juesuan.mjs (see build-cli.mjs). On a
// fresh checkout, or after a source it was built from changed, it first rebuilds the bundle (esbuild, well
// under a second), so the command always runs the current sources without transpiling them on every run.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const CLI_DIR = join(ROOT, 'out/cli');
const BUNDLE = join(CLI_DIR, 'juesuan.mjs');

/** Missing, or older than one of the sources listed when it was built (a deleted source counts too). */
function stale() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(CLI_DIR, 'inputs.json'), 'utf8'));
    return inputs.some((file) => statSync(join(ROOT, file)).mtimeMs > built);
  } catch {
    return true;
  }
}

if (stale()) await (await import('./build-cli.mjs')).buildCli();
await import(pathToFileURL(BUNDLE).href);
