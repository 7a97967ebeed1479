// 新建, 打开, 保存, 另存为, recent files and the file opened at startup. Every path goes through HostApi;
// in the browser host the file chooser is in-app (backed by host.listDir), in Electron it is native.
import type { HostApi, HostInfo, RecoveryEntry } from '../../../shared/host-api';
import type { Filing } from '../../../shared/filing/types';
import { getTemplate } from '../../../shared/templates/registry';
import { yearWarning } from '../../../shared/templates/years';
import type { DocStore } from '../state/doc-store';
import type { NewFilingDialog, RecoveryDialog, UiStore } from '../state/ui-store';
import { blankFiling } from '../state/blank-filing';
import { describeRecovery } from './recovery-offer';
import { setPublished } from '../features/published/index';
import { DEFAULT_SAMPLE, sampleInfo } from '../../../shared/sample/catalog';

const EXT = 'jsgk';
/** 打开 also takes a published disclosure (its PDF, or the text extracted from one): it opens read-only. */
const OPEN_EXTS = [EXT, 'pdf', 'txt'];

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function dirName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i <= 0 ? path.slice(0, i + 1) : path.slice(0, i);
}

export class FileActions {
  private info: HostInfo | null = null;
  private started = false;
  /** Set once the clerk answered the close question: the next close goes through. */
  private closing = false;

  constructor(
    readonly host: HostApi,
    private readonly store: DocStore,
    private readonly ui: UiStore,
  ) {}

  async hostInfo(): Promise<HostInfo> {
    this.info ??= await this.host.info();
    return this.info;
  }

  /**
   * The startup file if the host was given one (npm start gives the sample's file), otherwise the start
   * page (起始页): a first start opens nothing by itself.
   */
  async startup(): Promise<void> {
    // React's StrictMode runs effects twice in development; open once.
    if (this.started) return;
    this.started = true;
    const info = await this.hostInfo();
    if (info.kind === 'electron') this.guardWindowClose();
    if (await this.offerRecovery()) return;
    if (info.startupFile) {
      const ok = await this.openPath(info.startupFile, { skipDirtyCheck: true });
      if (ok) return;
    }
    this.store.setView('start');
  }

  /** Offers back work that was never saved before the app last stopped. True when it was restored. */
  private async offerRecovery(): Promise<boolean> {
    let entries: RecoveryEntry[];
    try {
      entries = await this.host.listRecovery();
    } catch {
      return false;
    }
    if (entries.length === 0) return false;
    const offers = [];
    for (const e of entries) offers.push(await this.describe(e));
    for (;;) {
      const answer = await this.ui.ask<RecoveryDialog>({ kind: 'recovery', offers });
      if (!answer) {
        this.ui.status('未保存的工作已保留，下次启动时会再次询问。');
        return false;
      }
      const entry = entries.find((x) => x.id === answer.id);
      if (!entry) return false;
      if (answer.action === 'restore') return this.restore(entry);
      await this.host.discardRecovery(entry.id).catch(() => undefined);
      offers.splice(offers.findIndex((o) => o.id === entry.id), 1);
      if (offers.length === 0) {
        this.ui.status('已丢弃自动保存的副本。');
        return false;
      }
    }
  }

  /** Reads the saved file only to compare with the copy, then releases it: nothing is open yet at startup. */
  private async describe(e: RecoveryEntry) {
    if (!e.path) return describeRecovery(e, null, '未保存的新文件');
    const label = `${baseName(e.path)}（${e.path}）`;
    try {
      const r = await this.host.openFiling(e.path);
      if (!r.ok) return describeRecovery(e, { error: r.message }, label);
      await this.host.closeFiling(r.path).catch(() => undefined);
      return describeRecovery(e, { filing: r.filing }, label);
    } catch (err) {
      return describeRecovery(e, { error: err instanceof Error ? err.message : String(err) }, label);
    }
  }

  /** Loads the recovered work at its file, marked unsaved; the copy stays until it is saved or discarded. */
  private async restore(e: RecoveryEntry): Promise<boolean> {
    if (e.path) {
      const r = await this.host.openFiling(e.path).catch((err: unknown) => ({ ok: false as const, message: err instanceof Error ? err.message : String(err) }));
      if (r.ok && !r.readOnly) {
        if (!this.load(e.filing, r.path, r.mtimeMs, false, true)) return false;
        this.ui.status(`已恢复 ${baseName(r.path)} 的未保存修改（尚未保存），请检查后保存。`);
        return true;
      }
      // The file is gone, unwritable or open in another window: keep the work as a new file instead.
      if (r.ok) await this.host.closeFiling(r.path).catch(() => undefined);
      // The copy under the old file stays until the clerk discards it: dropping it before the work is
      // saved again would lose it in a second crash.
      if (!this.load(e.filing, null, null, false, true)) return false;
      const why = r.ok ? '该文件只读' : r.message;
      await this.ui.alert('已恢复为未命名文件', `无法在原文件 ${baseName(e.path)} 上恢复：${why}。\n修改已恢复为一个未命名文件，请“另存为”保存。`);
      return true;
    }
    if (!this.load(e.filing, null, null, false, true)) return false;
    this.ui.status('已恢复未保存的新文件（尚未保存）：请“另存为”。');
    return true;
  }

  /**
   * Electron cancels a close silently when beforeunload objects (no prompt as in a browser tab), so the
   * window close button, 关闭 and quitting ask with the app's own dialog, then close again for real.
   */
  private guardWindowClose(): void {
    window.addEventListener('beforeunload', (e) => {
      if (this.closing || !this.store.get().dirty) return;
      e.preventDefault();
      e.returnValue = '有未保存的修改';
      void this.closeWindow();
    });
  }

  /** 关闭: asks about unsaved work (保存 / 不保存 / 取消), then closes the window. */
  async closeWindow(): Promise<void> {
    if (this.ui.get().dialog) return;
    if (!(await this.confirmDiscard('关闭'))) return;
    const s = this.store.get();
    if (s.dirty && s.filing && s.template) {
      // 不保存: the work is dropped on purpose; clean state lets every unload guard pass.
      this.store.load({ filing: s.filing, template: s.template, path: s.path, mtimeMs: s.mtimeMs, readOnly: s.readOnly, review: s.review, dirty: false });
    }
    await this.release();
    this.closing = true;
    window.close();
  }

  /**
   * 生成下一年度文件: asks about unsaved work as 新建 does (保存 / 不保存 / 取消), releases this file and opens
   * next year's filing as a new, unsaved document.
   */
  async openNextYear(next: Filing): Promise<boolean> {
    const template = this.store.get().template;
    if (!template) return false;
    if (!(await this.confirmDiscard(`生成${next.meta.year}年度文件`))) return false;
    const s = this.store.get();
    // Still unsaved means 不保存: marking it clean first lets autosave drop that work's recovery copy.
    if (s.dirty && s.filing) this.store.load({ filing: s.filing, template, path: s.path, mtimeMs: s.mtimeMs, readOnly: s.readOnly, review: s.review, dirty: false });
    await this.release();
    setPublished(null);
    this.store.load({ filing: next, template, path: null, mtimeMs: null, readOnly: false, dirty: true });
    this.store.setView('overview');
    // Past the years the template serves, say plainly that the official layout may have changed.
    const warning = yearWarning(template, next.meta.year);
    this.ui.status(`已生成${next.meta.year}年度文件（尚未保存）：上年数、年初结转和结余、原因说明和绩效项目已带入，请另存为新文件。${warning ?? ''}`);
    return true;
  }

  /** false when the user chose to keep the unsaved work. */
  private async confirmDiscard(action: string): Promise<boolean> {
    const s = this.store.get();
    if (!s.dirty || !s.filing) return true;
    const name = s.path ? baseName(s.path) : '未命名';
    const answer = await this.ui.confirm({
      title: '有未保存的修改',
      message: `“${name}”有未保存的修改。${action}之前要保存吗？`,
      ok: '保存',
      other: '不保存',
      cancel: '取消',
    });
    if (answer === 'cancel') return false;
    if (answer === 'ok') return this.save();
    return true;
  }

  private async release(): Promise<void> {
    const path = this.store.get().path;
    if (path) await this.host.closeFiling(path).catch(() => undefined);
  }

  private load(filing: Filing, path: string | null, mtimeMs: number | null, readOnly: boolean, dirty = false, review = false): boolean {
    let template;
    try {
      template = getTemplate(filing.template);
    } catch (e) {
      void this.ui.alert('无法打开', e instanceof Error ? e.message : String(e));
      return false;
    }
    setPublished(null);
    this.store.load({ filing, template, path, mtimeMs, readOnly, dirty, review });
    return true;
  }

  /** 新建: asks about unsaved work first, then for the template, year, 部门名称 and 金额单位. */
  async newFiling(): Promise<void> {
    if (!(await this.confirmDiscard('新建文件'))) return;
    const current = this.store.get().filing;
    const choice = await this.ui.ask<NewFilingDialog>({ kind: 'newFiling', department: current?.meta.department ?? '' });
    if (!choice) return;
    let template;
    try {
      template = getTemplate(choice.templateId);
    } catch (e) {
      await this.ui.alert('无法新建', e instanceof Error ? e.message : String(e));
      return;
    }
    await this.release();
    this.load(blankFiling(template, choice.department, choice.unit, choice.year), null, null, false);
    this.store.setView('overview');
    this.ui.status(`已新建空白文件：${choice.year}年度，${template.name}，金额单位${choice.unit}（尚未保存）。`);
  }

  /** A built-in sample (default 山西 2022), unsaved and marked as a sample. */
  async openSample(opts: { skipDirtyCheck?: boolean; id?: string } = {}): Promise<void> {
    if (!opts.skipDirtyCheck && !(await this.confirmDiscard('打开示例'))) return;
    let filing: Filing;
    try {
      filing = await this.host.sampleFiling(opts.id ?? DEFAULT_SAMPLE);
    } catch (e) {
      await this.ui.alert('无法打开示例', e instanceof Error ? e.message : String(e));
      return;
    }
    await this.release();
    if (!this.load(filing, null, null, false)) return;
    const info = sampleInfo(filing.sample);
    this.ui.status(`已打开内置示例（${info?.label ?? '示例'}），另存为后即可保存修改。`);
  }

  async openDialog(): Promise<void> {
    if (!(await this.confirmDiscard('打开其他文件'))) return;
    const path = await this.pick('open', '打开决算公开文件（.jsgk，或已公开的 PDF）');
    if (path) await this.openPath(path, { skipDirtyCheck: true });
  }

  /** 审阅: open a file read-only as a reviewer; notes can still be added and saved into it. */
  async openForReview(): Promise<void> {
    if (!(await this.confirmDiscard('以审阅方式打开'))) return;
    const path = await this.pick('open', '以审阅方式打开（只读）');
    if (path) await this.openPath(path, { skipDirtyCheck: true, review: true });
  }

  async openPath(path: string, opts: { skipDirtyCheck?: boolean; review?: boolean } = {}): Promise<boolean> {
    if (!opts.skipDirtyCheck && !(await this.confirmDiscard('打开其他文件'))) return false;
    this.ui.setBusy('正在打开…');
    try {
      if (path === this.store.get().path) await this.release();
      const r = await this.host.openFiling(path);
      if (!r.ok) {
        await this.ui.alert('无法打开文件', `${baseName(path)}：${r.message}`);
        return false;
      }
      await this.release();
      if (!this.load(r.filing, r.path, r.mtimeMs, r.readOnly, false, opts.review)) return false;
      if (r.published) {
        setPublished({ path: r.path, ...r.published });
        const p = r.published;
        this.ui.status(`已打开已公开的文件 ${baseName(r.path)}（只读）：${p.errors} 个错误，${p.warnings} 个提示，${p.unchecked.length} 项未核对。`);
      } else if (opts.review) this.ui.status(`已以审阅方式打开 ${baseName(r.path)}：审阅模式：只读，数据不能修改；可以添加审阅意见并保存。`);
      else this.ui.status(r.readOnly ? `已以只读方式打开 ${baseName(r.path)}（该文件正被使用）。` : `已打开 ${baseName(r.path)}。`);
      return true;
    } finally {
      this.ui.setBusy(null);
    }
  }

  /** Saves to the current path, or asks for one. Returns whether the filing is now saved. */
  async save(): Promise<boolean> {
    const s = this.store.get();
    if (!s.filing) return false;
    if (!s.path || (s.readOnly && !s.review)) return this.saveAs();
    return this.saveTo(s.path, s.mtimeMs);
  }

  async saveAs(): Promise<boolean> {
    const s = this.store.get();
    if (!s.filing) return false;
    const suggested = s.path ? baseName(s.path) : `${s.filing.meta.department || '部门决算'}${s.filing.meta.year}.${EXT}`;
    let path = await this.pick('save', '另存为', suggested);
    if (!path) return false;
    if (!path.toLowerCase().endsWith(`.${EXT}`)) path += `.${EXT}`;
    return this.saveTo(path, path === s.path ? s.mtimeMs : null, path !== s.path);
  }

  private async saveTo(path: string, expectedMtimeMs: number | null, isNewPath = false): Promise<boolean> {
    const filing = this.store.get().filing!;
    this.ui.setBusy('正在保存…');
    try {
      let r = await this.host.saveFiling({ path, filing, expectedMtimeMs, force: isNewPath });
      if (!r.ok && r.code === 'conflict') {
        const answer = await this.ui.confirm({
          title: '文件已在别处被修改',
          message: `${baseName(path)} 在打开之后被其他程序或窗口修改过。覆盖它会丢失那些修改。仍要用当前内容覆盖吗？（也可以取消后“另存为”一个新文件。）`,
          ok: '覆盖',
          cancel: '取消',
        });
        if (answer !== 'ok') return false;
        r = await this.host.saveFiling({ path, filing, expectedMtimeMs, force: true });
      }
      if (!r.ok) {
        await this.ui.alert('保存失败', `${baseName(path)}：${r.message}`);
        return false;
      }
      const old = this.store.get().path;
      if (old && old !== r.path) await this.host.closeFiling(old).catch(() => undefined);
      // Only what was saved is clean: edits made while the save was in flight stay unsaved.
      this.store.markSaved(r.path, r.mtimeMs, this.store.get().filing !== filing);
      this.ui.status(`已保存到 ${r.path}。`);
      return true;
    } finally {
      this.ui.setBusy(null);
    }
  }

  private async pick(mode: 'open' | 'save', title: string, defaultName?: string): Promise<string | null> {
    const info = await this.hostInfo();
    const current = this.store.get().path;
    if (info.kind === 'electron') {
      const sep = current?.includes('\\') ? '\\' : '/';
      const defaultPath = current && defaultName ? `${dirName(current)}${sep}${defaultName}` : (defaultName ?? current ?? undefined);
      return this.host.pickPath({ mode, title, defaultPath, extensions: mode === 'open' ? OPEN_EXTS : [EXT] });
    }
    return this.ui.choosePath({ mode, title, startDir: current ? dirName(current) : info.homeDir, defaultName, extensions: mode === 'open' ? OPEN_EXTS : [EXT] });
  }

  async recentFiles(): Promise<string[]> {
    try {
      return (await this.host.getSettings()).recentFiles;
    } catch {
      return [];
    }
  }
}
