// Child process for the save-atomicity fault test: saves a filing over and over into one file until it is
// killed. Each save carries its sequence number, so the parent can tell which version survived.
import { saveFilingFile } from '../../src/node/files/file-store';
import { smallFiling } from './filing-fixture';

const [file, startArg] = process.argv.slice(2);
let seq = Number(startArg);

// Big enough (about 1 MB) that a kill often lands in the middle of writing or renaming.
const rows: Record<string, Record<string, string>> = {};
for (let r = 0; r < 4000; r++) rows[String(2000000 + r)] = { '1': '1234567.89', '2': '-0.01', '3': '100.00' };

async function loop(): Promise<void> {
  for (;;) {
    seq++;
    const filing = smallFiling({ explanations: { seq: String(seq) }, tables: { T02: rows } });
    const r = await saveFilingFile(file, filing);
    if (!r.ok) {
      process.stderr.write(r.message + '\n');
      process.exit(3);
    }
    process.stdout.write(`saved ${seq}\n`);
  }
}

// Start up first, then wait for the word: the parent starts the next child while this one saves, so the
// start-up time of Node does not count against the test.
process.stdout.write('ready\n');
process.stdin.once('data', () => void loop());
