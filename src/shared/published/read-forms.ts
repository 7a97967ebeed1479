// The 项目支出绩效自评表 of 附件: each form becomes a sheet for the same reader the Excel import uses, its
// cells from the form's rules in a PDF (forms-grid.ts) or from the column grid of text that keeps the
// forms' columns (the tab-separated text of the seed). Text without either (pdftotext -layout) is not
// read; the report says so, and the forms' checks are 未核对.
import type { Evaluation } from '../evaluation/types';
import type { SheetData } from '../io/xlsx/sheet-data';
import { assignEvaluationIds, readEvaluationSheet } from '../io/xlsx/read-evaluation';
import type { PublishedDoc } from './types';
import { squashText } from './types';
import { formSheet } from './forms-grid';

const COLUMN = 10;

export interface FormsRead {
  evaluations: Evaluation[];
  notes: string[];
  /** Ids of forms with cells that could not be read: their checks beyond the execution score are 未核对. */
  doubtful: string[];
}

export function readForms(doc: PublishedDoc, from: number): FormsRead {
  const starts: number[] = [];
  for (let i = from; i < doc.lines.length; i++) if (doc.lines[i].cells.length === 1 && /项目支出绩效自评表$/.test(squashText(doc.lines[i].cells[0].text))) starts.push(i);
  if (!starts.length) return { evaluations: [], notes: [], doubtful: [] };
  const sheets = starts.map((start, k): SheetData | null => {
    const end = starts[k + 1] ?? doc.lines.length;
    const name = `自评表${k + 1}`;
    // A PDF: the cells from the form's rules; text keeping its columns: the cells from the column grid.
    if (!doc.columnGrid) return formSheet(doc, start, end, name);
    const rows = doc.lines.slice(start, end).map((l) => {
      const row: SheetData['rows'][number] = [];
      for (const c of l.cells) row[Math.round(c.x0 / COLUMN)] = { v: c.text };
      return Array.from(row, (c) => c ?? { v: null });
    });
    return { name, rows };
  });
  if (sheets.some((x) => x === null)) return { evaluations: [], notes: [`附件中有 ${starts.length} 张项目支出绩效自评表：${doc.source === 'pdf' ? 'PDF 中找不到表格线' : '文本没有保留表格的栏'}，表单未读入，其审核未核对`], doubtful: [] };
  const forms = sheets.flatMap((sheet) => {
    const read = readEvaluationSheet(sheet!);
    return read ? [read] : [];
  });
  const evaluations = assignEvaluationIds(forms);
  const doubtful = evaluations.filter((_, k) => forms[k].unreadable.length > 0).map((e) => e.id);
  return { evaluations, doubtful, notes: forms.flatMap((f) => [...f.skipped.filter((x) => !/留空/.test(x)), ...f.unreadable.map((u) => `${u.sheet} ${u.cell}“${u.value}”：${u.reason}`)]) };
}
