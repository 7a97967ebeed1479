// The progress dialog's state: which export runs, its current stage and share, and the 取消 it offers.
// Its own small store (not the modal dialog slot), so an alert can still appear while an export runs.
import { useSyncExternalStore } from 'react';

export type ProgressPhase = 'running' | 'cancelling' | 'cancelled';

export interface ProgressState {
  title: string;
  stage: string;
  percent: number | null;
  phase: ProgressPhase;
  /** Shown once it ended without a file (已取消 …). */
  message?: string;
}

class ExportProgressStore {
  private state: ProgressState | null = null;
  private readonly listeners = new Set<() => void>();
  private onCancel: (() => void) | null = null;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  get = (): ProgressState | null => this.state;

  private set(next: ProgressState | null): void {
    this.state = next;
    for (const fn of this.listeners) fn();
  }

  start(title: string, onCancel: () => void): void {
    this.onCancel = onCancel;
    this.set({ title, stage: '准备', percent: 0, phase: 'running' });
  }

  update(stage: string, percent: number | null): void {
    if (this.state?.phase === 'running') this.set({ ...this.state, stage, percent });
  }

  cancel(): void {
    if (this.state?.phase !== 'running') return;
    this.set({ ...this.state, phase: 'cancelling', stage: '正在取消…' });
    this.onCancel?.();
  }

  cancelled(title: string, message: string): void {
    this.onCancel = null;
    if (this.state) this.set({ ...this.state, title, phase: 'cancelled', stage: '已取消', message });
  }

  close(): void {
    this.onCancel = null;
    this.set(null);
  }
}

export const exportProgress = new ExportProgressStore();

export function useExportProgress(): ProgressState | null {
  return useSyncExternalStore(exportProgress.subscribe, exportProgress.get);
}
