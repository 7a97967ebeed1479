import type { CliIo, Command } from './types';
import { UsageError } from './types';

export function usage(commands: Command[]): string {
  const lines = ['用法：npm run -s juesuan -- <命令> [参数]', '', '命令：'];
  for (const c of commands) lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`);
  lines.push('', '  --help                                       显示本帮助');
  return lines.join('\n') + '\n';
}

/** Runs one command; returns the exit code (0 ok, 1 findings/errors reported, 2 usage or unreadable input). */
export async function runCli(argv: string[], commands: Command[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.stderr(usage(commands));
      return 2;
    }
    io.stdout(usage(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`未知命令：${name}\n\n${usage(commands)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`用法：npm run -s juesuan -- ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n用法：npm run -s juesuan -- ${command.usage}\n`);
      return 2;
    }
    io.stderr(`出错：${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

/** Splits args into positionals and --flag value pairs; flags listed in `booleans` take no value. */
export function parseArgs(args: string[], valued: string[], booleans: string[] = []): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      if (booleans.includes(a)) flags[a] = true;
      else if (valued.includes(a)) {
        const v = args[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`参数 ${a} 需要一个值`);
        flags[a] = v;
        i++;
      } else throw new UsageError(`未知参数：${a}`);
    } else positional.push(a);
  }
  return { positional, flags };
}
