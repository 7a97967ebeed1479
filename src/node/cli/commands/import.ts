// `import IN.xlsx --out FILE`: reads an official-layout workbook into a new .jsgk file and prints what
// was read, skipped and could not be read. Exit 0 when the figures were read, 1 when some cells were
// unreadable (the file is still written without them), 2 when nothing could be imported.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeFiling } from '../../../shared/filing/schema';
import { readDocument } from '../../../shared/published/read-document';
import { isPublishedPath, readPublished } from '../../published/read-published';
import { importReportLines } from '../../../shared/io/xlsx/report-text';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const importCommand: Command = {
  name: 'import',
  usage: 'import IN.xlsx|IN.pdf|IN.txt --out FILE.jsgk',
  summary: '从公开表格式的 Excel 工作簿或已公开的 PDF（或其文字稿）导入，生成决算通文件',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out']);
    if (positional.length !== 1) throw new UsageError('请给出一个 .xlsx 工作簿');
    const out = flags['--out'];
    if (typeof out !== 'string') throw new UsageError('请用 --out 给出要生成的文件');
    if (isPublishedPath(positional[0])) return importPublished(positional[0], out, io);
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

/** A published disclosure's tables into a filing, with the read report (what was read, what was not). */
async function importPublished(file: string, out: string, io: CliIo): Promise<number> {
  const doc = await readPublished(resolve(file));
  if (!doc.ok) {
    io.stderr(doc.message + '\n');
    return 2;
  }
  const r = readDocument(doc.doc);
  if (r.blocks.length === 0) {
    io.stderr(`“${file}”中没有找到任何公开表（按表名和“公开NN表”表号查找）\n`);
    return 2;
  }
  await writeFile(resolve(out), serializeFiling(r.filing), 'utf8');
  const lines = [`${r.department || '单位不详'} ${r.year}年度，模板 ${r.template.id}，金额单位 ${r.unit}`, `已读入 ${r.blocks.length} 张表：`, ...r.report.read.map((x) => `  ${x}`)];
  if (r.report.notRead.length) lines.push(`未读入 ${r.report.notRead.length} 项（请核对）：`, ...r.report.notRead.map((x) => `  ${x}`));
  lines.push(`已生成：${resolve(out)}`);
  io.stdout(lines.join('\n') + '\n');
  // 1 when a table's figures were not all read (the filing is still written without them).
  return r.report.notRead.some((x) => /^公开\d+表/.test(x)) ? 1 : 0;
}
