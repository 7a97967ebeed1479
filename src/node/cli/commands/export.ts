// `export FILE --xlsx OUT --pdf OUT`: writes the official tables as a workbook and/or the whole
// disclosure as a PDF. Exit 0 when every requested file was written, 1 when they were written but carry
// the draft mark (强制 errors stand), 2 when one could not be written. A sample's files carry the sample
// mark on every page and sheet, and the note says so.
import { resolve } from 'node:path';
import { loadFiling } from '../../export/load-filing';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export FILE [--xlsx OUT] [--pdf OUT]',
  summary: '导出公开表 Excel 和/或整套公开文件 PDF',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--xlsx', '--pdf']);
    if (positional.length !== 1) throw new UsageError('请给出一个决算通文件（.jsgk）');
    const xlsx = flags['--xlsx'];
    const pdf = flags['--pdf'];
    if (typeof xlsx !== 'string' && typeof pdf !== 'string') throw new UsageError('请至少给出 --xlsx 或 --pdf 之一');
    const loaded = await loadFiling(positional[0]);
    if (!loaded.ok) {
      io.stderr(loaded.message + '\n');
      return 2;
    }
    // Loaded here, not at the top: the Excel and PDF writers (exceljs, playwright-core) cost a check ~0.7 s.
    const { exportPdf, exportXlsx } = await import('../../export/index');
    let code = 0;
    for (const [kind, out, run] of [
      ['Excel', xlsx, exportXlsx],
      ['PDF', pdf, exportPdf],
    ] as const) {
      if (typeof out !== 'string') continue;
      const started = Date.now();
      const r = await run({ filing: loaded.filing, path: resolve(out) });
      if (r.ok) {
        io.stdout(`已导出 ${kind}：${r.path}（${(r.bytes / 1024).toFixed(0)} KB，${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`);
        // A built-in sample says so on every page and sheet, whether or not it is also a draft (exit code unchanged).
        if (r.sample) io.stderr(`注意：这是示例文件，导出的${kind}每页标有“${r.sample}”，不能作为正式公开文件。\n`);
        if (r.draft) {
          io.stderr(`注意：${r.draft}，导出的${kind}每页标有“${r.draft}”，不能作为正式公开文件。请用 check 命令查看并改正。\n`);
          code = Math.max(code, 1);
        }
      } else {
        io.stderr(r.message + '\n');
        code = 2;
      }
    }
    return code;
  },
};
