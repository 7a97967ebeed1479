// Child process for the lost-update test: starts, says "ready", and on the word saves FILE once with the
// expected mtime it was given, then prints the outcome ("ok" or the refusal's code).
import { saveFilingFile } from '../../src/node/files/file-store';
import { smallFiling } from './filing-fixture';

const [file, expected, tag] = process.argv.slice(2);
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  void saveFilingFile(file, smallFiling({ explanations: { writer: tag } }), { expectedMtimeMs: Number(expected) }).then((r) => {
    process.stdout.write(`${r.ok ? 'ok' : r.code}\n`);
    process.exit(0);
  });
});
