// `narrative FILE [--json]`: prints the 情况说明 generated from a filing (sections 一 to 十), every figure
// computed from its tables. --json prints the sections with each figure and its source cells.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { computeFiling } from '../../../shared/filing/compute';
import { MAX_FILE_BYTES, parseFiling } from '../../../shared/filing/schema';
import { generateNarrative } from '../../../shared/narrative/generate';
import { narrativeText } from '../../../shared/narrative/output';
import { getTemplate, hasTemplate } from '../../../shared/templates/registry';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

export const narrativeCommand: Command = {
  name: 'narrative',
  usage: 'narrative FILE [--json]',
  summary: '由报表生成情况说明（一至十），数字全部取自报表',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, [], ['--json']);
    if (positional.length !== 1) throw new UsageError('请给出一个 .jsgk 文件，例如：narrative 示例.jsgk');
    const path = resolve(positional[0]);
    let text: string;
    try {
      const s = await stat(path);
      if (!s.isFile()) throw Object.assign(new Error('不是文件'), { code: 'EISDIR' });
      if (s.size > MAX_FILE_BYTES) {
        io.stderr(`${path}：文件过大（超过 20 MB），不是决算通保存的文件。\n`);
        return 2;
      }
      text = await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '文件不存在，请检查路径' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '这是一个目录，不是文件' : e instanceof Error ? e.message : String(e);
      io.stderr(`无法读取 ${path}：${why}。\n`);
      return 2;
    }
    const parsed = parseFiling(text);
    if (!parsed.ok) {
      io.stderr(`${path}：${parsed.message}${parsed.path ? `（位置：${parsed.path}）` : ''}\n`);
      return 2;
    }
    const filing = parsed.filing;
    if (!hasTemplate(filing.template)) {
      io.stderr(`${path}：未知的报表模板“${filing.template}”，无法生成情况说明。\n`);
      return 2;
    }
    const { value } = computeFiling(filing, getTemplate(filing.template));
    const sections = generateNarrative(filing, value);
    if (flags['--json']) {
      const plain = sections.map((s) => ({
        number: s.number,
        title: s.title,
        paragraphs: s.paragraphs.map((p) => ({ kind: p.kind, text: p.text, slots: p.slots, figures: p.figures.map((f) => ({ text: f.text, kind: f.kind, source: f.source })) })),
      }));
      io.stdout(JSON.stringify(plain, null, 2) + '\n');
    } else {
      io.stdout(`${filing.meta.department} ${filing.meta.year}年度部门决算 情况说明\n\n` + narrativeText(sections));
    }
    return 0;
  },
};
