// A published disclosure on the desk: a .pdf (its text layer) or the text extracted from one (.txt),
// read and checked as `check FILE.pdf` does, reduced to a row. What the reader could not read or decide
// is the row's 未核对 (never an error); a text in which no public table is found by its title is not a
// disclosure (a readme, a letter) and is a row with that reason.
import type { DocumentCheck } from '../../shared/published/check-document';
import type { DocFinding } from '../../shared/published/findings';
import type { Template } from '../../shared/templates/types';
import type { DeskChecked } from './read';
import type { DeskFinding, DeskRow, DeskUnchecked } from '../../shared/desk/rows';
import { deskCell, stateOf, unreadableRow } from '../../shared/desk/rows';

function findingOf(file: string, unit: string, template: Template, f: DocFinding): DeskFinding {
  const cellRefs = (f.cells ?? []).map((c) => deskCell(template, c));
  // A narrative finding has no cell: its place is the page and the sentence it quotes.
  const quoted = f.quotes.map((q) => `${q.page}：“${q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text}”`).join('；');
  return {
    file,
    unit,
    rule: f.rule,
    severity: f.severity === 'error' ? '强制' : '提示',
    message: f.message,
    cells: cellRefs.length ? cellRefs.map((c) => c.name).join('；') : quoted,
    cellRefs,
    explanation: '',
    notes: '',
  };
}

/** The row of a checked published document (none of its findings can carry an 出错说明 or a note). */
export function publishedRow(file: string, c: DocumentCheck, unchecked: number): DeskRow {
  const r = c.read;
  return {
    file,
    unit: r.department,
    template: r.template.name,
    year: r.year,
    errors: c.errors,
    warnings: c.warnings,
    explained: 0,
    unexplained: c.warnings,
    unchecked,
    notesOpen: 0,
    notesResolved: 0,
    state: stateOf(c.errors, c.warnings),
  };
}

export async function publishedChecked(path: string, display: string, words: boolean): Promise<DeskChecked> {
  const failed = (reason: string): DeskChecked => ({ row: unreadableRow(display, reason), findings: [], unchecked: [] });
  try {
    const { readPublished } = await import('../published/read-published');
    const doc = await readPublished(path);
    if (!doc.ok) return failed(doc.message);
    const { checkDocument } = await import('../../shared/published/check-document');
    const c = checkDocument(doc.doc);
    if (c.read.blocks.length === 0) {
      const kind = path.toLowerCase().endsWith('.pdf') ? 'PDF' : '文本';
      return failed(`不是部门决算公开文件：这个${kind}中没有找到任何一张公开表（按表名和表号查找，如“收入支出决算总表”），未审核`);
    }
    const unchecked: DeskUnchecked[] = [
      ...c.unchecked.map((u) => ({ what: u.what, why: u.why })),
      // What the reader did not read (a table not found, figures not read); not the note on page marks.
      ...c.read.report.notRead.filter((n) => !n.startsWith('文本没有分页标记')).map((n) => ({ what: n, why: /按“[^”]+”读入/.test(n) ? '按推定读入，请核对' : '未读入' })),
    ];
    return {
      row: publishedRow(display, c, unchecked.length),
      findings: words ? c.findings.map((f) => findingOf(display, c.read.department, c.read.template, f)) : [],
      unchecked,
    };
  } catch (e) {
    return failed(`无法审核：${e instanceof Error ? e.message : String(e)}`);
  }
}
