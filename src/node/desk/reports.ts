// One desk run: walk the inputs, check each file and reduce it to its row (and its findings' text)
// before reading the next, so memory is bounded by the largest filing; then write the reports asked
// for: the summary workbook (and its PDF), a 检查表 per filing (xlsx, and PDF). The CLI and the app's
// 导出汇总表 both run it.
import { mkdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { DeskRow, SummaryFinding, SummaryUnchecked } from '../../shared/desk/rows';
import { summaryFinding, summaryUnchecked } from '../../shared/desk/rows';
import { checkSheet, checkSheetHtml } from '../../shared/desk/check-sheet';
import { summaryHtml } from '../../shared/desk/summary-html';
import { writeFileAtomic } from '../files/file-store';
import type { DeskChecked } from './read';
import { checkEntriesPooled } from './pool';
import type { HtmlPrinter } from './pdf';
import { listInputs } from './walk';

export interface DeskReportOptions {
  inputs: string[];
  /** The summary workbook (.xlsx); with pdf, a .pdf beside it. */
  summary: string | null;
  /** A folder for one 检查表 per filing. */
  sheets: string | null;
  pdf: boolean;
  /** Name files relative to this folder (the app's desk) instead of as found under the inputs. */
  relativeTo?: string;
  onStart?: (total: number) => void;
  onEntry?: (r: DeskChecked, index: number, total: number) => void;
  signal?: AbortSignal;
}

async function save(path: string, data: Uint8Array): Promise<void> {
  const r = await writeFileAtomic(path, data, { backup: false });
  if (!r.ok) throw new Error(r.message);
}

const safeName = (display: string) => display.replace(/^[./\\]+/, '').replace(/[\\/:*?"<>|]+/g, '_').slice(-120);

async function writeSheet(dir: string, r: DeskChecked, printer: HtmlPrinter | null): Promise<void> {
  if (!r.detail) return;
  const { filing, template, raw } = r.detail;
  // r.unchecked, not detail.skipped: the reasons too, and the items that are not one rule (unread cells).
  const sheet = checkSheet(r.row.file, filing, template, raw, r.unchecked);
  const base = join(dir, `${safeName(r.row.file)}-检查表`);
  const { checkSheetWorkbook } = await import('./summary-xlsx');
  await save(`${base}.xlsx`, await checkSheetWorkbook(sheet));
  if (printer) await save(`${base}.pdf`, await printer.print(checkSheetHtml(sheet)));
}

/** Runs the desk over the inputs; answers the rows (throws when a report cannot be written). */
export async function writeDeskReports(o: DeskReportOptions): Promise<DeskRow[]> {
  if (o.sheets) await mkdir(o.sheets, { recursive: true });
  const entries = await listInputs(o.inputs);
  const printer = o.pdf && (o.summary || o.sheets) ? await (await import('./pdf')).openHtmlPrinter() : null;
  const rows: DeskRow[] = [];
  const findings: SummaryFinding[] = [];
  // A few items a filing (a rule id and a reason each): held for the whole run like the findings' text.
  const unchecked: SummaryUnchecked[] = [];
  try {
    o.onStart?.(entries.length);
    const displayOf = (e: (typeof entries)[number]) => (o.relativeTo && relative(o.relativeTo, e.path)) || e.display;
    let i = 0;
    for await (const r of checkEntriesPooled(entries, displayOf, { detail: o.sheets !== null }, o.signal)) {
      rows.push(r.row);
      if (o.summary) {
        for (const f of r.findings) findings.push(summaryFinding(f));
        unchecked.push(...summaryUnchecked(r.row, r.unchecked));
      }
      o.onEntry?.(r, i++, entries.length);
      if (o.sheets) await writeSheet(o.sheets, r, printer);
      // r (and the filing it held) is garbage from here on.
    }
    if (o.summary && !o.signal?.aborted) {
      const { summaryWorkbook } = await import('./summary-xlsx');
      await save(o.summary, await summaryWorkbook(rows, findings, unchecked));
      const title = `审核汇总：${o.inputs.map((p) => basename(resolve(p))).join('、')}`;
      if (printer) await save(o.summary.replace(/\.xlsx$/i, '.pdf'), await printer.print(summaryHtml(title, rows, findings, unchecked)));
    }
  } finally {
    await printer?.close();
  }
  return rows;
}
