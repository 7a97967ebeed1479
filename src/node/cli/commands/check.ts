// `check FILE... [--json]`: runs every 审核公式 of each filing. Exit 0 when no file has 强制 errors,
// 1 when some file has, 2 when a file cannot be read (the reason goes to stderr; other files are still
// checked).
import { resolve } from 'node:path';
import { readFilingFile } from '../../files/file-store';
import type { Filing } from '../../../shared/filing/types';
import { checkAll } from '../../../shared/rules/engine';
import type { Finding, Unchecked } from '../../../shared/rules/types';
import { getTemplate } from '../../../shared/templates/registry';
import type { Template } from '../../../shared/templates/types';
import { checkDocument } from '../../../shared/published/check-document';
import { isPublishedPath, readPublished } from '../../published/read-published';
import type { PublishedFileReport } from '../published-report';
import { formatPublished, publishedReport } from '../published-report';
import { parseArgs } from '../run';
import type { CliIo, Command } from '../types';
import { UsageError } from '../types';
import { isDeskRun, runDesk } from '../../desk/desk-command';

interface FileReport {
  file: string;
  errors: number;
  warnings: number;
  findings: Array<Pick<Finding, 'rule' | 'severity' | 'message' | 'cells'> & { explanation?: string }>;
  /** Rules not evaluated (未核对): they read a table or form the filing does not have. */
  unchecked: Array<Pick<Unchecked, 'rule' | 'reason'>>;
}

/** The app's own reader (regular files only, strict UTF-8, duplicate keys refused): what check accepts, the app opens. */
async function load(path: string): Promise<{ ok: true; filing: Filing; read?: string[] } | { ok: false; message: string }> {
  if (/\.xlsx$/i.test(path)) {
    // A workbook is read as `import` reads it (its template recognised from the sheets), then checked.
    const { importXlsx } = await import('../../export/index');
    const imported = await importXlsx(path);
    return imported.ok ? { ok: true, filing: imported.filing, read: imported.report.identity } : { ok: false, message: imported.message };
  }
  const r = await readFilingFile(path);
  return r.ok ? { ok: true, filing: r.filing } : { ok: false, message: r.message };
}

function report(file: string, findings: Finding[], unchecked: Unchecked[]): FileReport {
  return {
    file,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map((c) => ({ table: c.table, row: c.row, col: c.col })),
      ...(f.field ? { field: f.field } : {}),
      ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
    })),
    unchecked: unchecked.map((u) => ({ rule: u.rule, reason: u.reason })),
  };
}

/** 审核通过 only when every rule was evaluated and none failed. */
export function summaryLine(errors: number, warnings: number, unchecked = 0): string {
  if (errors === 0 && warnings === 0 && unchecked === 0) return '审核通过：未发现问题';
  const counts = `${errors} 个错误，${warnings} 个提示`;
  return unchecked > 0 ? `${counts}，${unchecked} 条审核公式未核对（缺少所读的表）` : counts;
}

/** The 未核对 list: each rule with why it was not evaluated. */
export function formatUnchecked(unchecked: Unchecked[]): string {
  return [`  未核对（${unchecked.length} 条）`, ...unchecked.map((u) => `    [未核对] ${u.title}：${u.reason}`)].join('\n');
}

/** Findings outside the public tables: on the self-evaluation forms and on the narrative. */
const OTHER_GROUPS: Record<string, string> = { evaluation: '项目支出绩效自评表', narrative: '情况说明' };

/** Findings grouped under the table of their first cell, in template order. */
export function formatFindings(template: Template, findings: Finding[]): string {
  const order = template.tables.map((t) => t.id);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const table = f.field ? f.field.kind : (f.cells[0]?.table ?? '');
    const list = groups.get(table);
    if (list) list.push(f);
    else groups.set(table, [f]);
  }
  const extra = Object.keys(OTHER_GROUPS);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length + (extra.includes(id) ? extra.indexOf(id) : extra.length));
  const lines: string[] = [];
  for (const id of [...groups.keys()].sort((a, b) => rank(a) - rank(b))) {
    const t = template.tables.find((x) => x.id === id);
    lines.push(`  ${t ? `${t.number} ${t.title}` : (OTHER_GROUPS[id] ?? '其他')}`);
    for (const f of groups.get(id)!) {
      lines.push(`    [${f.severity === 'error' ? '错误' : '提示'}] ${f.message}`);
      if (f.explanation) lines.push(`           出错说明：${f.explanation}`);
    }
  }
  return lines.join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check FILE.jsgk|FILE.xlsx|FILE.pdf|FILE.txt|DIR... [--json] [--summary OUT.xlsx] [--sheets DIR] [--pdf]',
  summary: '审核文件、文件夹或已公开的 PDF（或其文字稿）：列出错误（强制）、提示和因缺表或读不准而未核对的项',
  async run(args: string[], io: CliIo): Promise<number> {
    // The reviewer's desk (folders, --summary, --sheets, --pdf) lives in src/node/desk.
    if (await isDeskRun(args)) return runDesk(args, io);
    const { positional, flags } = parseArgs(args, [], ['--json']);
    if (positional.length === 0) throw new UsageError('请给出要审核的文件，例如 check 示例.jsgk');
    const json = flags['--json'] === true;
    const reports: Array<FileReport | PublishedFileReport> = [];
    let unreadable = false;
    let anyErrors = false;
    for (const file of positional) {
      if (isPublishedPath(file)) {
        const doc = await readPublished(resolve(file));
        if (!doc.ok) {
          io.stderr(`无法读取 ${file}：${doc.message}\n`);
          unreadable = true;
          continue;
        }
        const checked = checkDocument(doc.doc);
        reports.push(publishedReport(file, checked));
        if (checked.errors > 0) anyErrors = true;
        if (!json) io.stdout(formatPublished(checked, file) + '\n');
        continue;
      }
      const loaded = await load(resolve(file));
      if (!loaded.ok) {
        io.stderr(`无法读取 ${file}：${loaded.message}\n`);
        unreadable = true;
        continue;
      }
      let template: Template;
      try {
        template = getTemplate(loaded.filing.template);
      } catch (e) {
        io.stderr(`无法审核 ${file}：${e instanceof Error ? e.message : String(e)}\n`);
        unreadable = true;
        continue;
      }
      const { findings, unchecked } = checkAll(loaded.filing, template);
      const r = report(file, findings, unchecked);
      reports.push(r);
      if (r.errors > 0) anyErrors = true;
      if (!json) {
        const m = loaded.filing.meta;
        io.stdout(`${file}（${m.department} ${m.year}年度）\n`);
        for (const line of loaded.read ?? []) io.stdout(`  ${line}\n`);
        if (findings.length > 0) io.stdout(formatFindings(template, findings) + '\n');
        if (unchecked.length > 0) io.stdout(formatUnchecked(unchecked) + '\n');
        io.stdout(`  ${summaryLine(r.errors, r.warnings, unchecked.length)}\n`);
      }
    }
    if (json) io.stdout(JSON.stringify({ files: reports }, null, 2) + '\n');
    if (unreadable) return 2;
    return anyErrors ? 1 : 0;
  },
};
