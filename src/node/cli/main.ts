// `npm run -s juesuan -- <command>`: the command-line entry. Each command lives in commands/<name>.ts.
import { COMMANDS } from './commands/index';
import { runCli } from './run';

// `check FILE | head -1`: once the reader has gone, the rest of the output is dropped quietly (no stack
// trace) and the command still ends with its own exit code.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

const code = await runCli(process.argv.slice(2), COMMANDS, {
  stdout: (s) => void (readerGone || process.stdout.write(s)),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
