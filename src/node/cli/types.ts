export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Thrown for bad arguments: the CLI prints usage to stderr and exits 2. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  /** One line for --help, e.g. "check FILE... [--json]  检查文件中的审核公式". */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}
