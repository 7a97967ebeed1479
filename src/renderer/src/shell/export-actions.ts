// 导出 Excel, 导出 PDF, 生成报送包 and 导入 Excel: each asks where, calls the host, and says what happened.
// The exports run as jobs: a progress dialog follows the host's stages and offers 取消.
import type { HostApi } from '../../../shared/host-api';
import { exportProgress } from './export-progress';
import { openPrintPreview } from '../features/print/index';
import type { DocStore } from '../state/doc-store';
import type { UiStore } from '../state/ui-store';
import type { FileActions } from './file-actions';
import { baseName, dirName } from './file-actions';
import { importReportLines } from '../../../shared/io/xlsx/report-text';
import { getTemplate } from '../../../shared/templates/registry';
import { draftMark } from '../../../shared/io/draft-mark';
import { sampleMark } from '../../../shared/io/sample-mark';

/** How often the dialog asks the host where the export is. */
const POLL_MS = 250;

function newJobId(): string {
  try {
    return window.crypto.randomUUID().replace(/-/g, '');
  } catch {
    return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
  }
}

export class ExportActions {
  constructor(
    private readonly host: HostApi,
    private readonly store: DocStore,
    private readonly ui: UiStore,
    private readonly files: FileActions,
  ) {}

  private stem(): string {
    const f = this.store.get().filing!;
    return `${f.meta.department || '部门'}${f.meta.year}年度部门决算公开`;
  }

  private async where(mode: 'save' | 'directory' | 'open', title: string, ext: string, defaultName?: string): Promise<string | null> {
    const info = await this.files.hostInfo();
    const current = this.store.get().path;
    if (info.kind === 'electron') return this.host.pickPath({ mode, title, defaultPath: defaultName, extensions: ext ? [ext] : undefined });
    return this.ui.choosePath({ mode, title, startDir: current ? dirName(current) : info.homeDir, defaultName, extensions: ext ? [ext] : [] });
  }

  /**
   * Runs one export as a job with the progress dialog: polls its stage, and 取消 asks the host to stop it.
   * Answers the host's result, or null when the call itself failed (already told to the clerk).
   */
  private async withProgress<R extends { ok: boolean; code?: string; message?: string }>(title: string, what: string, start: (jobId: string) => Promise<R>): Promise<R | null> {
    const jobId = newJobId();
    exportProgress.start(title, () => {
      this.host.cancelExport(jobId).catch(() => undefined);
    });
    let polling = false;
    const timer = window.setInterval(() => {
      if (polling) return;
      polling = true;
      this.host
        .exportProgress(jobId)
        .then((p) => {
          if (p && p.state === 'running') exportProgress.update(p.stage, p.percent);
        })
        .catch(() => undefined)
        .finally(() => (polling = false));
    }, POLL_MS);
    try {
      const r = await start(jobId);
      window.clearInterval(timer);
      if (!r.ok && r.code === 'cancelled') {
        exportProgress.cancelled(`${what}已取消`, r.message ?? '已取消，没有生成文件。');
        this.ui.status(`已取消${what}。`);
      } else {
        exportProgress.close();
      }
      return r;
    } catch (e) {
      window.clearInterval(timer);
      exportProgress.close();
      await this.ui.alert(`${what}失败`, e instanceof Error ? e.message : String(e));
      return null;
    }
  }

  async exportFile(kind: 'xlsx' | 'pdf'): Promise<void> {
    const { filing, findings } = this.store.get();
    if (!filing) return;
    const mark = draftMark(findings);
    const sample = sampleMark(filing);
    if (mark) {
      const answer = await this.ui.confirm({
        title: kind === 'xlsx' ? '导出 Excel' : '导出 PDF',
        message: `还有 ${findings.filter((f) => f.severity === 'error').length} 个强制审核错误未改正。导出的文件每页都会标明“${mark}”${sample ? `和“${sample}”` : ''}，只能作为草稿，不能报送或公开。\n\n是否仍要导出草稿？`,
        ok: '导出草稿',
        cancel: '取消',
      });
      if (answer !== 'ok') return;
    }
    let path = await this.where('save', kind === 'xlsx' ? '导出 Excel' : '导出 PDF', kind, `${this.stem()}.${kind}`);
    if (!path) return;
    if (!path.toLowerCase().endsWith(`.${kind}`)) path += `.${kind}`;
    const target = path;
    const r =
      kind === 'xlsx'
        ? await this.withProgress('正在导出 Excel', '导出 Excel', (jobId) => this.host.exportXlsx({ filing, path: target, jobId }))
        : await this.withProgress('正在生成 PDF', '导出 PDF', (jobId) => this.host.exportPdf({ filing, path: target, jobId }));
    if (!r || (!r.ok && r.code === 'cancelled')) return;
    if (!r.ok) await this.ui.alert('导出失败', `${baseName(target)}：${r.message}`);
    else {
      const marks = [r.sample, r.draft].filter(Boolean).map((m) => `“${m}”`);
      this.ui.status(`已导出 ${r.path}（${Math.round(r.bytes / 1024)} KB）${marks.length ? `，文件每页标有${marks.join('和')}` : ''}。`);
    }
  }

  /** 审核结果.xlsx: the findings list (and the rules not checked), as the host checks the filing. */
  async exportFindings(): Promise<void> {
    const { filing } = this.store.get();
    if (!filing) return;
    let path = await this.where('save', '导出审核结果', 'xlsx', `审核结果-${filing.meta.department || '部门'}${filing.meta.year}.xlsx`);
    if (!path) return;
    if (!path.toLowerCase().endsWith('.xlsx')) path += '.xlsx';
    const target = path;
    const r = await this.withProgress('正在导出审核结果', '导出审核结果', (jobId) => this.host.exportFindings({ filing, path: target, jobId }));
    if (!r || (!r.ok && r.code === 'cancelled')) return;
    if (!r.ok) await this.ui.alert('导出失败', `${baseName(target)}：${r.message}`);
    else this.ui.status(`已导出审核结果 ${r.path}（${Math.round(r.bytes / 1024)} KB）。`);
  }

  async packageSubmission(): Promise<void> {
    const s = this.store.get();
    if (!s.filing) return;
    const filing = s.filing;
    const errors = s.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      await this.ui.alert('还不能生成报送包', `还有 ${errors.length} 个强制审核错误。请在右侧“审核结果”中逐条改正后再生成报送包。\n\n第一条：${errors[0].message}`);
      return;
    }
    const outDir = await this.where('directory', '选择报送包存放的文件夹', '');
    if (!outDir) return;
    const run = (overwrite: boolean) => this.withProgress('正在生成报送包', '生成报送包', (jobId) => this.host.packageSubmission({ filing, path: s.path, outDir, overwrite, jobId }));
    let r = await run(false);
    if (r && !r.ok && r.code === 'exists') {
      const answer = await this.ui.confirm({ title: '报送包已存在', message: `${r.message}\n\n是否用新的报送包替换它？`, ok: '替换', cancel: '取消' });
      if (answer !== 'ok') return;
      r = await run(true);
    }
    if (!r || (!r.ok && r.code === 'cancelled')) return;
    if (!r.ok) {
      const first = r.blocking[0]?.message;
      await this.ui.alert('未生成报送包', first ? `${r.message}\n\n${first}` : r.message);
    } else {
      this.ui.status(`报送包已生成：${r.archive}（内含 ${r.files.join('、')}）。`);
    }
  }

  /** 打印预览: the whole disclosure as the PDF lays it out; its 导出 PDF… button comes back here. */
  openPrintPreview(): void {
    if (!this.store.get().filing) return;
    openPrintPreview(() => void this.exportFile('pdf'));
  }

  /** Reads an .xlsx in the official layout into a new, unsaved filing (after the unsaved-work question). */
  async importXlsx(): Promise<void> {
    const path = await this.where('open', '导入 Excel（按公开表格式）', 'xlsx');
    if (!path) return;
    this.ui.setBusy('正在导入…');
    try {
      const r = await this.host.importXlsx(path);
      if (!r.ok) {
        await this.ui.alert('导入失败', `${baseName(path)}：${r.message}`);
        return;
      }
      if (this.store.get().dirty) {
        const answer = await this.ui.confirm({ title: '导入 Excel', message: '当前文件有未保存的修改。导入会打开一个新文件，当前的修改将丢失。是否继续？', ok: '继续导入', cancel: '取消' });
        if (answer !== 'ok') return;
      }
      this.store.load({ filing: r.filing, template: getTemplate(r.filing.template), path: null, mtimeMs: null, readOnly: false, dirty: true });
      const rep = r.report;
      const summary = `已读入 ${rep.read.length} 张表${rep.absent.length ? `，未提供 ${rep.absent.length} 项` : ''}。`;
      // The read report is a result to check: shown whenever something was not read, refused or decided.
      const notable = rep.unreadable.length > 0 || rep.absent.length > 0 || rep.sheets.some((x) => x.status === 'refused' || x.notRead.length > 0 || x.decisions.length > 0);
      if (notable) await this.ui.alert('导入完成：读入报告', `${summary}请核对后另存为新文件。\n\n${importReportLines(rep).join('\n')}`);
      else this.ui.status(`${summary}请核对后另存为新文件。`);
    } catch (e) {
      await this.ui.alert('导入失败', e instanceof Error ? e.message : String(e));
    } finally {
      this.ui.setBusy(null);
    }
  }
}
