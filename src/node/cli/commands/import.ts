// `import IN.xlsx --out FILE`: reads an official-layout workbook into a new .jsgk file and prints what
// was read, skipped and could not be read. Exit 0 when the figures were read, 1 when some cells were
// unreadable (the file is still written without them), 2 when nothing could be imported.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeFiling } from '../../../shared/filing/schema';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const importCommand: Command = {
  name: 'import',
  usage: 'import IN.xlsx --out FILE.jsgk',
  summary: '从公开表格式的 Excel 工作簿导入，生成决算通文件',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out']);
    if (positional.length !== 1) throw new UsageError('请给出一个 .xlsx 工作簿');
    const out = flags['--out'];
    if (typeof out !== 'string') throw new UsageError('请用 --out 给出要生成的文件');
    // Loaded here, not at the top: the Excel and PDF writers (exceljs, playwright-core) cost a check ~0.7 s.
    const { importXlsx } = await import('../../export/index');
    const r = await importXlsx(resolve(positional[0]));
    if (!r.ok) {
      io.stderr(r.message + '\n');
      return 2;
    }
    await writeFile(resolve(out), serializeFiling(r.filing), 'utf8');
    const { read, skipped, unreadable } = r.report;
    const lines = [`已读入 ${read.length} 张表：`, ...read.map((x) => `  ${x}`)];
    const restored = r.report.restored ?? [];
    if (restored.length) lines.push('另读回决算通附表：', ...restored.map((x) => `  ${x}`));
    if (skipped.length) lines.push(`跳过 ${skipped.length} 项：`, ...skipped.map((x) => `  ${x}`));
    if (unreadable.length) lines.push(`无法读取 ${unreadable.length} 个单元格（未读入，请核对）：`, ...unreadable.map((u) => `  ${u.sheet}!${u.cell}“${u.value}”：${u.reason}`));
    if (r.filing.meta.sourceUnit === '万元') lines.push('数据来自万元表，合计与分项之间 0.01 级的尾差将作为提示列出。');
    lines.push(`已生成：${resolve(out)}`);
    io.stdout(lines.join('\n') + '\n');
    return unreadable.length ? 1 : 0;
  },
};
