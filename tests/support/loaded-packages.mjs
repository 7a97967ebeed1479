// node --import this: on exit, prints to stderr which CommonJS packages the process loaded
// ("loaded-packages: exceljs,playwright-core"), so a test can tell what a CLI command pulled in.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const names = new Set();
  for (const key of Object.keys(require.cache)) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(key);
    if (m) names.add(m[1]);
  }
  process.stderr.write(`loaded-packages: ${[...names].sort().join(',')}\n`);
});

// And which worker threads it started, by file ("started-workers: desk-worker.mjs,desk-worker.mjs"): the
// Worker class is wrapped before the CLI's modules bind it (syncBuiltinESMExports updates their imports).
const threads = require('node:worker_threads');
const { syncBuiltinESMExports } = require('node:module');
const started = [];
const Original = threads.Worker;
threads.Worker = class extends Original {
  constructor(file, options) {
    started.push(typeof file === 'string' && options?.eval ? '(eval)' : String(file).split('/').pop());
    super(file, options);
  }
};
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write(`started-workers: ${started.join(',')}\n`));
