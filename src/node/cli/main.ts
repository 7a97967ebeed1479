// `npm run -s juesuan -- <command>`: the command-line entry. Each command lives in commands/<name>.ts.
import { COMMANDS } from './commands/index';
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), COMMANDS, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
