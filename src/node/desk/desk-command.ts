// `check DIR_OR_FILES… [--json] [--summary OUT.xlsx] [--sheets DIR] [--pdf]`: the reviewer's desk on the
// command line. Folders are walked; each filing is read, checked and reduced to its summary row (and
// its findings' text) before the next is read, so memory is bounded by the largest filing. The exit
// code is the worst of the files: 2 a file could not be read, 1 a filing has 强制 errors, 0 otherwise.
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { DeskFinding, DeskRow } from '../../shared/desk/rows';
import { exitCodeOf, unreadableRow } from '../../shared/desk/rows';
import { checkSheet, checkSheetHtml } from '../../shared/desk/check-sheet';
import { summaryHtml } from '../../shared/desk/summary-html';
import { writeFileAtomic } from '../files/file-store';
import { parseArgs } from '../cli/run';
import type { CliIo } from '../cli/types';
import { UsageError } from '../cli/types';
import type { DeskChecked } from './read';
import { checkOne } from './read';
import type { HtmlPrinter } from './pdf';
import { listInputs, namesFolder } from './walk';

const VALUED = ['--summary', '--sheets'];

/** The desk handles folders and the report options; plain files without them stay with `check`. */
export async function isDeskRun(args: string[]): Promise<boolean> {
  if (args.some((a) => VALUED.includes(a) || a === '--pdf')) return true;
  return namesFolder(args.filter((a) => !a.startsWith('--')));
}

async function save(path: string, data: Uint8Array): Promise<void> {
  const r = await writeFileAtomic(path, data, { backup: false });
  if (!r.ok) throw new Error(r.message);
}

const safeName = (display: string) => display.replace(/^[./\\]+/, '').replace(/[\\/:*?"<>|]+/g, '_').slice(-120);

function textLines(r: DeskChecked): string {
  const row = r.row;
  if (row.state === '无法读取') return `${row.file}：无法读取：${row.reason}\n`;
  const head = `${row.file}（${row.unit} ${row.year}年度）：${row.state}　强制 ${row.errors}，提示 ${row.warnings}（已说明 ${row.explained}，未说明 ${row.unexplained}），未核对 ${row.unchecked}，审阅意见 未解决 ${row.notesOpen}／已解决 ${row.notesResolved}\n`;
  return head + r.findings.map((f) => `    [${f.severity === '强制' ? '错误' : '提示'}] ${f.message}\n`).join('');
}

function jsonEntry(r: DeskChecked): string {
  return JSON.stringify({
    ...r.row,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity === '强制' ? 'error' : 'warning', message: f.message, cells: f.cells, ...(f.explanation ? { explanation: f.explanation } : {}) })),
  });
}

async function writeSheet(dir: string, r: DeskChecked, printer: HtmlPrinter | null): Promise<void> {
  if (!r.detail) return;
  const { filing, template, raw, skipped } = r.detail;
  const sheet = checkSheet(r.row.file, filing, template, raw, skipped);
  const base = join(dir, `${safeName(r.row.file)}-检查表`);
  const { checkSheetWorkbook } = await import('./summary-xlsx');
  await save(`${base}.xlsx`, await checkSheetWorkbook(sheet));
  if (printer) await save(`${base}.pdf`, await printer.print(checkSheetHtml(sheet)));
}

export async function runDesk(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, VALUED, ['--json', '--pdf']);
  if (positional.length === 0) throw new UsageError('请给出要审核的文件或文件夹');
  const json = flags['--json'] === true;
  const summary = typeof flags['--summary'] === 'string' ? resolve(flags['--summary']) : null;
  const sheets = typeof flags['--sheets'] === 'string' ? resolve(flags['--sheets']) : null;
  if (summary && !summary.toLowerCase().endsWith('.xlsx')) throw new UsageError('--summary 的文件名应以 .xlsx 结尾');
  if (sheets) await mkdir(sheets, { recursive: true });
  const entries = await listInputs(positional);
  const printer = flags['--pdf'] === true && (summary || sheets) ? await (await import('./pdf')).openHtmlPrinter() : null;
  const rows: DeskRow[] = [];
  const findings: DeskFinding[] = [];
  try {
    if (json) io.stdout('{"files":[\n');
    for (const [i, entry] of entries.entries()) {
      const r: DeskChecked = 'error' in entry ? { row: unreadableRow(entry.display, entry.error), findings: [] } : await checkOne(entry.path, entry.display, sheets !== null);
      rows.push(r.row);
      if (summary) findings.push(...r.findings);
      if (json) io.stdout((i ? ',\n' : '') + jsonEntry(r));
      else io.stdout(textLines(r));
      if (sheets) await writeSheet(sheets, r, printer);
      // r (and the filing it held) is garbage from here on.
    }
    if (json) io.stdout('\n]}\n');
    const count = (s: DeskRow['state']) => rows.filter((r) => r.state === s).length;
    const line = `共 ${rows.length} 个文件：通过 ${count('通过')}，待说明 ${count('待说明')}，未通过 ${count('未通过')}，无法读取 ${count('无法读取')}\n`;
    if (json) io.stderr(line);
    else io.stdout(line);
    if (summary) {
      const { summaryWorkbook } = await import('./summary-xlsx');
      await save(summary, await summaryWorkbook(rows, findings));
      const title = `审核汇总：${positional.map((p) => basename(resolve(p))).join('、')}`;
      if (printer) await save(summary.replace(/\.xlsx$/i, '.pdf'), await printer.print(summaryHtml(title, rows, findings)));
      io.stderr(`已生成汇总表：${summary}${printer ? '（及 PDF）' : ''}\n`);
    }
  } finally {
    await printer?.close();
  }
  return exitCodeOf(rows);
}
