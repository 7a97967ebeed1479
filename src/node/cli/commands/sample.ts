// `sample [--template ID] --out FILE`: writes a built-in sample as a .jsgk file — 阳泉市大数据应用局 2022
// (shanxi-2022, the default) or 上海市普陀区规划和自然资源局 2024 (shanghai-2024).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeFiling } from '../../../shared/filing/schema';
import type { Filing } from '../../../shared/filing/types';
import { markedSample } from '../../../shared/sample/samples';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

/** The built-in sample of each template that has one, marked as a sample (the app shows its 示例 banner). */
const SAMPLES: Record<string, { name: string; make: () => Filing }> = {
  'shanxi-2022': { name: '阳泉市大数据应用局 2022年度', make: () => markedSample('shanxi-2022') },
  'shanghai-2024': { name: '上海市普陀区规划和自然资源局 2024年度', make: () => markedSample('shanghai-2024') },
};

export const sampleCommand: Command = {
  name: 'sample',
  usage: 'sample [--template ID] --out FILE',
  summary: '把内置示例（默认阳泉市大数据应用局 2022年度；--template shanghai-2024 为普陀区规划和自然资源局 2024年度）写成 .jsgk 文件',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out', '--template']);
    if (positional.length > 0) throw new UsageError(`多余的参数：${positional.join(' ')}`);
    const id = typeof flags['--template'] === 'string' ? flags['--template'] : 'shanxi-2022';
    const sample = SAMPLES[id];
    if (!sample) throw new UsageError(`没有模板“${id}”的内置示例。有示例的模板：${Object.keys(SAMPLES).join('、')}`);
    const out = flags['--out'];
    if (typeof out !== 'string' || out.trim() === '') throw new UsageError('请用 --out 指定要写入的文件，例如 --out 示例.jsgk');
    const path = resolve(out);
    try {
      await writeFile(path, serializeFiling(sample.make()), 'utf8');
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      io.stderr(`无法写入文件 ${path}：${reason}。请检查目录是否存在、是否有写入权限。\n`);
      return 2;
    }
    io.stdout(`已写入示例文件（${sample.name}）：${path}\n`);
    return 0;
  },
};
