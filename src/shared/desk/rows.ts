// The reviewer's desk (批量审核): one summary row per filing of a folder, and the findings of all of them,
// kept small so a folder of hundreds of filings costs the memory of one filing at a time. Pure: the
// node side reads the files, the UI and the CLI show and write these rows.
import type { Filing } from '../filing/types';
import type { Finding, Unchecked } from '../rules/types';
import type { Template } from '../templates/types';
import type { CellRef } from '../types/cell-ref';
import { cellWords, columnWords, lineWords } from '../table/cell-name';
import { isStoredAmount } from '../money/money';
import { findingFigures } from '../rules/check';
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
  /** Checks that could not be made (未核对): a rule reading a table the source lacked, a rule without last
   * year's figures, a cell an import could not read, what a published text did not let us decide. */
  unchecked: number;
  notesOpen: number;
  notesResolved: number;
  state: DeskState;
  /** Why the file could not be read (无法读取 only). */
  reason?: string;
  /** A 汇总 filing (built from unit filings). */
  consolidated?: boolean;
}

/** A cell of a finding as data: 表 (id and printed number), 行次/科目, 栏 (number and label), and its name as a clerk reads it. */
export interface DeskCell {
  table: string;
  /** 公开02表, 表二 */
  tableNumber: string;
  row: string;
  /** 行27, a code (201), or a line's name (合计); 上海 as printed (2120101 行政运行) */
  rowName: string;
  col: number;
  /** The column's printed label ('' when the template names none). */
  colLabel: string;
  /** As the template prints it: "公开02表 合计 财政拨款收入（栏2）", "表二 合计 财政拨款收入" (table/cell-name.ts cellWords). */
  name: string;
}

export interface DeskFinding {
  file: string;
  unit: string;
  rule: string;
  severity: '强制' | '提示';
  message: string;
  /** The cells as a clerk reads them: "公开02表 合计 财政拨款收入（栏2）；公开01表 行1 …" */
  cells: string;
  /** The same cells as data. */
  cellRefs: DeskCell[];
  /** A failing check's two sides and their gap, decimal strings in 元 (counts whole). */
  figures?: { left: string; right: string; difference: string };
  explanation: string;
  /** Reviewers' notes on this finding, one per line ("审核员：请核对（未解决）"). */
  notes: string;
}

/** What the summary workbook keeps of a finding for the whole run: its text only (the cells as data are streamed out with --json, not held). */
export type SummaryFinding = Omit<DeskFinding, 'cellRefs' | 'figures'>;

export function summaryFinding(f: DeskFinding): SummaryFinding {
  return { file: f.file, unit: f.unit, rule: f.rule, severity: f.severity, message: f.message, cells: f.cells, explanation: f.explanation, notes: f.notes };
}

/** A check that could not be made (未核对), and why. */
export interface DeskUnchecked {
  /** The rule not evaluated, where one rule is meant. */
  rule?: string;
  what: string;
  why: string;
}

/** A 未核对 item as the summary workbook lists it: the filing, the rule (where one is meant), what and why. */
export interface SummaryUnchecked {
  file: string;
  unit: string;
  rule: string;
  what: string;
  why: string;
}

export function summaryUnchecked(row: Pick<DeskRow, 'file' | 'unit'>, items: readonly DeskUnchecked[]): SummaryUnchecked[] {
  return items.map((u) => ({ file: row.file, unit: row.unit, rule: u.rule ?? '', what: u.what, why: u.why }));
}

/**
 * The closing line of the summary's 未核对 list, if any: none at all is said so (an empty sheet could be a failed export),
 * and the files that could not be read are named as unchecked as a whole (their rows in 汇总 say why).
 */
export function uncheckedClosing(rows: readonly DeskRow[], items: number): string | null {
  const unreadable = rows.filter((r) => r.state === '无法读取').length;
  const more = unreadable ? `${unreadable} 个文件无法读取，整份未审核（原因见“汇总”）` : '';
  if (items === 0 && unreadable === rows.length) return more ? `${more}。` : null;
  if (items === 0) return more ? `其余文件没有未核对的审核公式；${more}。` : '没有未核对的审核公式：每个文件的每条审核公式都已核对。';
  return more ? `另有 ${more}。` : null;
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
 * 未核对 of a filing: the rules the engine did not evaluate because they read a table or form the
 * filing lacks (filing.absent: an import, a partial file), then those skipped for want of last year's
 * figures. One entry per rule.
 */
export function uncheckedOf(filing: Filing, template: Template, engineUnchecked: readonly Unchecked[]): DeskUnchecked[] {
  const out: DeskUnchecked[] = engineUnchecked.map((u) => ({ rule: u.rule, what: u.title, why: u.reason }));
  const seen = new Set(out.map((u) => u.rule));
  const titles = new Map(template.rules.map((r) => [r.id, r.title]));
  for (const id of skippedRules(filing, template)) if (!seen.has(id)) out.push({ rule: id, what: titles.get(id) ?? id, why: '没有上年数，无法比较' });
  return out;
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

export function deskCell(template: Template, c: CellRef): DeskCell {
  const t = template.tables.find((x) => x.id === c.table);
  return {
    table: c.table,
    tableNumber: t?.number ?? c.table,
    row: c.row,
    rowName: t ? lineWords(template, t, c.row) : c.row,
    col: c.col,
    colLabel: t ? columnWords(template, t, c.col) : '',
    name: cellWords(template, c),
  };
}

export function deskFindings(file: string, filing: Filing, findings: readonly Finding[], template: Template): DeskFinding[] {
  const notes = new Map<string, string[]>();
  for (const n of filing.review) {
    if (n.target.kind !== 'finding') continue;
    const line = `${n.author}：${n.text}（${n.resolved ? '已解决' : '未解决'}）`;
    notes.set(n.target.key, [...(notes.get(n.target.key) ?? []), line]);
  }
  return findings.map((f) => {
    const cellRefs = f.cells.map((c) => deskCell(template, c));
    const figures = findingFigures(f);
    return {
      file,
      unit: filing.meta.department,
      rule: f.rule,
      severity: f.severity === 'error' ? '强制' : '提示',
      message: f.message,
      cells: cellRefs.map((c) => c.name).join('；'),
      cellRefs,
      ...(figures ? { figures } : {}),
      explanation: f.explanation ?? '',
      notes: (notes.get(f.key) ?? []).join('\n'),
    };
  });
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
