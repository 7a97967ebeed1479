// `consolidate UNIT.jsgk… --out DEPT.jsgk` builds the department's 汇总 from its units (本级 first);
// `consolidate --update DEPT.jsgk` rebuilds it from the unit files it names. Prints which units changed
// since the last consolidation, the offsets (单位合计 | 调整 | 汇总) and the findings on the result, each
// traced to the units that contribute its figure. Exit 0 clean, 1 强制 errors on the result, 2 unreadable.
import { dirname, resolve } from 'node:path';
import type { PairKind } from '../../../shared/consolidate/types';
import { PAIR_KINDS } from '../../../shared/consolidate/types';
import { formatConsolidationReport, formatUnitChanges, traceCell } from '../../../shared/consolidate/report';
import { formatAmount } from '../../../shared/money/money';
import { evaluateAll } from '../../../shared/rules/engine';
import { getTemplate } from '../../../shared/templates/registry';
import { cellWords } from '../../../shared/table/cell-name';
import type { BuildResult } from '../../consolidate/build';
import { ConsolidateError, buildConsolidation, readUnitFile, updateConsolidation } from '../../consolidate/build';
import { writeFileAtomic } from '../../files/file-store';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';

function parseOutside(v: string | true | undefined): PairKind[] {
  if (typeof v !== 'string') return [];
  const kinds = v.split(',').map((s) => s.trim());
  for (const k of kinds) if (!PAIR_KINDS.includes(k as PairKind)) throw new UsageError(`--outside 只能是 subsidy（补助）或 remit（上缴），多个用逗号分隔`);
  return kinds as PairKind[];
}

async function printResult(r: BuildResult, out: string, io: CliIo, report: string | null): Promise<number> {
  const template = getTemplate(r.filing.template);
  if (r.changes) {
    const changed = r.changes.filter((c) => c.state !== 'unchanged');
    io.stdout(changed.length ? `自上次汇总以来有变化的单位：\n${formatUnitChanges(changed).join('\n')}\n` : '自上次汇总以来各单位文件均未变化。\n');
  }
  io.stdout(formatConsolidationReport(r.filing, template) + '\n');
  for (const n of r.notes) io.stdout(`注意：${n}\n`);
  const findings = evaluateAll(r.filing, template);
  const units = [];
  for (const u of r.filing.consolidation?.units ?? []) units.push({ name: u.name, filing: (await readUnitFile(resolve(dirname(out), u.path))).filing });
  const errors = findings.filter((f) => f.severity === 'error').length;
  io.stdout(`汇总文件审核：${errors} 个错误，${findings.length - errors} 个提示\n`);
  for (const f of findings) {
    io.stdout(`  [${f.severity === 'error' ? '错误' : '提示'}] ${f.message}\n`);
    const cell = f.cells[0];
    if (!cell || f.rule.startsWith('HZ-')) continue;
    const t = traceCell(cell, units, r.filing, template);
    const parts = t.contributions.map((c) => `${c.unit} ${formatAmount(c.value, r.filing.meta.unit)}`);
    if (!t.adjustment.isZero()) parts.push(`调整 ${formatAmount(t.adjustment, r.filing.meta.unit)}`);
    io.stdout(`      来源（${cellWords(template, cell)}）：${parts.join('；') || '各单位均无数'}\n`);
  }
  io.stdout(`已生成：${out}\n`);
  if (report) {
    const { consolidationWorkbook } = await import('../../consolidate/report-xlsx');
    const saved = await writeFileAtomic(report, await consolidationWorkbook(r.filing, template), { backup: false });
    if (!saved.ok) throw new ConsolidateError(saved.message);
    io.stdout(`已生成汇总报告（单位合计 | 调整 | 汇总）：${report}\n`);
  }
  return errors > 0 ? 1 : 0;
}

export const consolidateCommand: Command = {
  name: 'consolidate',
  usage: 'consolidate UNIT.jsgk... --out DEPT.jsgk | --update DEPT.jsgk [--outside subsidy,remit] [--report R.xlsx]',
  summary: '汇总：由本级（第一个文件）和所属单位的文件生成部门汇总文件，抵销内部往来',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positional, flags } = parseArgs(args, ['--out', '--update', '--department', '--outside', '--report']);
    const report = typeof flags['--report'] === 'string' ? resolve(flags['--report']) : null;
    if (report && !report.toLowerCase().endsWith('.xlsx')) throw new UsageError('--report 的文件名应以 .xlsx 结尾');
    const outside = parseOutside(flags['--outside']);
    const department = typeof flags['--department'] === 'string' ? flags['--department'] : undefined;
    try {
      if (typeof flags['--update'] === 'string') {
        if (positional.length) throw new UsageError('--update 时不要再给单位文件：单位清单在汇总文件中');
        const dept = resolve(flags['--update']);
        return await printResult(await updateConsolidation(dept, { outside, department }), dept, io, report);
      }
      const out = flags['--out'];
      if (typeof out !== 'string') throw new UsageError('请用 --out 给出要生成的汇总文件');
      if (positional.length < 2) throw new UsageError('请给出至少两个单位文件：本级在前，所属单位在后');
      return await printResult(await buildConsolidation(positional, out, { outside, department }), resolve(out), io, report);
    } catch (e) {
      if (e instanceof ConsolidateError) {
        io.stderr(`无法汇总：${e.message}\n`);
        return 2;
      }
      throw e;
    }
  },
};
