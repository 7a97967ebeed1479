// `narrative FILE [--json]`: prints the 情况说明 generated from a filing (sections 一 to 十), every figure
// computed from its tables. --json prints the sections with each figure and its source cells.
import { resolve } from 'node:path';
import { computeFiling } from '../../../shared/filing/compute';
import { readFilingFile } from '../../files/file-store';
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
    // The app's own reader: regular files only, strict UTF-8, duplicate keys refused.
    const parsed = await readFilingFile(path);
    if (!parsed.ok) {
      io.stderr(`${path}：${parsed.message}\n`);
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
