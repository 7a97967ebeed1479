// The desk's state: the folder, its rows, the running scan (progress, 取消) and the table's sort and
// filter. One store for the app; the view subscribes to it.
import { useSyncExternalStore } from 'react';
import type { DeskScanRow, HostApi } from '../../../../shared/host-api';
import type { DeskView, SortKey } from './desk-table';

export interface DeskState {
  folder: string | null;
  rows: DeskScanRow[];
  total: number;
  running: { jobId: string; stage: string; percent: number } | null;
  cancelled: boolean;
  error: string | null;
  /** The files the last 导出汇总表 wrote. */
  exported: string[] | null;
  view: DeskView;
}

function newJobId(): string {
  return `desk${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export class DeskStore {
  private state: DeskState = { folder: null, rows: [], total: 0, running: null, cancelled: false, error: null, exported: null, view: { sort: 'file', desc: false, text: '', state: '' } };
  private listeners = new Set<() => void>();
  /** How a row opens its filing and where a report goes: set by the shell (DeskMenu), which owns the file actions. */
  private opener: ((path: string) => Promise<void>) | null = null;
  private pickSave: (() => Promise<string | null>) | null = null;

  setShell(open: (path: string) => Promise<void>, pickSave: () => Promise<string | null>): void {
    this.opener = open;
    this.pickSave = pickSave;
  }

  async open(path: string): Promise<void> {
    await this.opener?.(path);
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  get = (): DeskState => this.state;

  private set(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  setView(patch: Partial<DeskView>): void {
    this.set({ view: { ...this.state.view, ...patch } });
  }

  /** Clicking a header: sort by it; clicking it again turns the order round. Counts sort worst first. */
  sortBy(key: SortKey): void {
    const v = this.state.view;
    this.setView(v.sort === key ? { desc: !v.desc } : { sort: key, desc: !['file', 'unit', 'template'].includes(key) });
  }

  /** Runs one host job with the inline progress bar: polls its stage, 取消 goes through cancel(). */
  private async track<R>(host: HostApi, first: string, work: (jobId: string) => Promise<R>): Promise<R | null> {
    if (this.state.running) return null;
    const jobId = newJobId();
    this.set({ running: { jobId, stage: first, percent: 0 }, error: null });
    let polling = false;
    const timer = window.setInterval(() => {
      if (polling) return;
      polling = true;
      host
        .exportProgress(jobId)
        .then((p) => {
          const r = this.state.running;
          if (p && p.state === 'running' && r?.jobId === jobId) this.set({ running: { ...r, stage: p.stage, percent: p.percent ?? 0 } });
        })
        .catch(() => undefined)
        .finally(() => (polling = false));
    }, 200);
    try {
      return await work(jobId);
    } catch (e) {
      this.set({ error: e instanceof Error ? e.message : String(e) });
      return null;
    } finally {
      window.clearInterval(timer);
      this.set({ running: null });
    }
  }

  async scan(host: HostApi, folder: string): Promise<void> {
    if (this.state.running) return;
    this.set({ folder, rows: [], total: 0, cancelled: false, exported: null });
    const r = await this.track(host, '正在列出文件', (jobId) => host.deskScan({ folder, jobId }));
    if (!r) return;
    if (r.ok) this.set({ rows: r.rows, total: r.total, cancelled: r.cancelled });
    else this.set({ error: r.message });
  }

  /** 导出汇总表: asks where, then writes the summary workbook, its PDF and a 检查表 per filing. */
  async exportReports(host: HostApi): Promise<void> {
    const folder = this.state.folder;
    if (!folder || !this.pickSave) return;
    const chosen = await this.pickSave();
    if (!chosen) return;
    const out = chosen.toLowerCase().endsWith('.xlsx') ? chosen : `${chosen}.xlsx`;
    const r = await this.track(host, '正在审核', (jobId) => host.deskExport({ folder, out, pdf: true, sheets: true, jobId }));
    if (!r) return;
    if (r.ok) this.set({ exported: r.files });
    else if (r.code !== 'cancelled') this.set({ error: r.message });
  }

  cancel(host: HostApi): void {
    const r = this.state.running;
    if (r) host.cancelExport(r.jobId).catch(() => undefined);
  }
}

export const desk = new DeskStore();

export function useDesk(): DeskState {
  return useSyncExternalStore(desk.subscribe, desk.get);
}
