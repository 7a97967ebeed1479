// The host services both hosts call: the Electron IPC handlers and the browser host's HTTP routes are thin
// transports over this one object, so every behaviour except the native dialog is the same in both.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import type { HostApi, HostKind, HostMethod } from '../../shared/host-api';
import { markedSample } from '../../shared/sample/samples';
import type { FileSystem } from '../files/fs-adapter';
import { nodeFileSystem } from '../files/fs-adapter';
import { readFilingFile, saveFilingFile } from '../files/file-store';
import { listDir } from '../files/dir-listing';
import type { HostArgs } from './host-args';
import type { SettingsStore } from './settings-store';
import { JsonSettingsStore, withRecent } from './settings-store';
import { RecoveryStore } from './recovery-store';
import { WindowPresence } from './window-presence';
import { OpenFiles } from './open-files';
import type { Exporters } from './exporters';
import { unavailableExporters } from './exporters';
import { ExportJobs } from './export-jobs';
import { isPublishedPath } from '../published/read-published';
import { openPublished } from '../published/open-published';

/** Who is calling: one window (Electron webContents) or one browser tab. Holds on open files are per caller. */
export interface CallContext {
  holder: string;
}

export type HostServices = { [K in HostMethod]: (ctx: CallContext, ...args: HostArgs[K]) => ReturnType<HostApi[K]> } & {
  /** Releases every file a window or tab held (it closed or crashed). */
  releaseHolder(holder: string): void;
  /** The window is alive until the returned function is called; then its files are released (window-presence.ts). */
  holdWindow(holder: string): () => void;
};

export interface HostServicesOptions {
  kind: HostKind;
  appVersion: string;
  /** Settings, recovery copies. */
  dataDir: string;
  startupFile?: string | null;
  homeDir?: string;
  settings?: SettingsStore;
  fs?: FileSystem;
  /** The default sample (tests give their own); a sample asked by id is always the built-in one. */
  sample?: () => Filing;
  exporters?: Partial<Exporters>;
  /** The native dialog (Electron); the browser host answers null and the renderer's chooser takes over. */
  pickPath?: HostApi['pickPath'];
  /** The system print dialog (Electron); without it the answer is 'unavailable' and the page prints itself. */
  printDocument?: HostApi['printDocument'];
}

export function createHostServices(options: HostServicesOptions): HostServices {
  const fs = options.fs ?? nodeFileSystem;
  const settings = options.settings ?? new JsonSettingsStore(options.dataDir, fs);
  const recovery = new RecoveryStore(options.dataDir, fs);
  const open = new OpenFiles();
  const releaseHolder = (holder: string) => {
    open.releaseAll(holder);
    jobs.cancelAll(holder);
  };
  const presence = new WindowPresence(releaseHolder);
  const exporters: Exporters = { ...unavailableExporters, ...options.exporters };
  const sample = options.sample ?? (() => markedSample());
  const jobs = new ExportJobs();
  const ended = (r: { ok: boolean; code?: string }) => (r.ok ? 'done' : r.code === 'cancelled' ? 'cancelled' : 'failed');
  const busy = (jobId: string) => ({ ok: false as const, message: `编号为 ${jobId} 的导出正在进行，请等它完成或取消后再试。` });

  async function remember(path: string): Promise<void> {
    try {
      await settings.set({ recentFiles: withRecent(await settings.get(), path) });
    } catch {
      // The recent-files list is a convenience; failing to update it must not fail an open or a save.
    }
  }

  /** A file that is no longer there leaves 最近 (it would only fail again). */
  async function forget(path: string): Promise<void> {
    try {
      const s = await settings.get();
      if (s.recentFiles.includes(path)) await settings.set({ recentFiles: s.recentFiles.filter((p) => p !== path) });
    } catch {
      // As for remember: a convenience, never a reason to fail.
    }
  }

  return {
    async info() {
      return {
        kind: options.kind,
        appVersion: options.appVersion,
        platform: process.platform,
        homeDir: options.homeDir ?? homedir(),
        startupFile: options.startupFile ?? null,
      };
    },
    listDir: (_ctx, path) => listDir(path, fs),
    pickPath: (_ctx, req) => (options.pickPath ? options.pickPath(req) : Promise.resolve(null)),
    async openFiling(ctx, rawPath) {
      const path = resolve(rawPath);
      // A published disclosure opens read-only for checking: nothing is held or written.
      if (isPublishedPath(path)) return openPublished(path);
      const other = open.heldByOther(path, ctx.holder);
      if (other) return open.refusal(path);
      const r = await readFilingFile(path, fs);
      if (!r.ok) {
        if (r.code === 'not-found') await forget(path);
        return { ok: false, message: r.message, code: r.code };
      }
      open.hold(path, ctx.holder);
      await remember(path);
      return { ok: true, path, filing: r.filing, mtimeMs: r.mtimeMs, readOnly: r.readOnly };
    },
    async saveFiling(ctx, req) {
      const path = resolve(req.path);
      if (open.heldByOther(path, ctx.holder)) return open.refusal(path);
      const r = await saveFilingFile(path, req.filing, { expectedMtimeMs: req.expectedMtimeMs, force: req.force }, fs);
      if (!r.ok) return r;
      open.hold(path, ctx.holder);
      await recovery.discardFor(path).catch(() => undefined);
      await remember(path);
      return { ok: true, path, mtimeMs: r.mtimeMs };
    },
    async closeFiling(ctx, path) {
      open.release(resolve(path), ctx.holder);
    },
    async sampleFiling(_ctx, id) {
      return id === undefined ? sample() : markedSample(id);
    },
    getSettings: () => settings.get(),
    setSettings: (_ctx, patch) => settings.set(patch),
    writeRecovery: (ctx, req) => recovery.write(req.path === null ? null : resolve(req.path), req.filing, req.draftId, presence.owner(ctx.holder)),
    // Another live window's copies are its work in progress: this window is neither offered them nor may
    // discard them. The writer stays in the host (it names a process and a window, nothing the page needs).
    listRecovery: async (ctx) => (await recovery.list()).filter((e) => !presence.ownedByOther(e.owner, ctx.holder)).map(({ owner: _owner, ...e }) => e),
    discardRecovery: async (ctx, id) => {
      const entry = (await recovery.list()).find((e) => e.id === id);
      if (entry && presence.ownedByOther(entry.owner, ctx.holder)) throw new Error('该恢复副本属于另一个仍在使用的窗口，不能在这里丢弃。');
      await recovery.discard(id);
    },
    exportXlsx: async (ctx, { jobId, ...req }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return busy(jobId);
      return jobs.run(ctx.holder, jobId, (job) => exporters.exportXlsx(req, job), ended);
    },
    exportPdf: async (ctx, { jobId, ...req }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return busy(jobId);
      return jobs.run(ctx.holder, jobId, (job) => exporters.exportPdf(req, job), ended);
    },
    exportFindings: async (ctx, { jobId, ...req }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return busy(jobId);
      return jobs.run(ctx.holder, jobId, (job) => exporters.exportFindings(req, job), ended);
    },
    importXlsx: (_ctx, path) => exporters.importXlsx(path),
    packageSubmission: async (ctx, { jobId, ...req }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return { ...busy(jobId), blocking: [] };
      return jobs.run(ctx.holder, jobId, (job) => exporters.packageSubmission(req, job), ended);
    },
    exportProgress: async (ctx, jobId) => jobs.progress(ctx.holder, jobId),
    cancelExport: async (ctx, jobId) => jobs.cancel(ctx.holder, jobId),
    deskScan: async (ctx, { jobId, folder }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return busy(jobId);
      const { scanFolder } = await import('../desk/scan');
      return jobs.run(ctx.holder, jobId, (job) => scanFolder(resolve(folder), job), (r) => (!r.ok ? 'failed' : r.cancelled ? 'cancelled' : 'done'));
    },
    consolidateUnits: async (ctx, req) => {
      const out = resolve(req.out);
      if (open.heldByOther(out, ctx.holder)) return open.refusal(out);
      const { consolidateUnits } = await import('../consolidate/service');
      return consolidateUnits({ ...req, out });
    },
    deskExport: async (ctx, { jobId, ...req }) => {
      if (jobId !== undefined && jobs.isRunning(ctx.holder, jobId)) return busy(jobId);
      const { exportDesk } = await import('../desk/scan');
      return jobs.run(ctx.holder, jobId, (job) => exportDesk({ ...req, folder: resolve(req.folder), out: resolve(req.out) }, job), ended);
    },
    printDocument: (_ctx, req) =>
      options.printDocument ? options.printDocument(req) : Promise.resolve({ ok: false as const, code: 'unavailable', message: '此模式没有系统打印对话框，请用浏览器的打印。' }),
    consolidationTrace: async (_ctx, req) => (await import('../consolidate/service')).consolidationTrace({ ...req, path: resolve(req.path) }),
    consolidationStatus: async (_ctx, path) => (await import('../consolidate/service')).consolidationStatus(resolve(path)),
    releaseHolder,
    holdWindow: (holder) => presence.hold(holder),
  };
}
