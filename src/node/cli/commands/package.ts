// `package FILE --out DIR|FILE.zip [--force]`: writes the submission package, one zip (xlsx, pdf, .jsgk,
// 审核报告 PDF and HTML, manifest.json with every file's SHA-256). Refused, with the list of what stands in
// the way, while any 强制 error stands or a 提示 has no 出错说明 (exit 1); an existing package is replaced
// only with --force (exit 2 otherwise).
import { resolve } from 'node:path';
import { loadFiling } from '../../export/load-filing';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const packageCommand: Command = {
  name: 'package',
  usage: 'package FILE --out DIR|FILE.zip [--force]',
  summary: '生成报送包（一个 zip：Excel、PDF、决算通文件、审核报告和清单）',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out'], ['--force']);
    if (positional.length !== 1) throw new UsageError('请给出一个决算通文件（.jsgk）');
    const out = flags['--out'];
    if (typeof out !== 'string') throw new UsageError('请用 --out 给出报送包的文件夹');
    const loaded = await loadFiling(positional[0]);
    if (!loaded.ok) {
      io.stderr(loaded.message + '\n');
      return 2;
    }
    // Loaded here, not at the top: the Excel and PDF writers (exceljs, playwright-core) cost a check ~0.7 s.
    const { packageSubmission } = await import('../../export/index');
    const r = await packageSubmission({ filing: loaded.filing, path: resolve(positional[0]), outDir: resolve(out), overwrite: flags['--force'] === true });
    if (!r.ok) {
      io.stderr(r.message + '\n');
      return r.blocking.length ? 1 : 2;
    }
    io.stdout([`报送包已生成：${r.archive}`, ...r.manifest.files.map((f) => `  ${f.name}（${f.bytes} 字节，SHA-256 ${f.sha256}）`)].join('\n') + '\n');
    return 0;
  },
};
