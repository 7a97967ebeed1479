// `import IN.xlsx --out FILE`: reads an official-layout workbook into a new .jsgk file and prints what
// was read, skipped and could not be read. Exit 0 when the figures were read, 1 when some cells were
// unreadable (the file is still written without them), 2 when nothing could be imported.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeFiling } from '../../../shared/filing/schema';
import { importReportLines } from '../../../shared/io/xlsx/report-text';
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
    const { read, unreadable } = r.report;
    const lines = [`读入报告（已读入 ${read.length} 张表）：`, ...importReportLines(r.report)];
    if (unreadable.length) lines.push(`无法读取 ${unreadable.length} 个单元格（未读入，请核对）：`, ...unreadable.map((u) => `  ${u.sheet}!${u.cell}“${u.value}”：${u.reason}`));
    if (r.filing.meta.sourceUnit === '万元') lines.push('数据来自万元表：合计与 n 个分项之和相差不超过 n×0.005万元的列为尾差提示；两个填报合计之间必须一致。');
    lines.push(`已生成：${resolve(out)}`);
    io.stdout(lines.join('\n') + '\n');
    return unreadable.length ? 1 : 0;
  },
};
