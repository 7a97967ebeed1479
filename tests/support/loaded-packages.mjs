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
