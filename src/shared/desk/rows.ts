// The reviewer's desk (批量审核): one summary row per filing of a folder, and the findings of all of them,
// kept small so a folder of hundreds of filings costs the memory of one filing at a time. Pure: the
// node side reads the files, the UI and the CLI show and write these rows.
import type { Filing } from '../filing/types';
import type { Finding } from '../rules/types';
import type { Template } from '../templates/types';
import { isStoredAmount } from '../money/money';
import { describeTarget } from '../review/notes';

/** 通过: nothing stands; 待说明: only 提示, some without 出错说明; 未通过: 强制 errors; 无法读取: see reason. */
export type DeskState = '通过' | '待说明' | '未通过' | '无法读取';

export interface DeskRow {
  /** As given or found under the folder (relative to it). */
  file: string;
  /** 单位 (meta.department); '' when unreadable. */
  unit: string;
  /** The template's name, e.g. 山西省 2022年度 部门决算公开. */
  template: string;
  year: number | null;
  errors: number;
  warnings: number;
  explained: number;
  unexplained: number;
  /** Checks that could not be made (未核对): a table the source lacked, a rule without last year's figures. */
  unchecked: number;
  notesOpen: number;
  notesResolved: number;
  state: DeskState;
  /** Why the file could not be read (无法读取 only). */
  reason?: string;
  /** A 汇总 filing (built from unit filings). */
  consolidated?: boolean;
}

export interface DeskFinding {
  file: string;
  unit: string;
  rule: string;
  severity: '强制' | '提示';
  message: string;
  /** "公开02表 合计 栏2；公开01表 1 栏1" */
  cells: string;
  explanation: string;
  /** Reviewers' notes on this finding, one per line ("审核员：请核对（未解决）"). */
  notes: string;
}

/** Rules that need last year's figures and found none: the engine skips them, so they are 未核对. */
export function skippedRules(filing: Filing, template: Template): string[] {
  const ly = filing.narrative.lastYear;
  const out: string[] = [];
  for (const r of template.rules) {
    if (r.kind !== 'linear' || r.requires !== 'lastYear') continue;
    const keys = [...r.left.terms, ...r.right.terms].flatMap((t) => (t.kind === 'lastYear' ? [t.key] : []));
    if (keys.some((k) => !isStoredAmount(ly[k]))) out.push(r.id);
  }
  return out;
}

/**
 * 未核对: a check result may carry `unchecked` (the checks an import could not make); without it, the
 * rules skipped for want of last year's figures.
 */
export function uncheckedCount(result: { unchecked?: unknown }, skipped: string[]): number {
  const u = result.unchecked;
  if (Array.isArray(u)) return u.length;
  if (typeof u === 'number' && Number.isInteger(u) && u >= 0) return u;
  return skipped.length;
}

export function stateOf(errors: number, unexplained: number): DeskState {
  if (errors > 0) return '未通过';
  return unexplained > 0 ? '待说明' : '通过';
}

export function deskRow(file: string, filing: Filing, template: Template, findings: Finding[], unchecked: number): DeskRow {
  let errors = 0;
  let explained = 0;
  let unexplained = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.explanation?.trim()) explained++;
    else unexplained++;
  }
  const resolved = filing.review.filter((n) => n.resolved).length;
  return {
    file,
    unit: filing.meta.department,
    template: template.name,
    year: filing.meta.year,
    errors,
    warnings: explained + unexplained,
    explained,
    unexplained,
    unchecked,
    notesOpen: filing.review.length - resolved,
    notesResolved: resolved,
    state: stateOf(errors, unexplained),
    ...(filing.consolidation ? { consolidated: true } : {}),
  };
}

export function unreadableRow(file: string, reason: string): DeskRow {
  return { file, unit: '', template: '', year: null, errors: 0, warnings: 0, explained: 0, unexplained: 0, unchecked: 0, notesOpen: 0, notesResolved: 0, state: '无法读取', reason };
}

export function cellsText(f: Finding, tableNumber: (t: string) => string): string {
  return f.cells.map((c) => `${tableNumber(c.table)} ${c.row} 栏${c.col}`).join('；');
}

export function deskFindings(file: string, filing: Filing, findings: Finding[], tableNumber: (t: string) => string): DeskFinding[] {
  return findings.map((f) => ({
    file,
    unit: filing.meta.department,
    rule: f.rule,
    severity: f.severity === 'error' ? '强制' : '提示',
    message: f.message,
    cells: cellsText(f, tableNumber),
    explanation: f.explanation ?? '',
    notes: filing.review
      .filter((n) => n.target.kind === 'finding' && n.target.key === f.key)
      .map((n) => `${n.author}：${n.text}（${n.resolved ? '已解决' : '未解决'}）`)
      .join('\n'),
  }));
}

/** Exit code of a desk run: the worst of its rows (2 unreadable, 1 强制 errors, 0 otherwise). */
export function exitCodeOf(rows: Iterable<DeskRow>): number {
  let code = 0;
  for (const r of rows) code = Math.max(code, r.state === '无法读取' ? 2 : r.errors > 0 ? 1 : 0);
  return code;
}

/** Notes on the filing as a whole or on a cell (those on findings go with the finding). */
export function otherNotes(filing: Filing, tableNumber: (t: string) => string): Array<{ where: string; text: string; state: string }> {
  return filing.review
    .filter((n) => n.target.kind !== 'finding')
    .map((n) => ({ where: describeTarget(n.target, tableNumber), text: `${n.author}：${n.text}${n.replies.map((r) => `\n  ${r.author}：${r.text}`).join('')}`, state: n.resolved ? '已解决' : '未解决' }));
}
