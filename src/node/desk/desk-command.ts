// `check DIR_OR_FILES… [--json] [--summary OUT.xlsx] [--sheets DIR] [--pdf]`: the reviewer's desk on the
// command line. Folders are walked; each filing is read, checked and reduced to its summary row (and
// its findings' text) before the next is read, so memory is bounded by the largest filing. The exit
// code is the worst of the files: 2 a file could not be read, 1 a filing has 强制 errors, 0 otherwise.
import { resolve } from 'node:path';
import type { DeskRow } from '../../shared/desk/rows';
import { exitCodeOf } from '../../shared/desk/rows';
import { parseArgs } from '../cli/run';
import type { CliIo } from '../cli/types';
import { UsageError } from '../cli/types';
import type { DeskChecked } from './read';
import { writeDeskReports } from './reports';
import { namesFolder } from './walk';

const VALUED = ['--summary', '--sheets'];

/** The desk handles folders and the report options; plain files without them stay with `check`. */
export async function isDeskRun(args: string[]): Promise<boolean> {
  if (args.some((a) => VALUED.includes(a) || a === '--pdf')) return true;
  return namesFolder(args.filter((a) => !a.startsWith('--')));
}

function textLines(r: DeskChecked): string {
  const row = r.row;
  if (row.state === '无法读取') return `${row.file}：无法读取：${row.reason}\n`;
  const head = `${row.file}（${row.unit} ${row.year}年度）：${row.state}　强制 ${row.errors}，提示 ${row.warnings}（已说明 ${row.explained}，未说明 ${row.unexplained}），未核对 ${row.unchecked}，审阅意见 未解决 ${row.notesOpen}／已解决 ${row.notesResolved}\n`;
  const findings = r.findings.map((f) => `    [${f.severity === '强制' ? '错误' : '提示'}] ${f.message}\n`);
  const unchecked = r.unchecked.map((u) => `    [未核对] ${u.what.slice(0, 80)}：${u.why}\n`);
  return head + findings.join('') + unchecked.join('');
}

/**
 * One file as JSON: the row, each finding with its cells as data (表, 行/科目, 栏 and the name a clerk
 * reads) and a failing check's figures as decimal strings in 元, and what was not checked (未核对).
 */
function jsonEntry(r: DeskChecked): string {
  return JSON.stringify({
    ...r.row,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity === '强制' ? 'error' : 'warning',
      message: f.message,
      cells: f.cellRefs,
      cellsText: f.cells,
      ...(f.figures ? { figures: f.figures } : {}),
      ...(f.explanation ? { explanation: f.explanation } : {}),
      ...(f.notes ? { notes: f.notes } : {}),
    })),
    uncheckedItems: r.unchecked,
  });
}

export async function runDesk(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, VALUED, ['--json', '--pdf']);
  if (positional.length === 0) throw new UsageError('请给出要审核的文件或文件夹');
  const json = flags['--json'] === true;
  const summary = typeof flags['--summary'] === 'string' ? resolve(flags['--summary']) : null;
  const sheets = typeof flags['--sheets'] === 'string' ? resolve(flags['--sheets']) : null;
  if (summary && !summary.toLowerCase().endsWith('.xlsx')) throw new UsageError('--summary 的文件名应以 .xlsx 结尾');
  const rows = await writeDeskReports({
    inputs: positional,
    summary,
    sheets,
    pdf: flags['--pdf'] === true,
    onStart: () => json && io.stdout('{"files":[\n'),
    onEntry: (r, i) => io.stdout(json ? (i ? ',\n' : '') + jsonEntry(r) : textLines(r)),
  });
  if (json) io.stdout('\n]}\n');
  const count = (s: DeskRow['state']) => rows.filter((r) => r.state === s).length;
  const line = `共 ${rows.length} 个文件：通过 ${count('通过')}，待说明 ${count('待说明')}，未通过 ${count('未通过')}，无法读取 ${count('无法读取')}\n`;
  if (json) io.stderr(line);
  else io.stdout(line);
  if (summary) io.stderr(`已生成汇总表：${summary}${flags['--pdf'] === true ? '（及 PDF）' : ''}\n`);
  return exitCodeOf(rows);
}
