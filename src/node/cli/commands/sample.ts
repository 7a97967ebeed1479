// `sample --out FILE`: writes the built-in sample (阳泉市大数据应用局 2022) as a .jsgk file.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeFiling } from '../../../shared/filing/schema';
import { sampleFiling } from '../../../shared/sample/index';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const sampleCommand: Command = {
  name: 'sample',
  usage: 'sample --out FILE',
  summary: '把内置示例（阳泉市大数据应用局 2022年度）写成 .jsgk 文件',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out']);
    if (positional.length > 0) throw new UsageError(`多余的参数：${positional.join(' ')}`);
    const out = flags['--out'];
    if (typeof out !== 'string' || out.trim() === '') throw new UsageError('请用 --out 指定要写入的文件，例如 --out 示例.jsgk');
    const path = resolve(out);
    try {
      await writeFile(path, serializeFiling(sampleFiling()), 'utf8');
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      io.stderr(`无法写入文件 ${path}：${reason}。请检查目录是否存在、是否有写入权限。\n`);
      return 2;
    }
    io.stdout(`已写入示例文件：${path}\n`);
    return 0;
  },
};
