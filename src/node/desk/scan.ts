// The desk in the app: lists and checks every filing under a folder as one job (progress "已审核 12 / 40",
// 取消 between files), answering the summary rows only. Cancelled, it answers the rows it has.
import { relative } from 'node:path';
import type { DeskExportRequest, DeskExportResult, DeskScanResult, DeskScanRow } from '../../shared/host-api';
import type { ExportJob } from '../export/job';
import { report } from '../export/job';
import { checkEntriesPooled } from './pool';
import { listInputs } from './walk';
import { writeDeskReports } from './reports';

export async function scanFolder(folder: string, job?: ExportJob): Promise<DeskScanResult> {
  report(job, '正在列出文件', 0);
  const entries = await listInputs([folder]);
  if (entries.length === 1 && 'error' in entries[0] && entries[0].path === folder) return { ok: false, message: `无法打开文件夹“${folder}”：${entries[0].error}` };
  const rows: DeskScanRow[] = [];
  // The row only: the findings are worded when the filing is opened.
  const checked = checkEntriesPooled(entries, (e) => relative(folder, e.path) || e.path, { findings: false });
  for (const e of entries) {
    if (job?.signal?.aborted) {
      await checked.return(undefined);
      return { ok: true, folder, rows, total: entries.length, cancelled: true };
    }
    const r = await checked.next();
    if (r.done) break;
    rows.push({ ...r.value.row, path: e.path });
    report(job, `已审核 ${rows.length} / ${entries.length}`, Math.round((rows.length / entries.length) * 100));
  }
  return { ok: true, folder, rows, total: entries.length, cancelled: false };
}

/** 导出汇总表: the summary workbook at `out` (and its PDF), and a 检查表 per filing in a folder beside it. */
export async function exportDesk(req: DeskExportRequest, job?: ExportJob): Promise<DeskExportResult> {
  const sheets = req.sheets ? req.out.replace(/\.xlsx$/i, '') + '-检查表' : null;
  try {
    await writeDeskReports({
      inputs: [req.folder],
      relativeTo: req.folder,
      summary: req.out,
      sheets,
      pdf: req.pdf,
      signal: job?.signal,
      onEntry: (_r, i, n) => report(job, `已审核 ${i + 1} / ${n}`, Math.round(((i + 1) / n) * 95)),
    });
  } catch (e) {
    return { ok: false, message: `无法生成汇总表：${e instanceof Error ? e.message : String(e)}` };
  }
  if (job?.signal?.aborted) return { ok: false, code: 'cancelled', message: '已取消，没有生成汇总表。' };
  const files = [req.out, ...(req.pdf ? [req.out.replace(/\.xlsx$/i, '.pdf')] : []), ...(sheets ? [sheets] : [])];
  return { ok: true, files };
}
