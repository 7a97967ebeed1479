// Transient UI: the one modal at a time (confirm, alert, file chooser) and the status-bar message.
// Dialogs are in-app, never window.confirm, so they look the same in Electron and the browser host
// and tests can answer them by clicking.
import { useSyncExternalStore } from 'react';
import type { MoneyUnit } from '../../../shared/money/money';

export interface ConfirmDialog {
  kind: 'confirm';
  title: string;
  message: string;
  ok: string;
  cancel: string;
  /** A third choice (e.g. 不保存), answered as 'other'. */
  other?: string;
  resolve(answer: 'ok' | 'cancel' | 'other'): void;
}

export interface ChooserDialog {
  kind: 'chooser';
  mode: 'open' | 'save' | 'directory';
  title: string;
  startDir: string;
  defaultName?: string;
  extensions: string[];
  resolve(path: string | null): void;
}

/** 新建: template, year, 部门名称 and 金额单位 (answered null when cancelled). */
export interface NewFilingChoice {
  templateId: string;
  /** 年度 chosen; a template may be used outside its years only after its warning was shown. */
  year: number;
  department: string;
  unit: MoneyUnit;
}

export interface NewFilingDialog {
  kind: 'newFiling';
  department: string;
  resolve(choice: NewFilingChoice | null): void;
}

/** One recovery copy as offered at startup: whose work it is, when it was written, how it differs. */
export interface RecoveryOffer {
  id: string;
  fileLabel: string;
  savedAt: string;
  difference: string;
  changes: string[];
}

export interface RecoveryDialog {
  kind: 'recovery';
  offers: RecoveryOffer[];
  resolve(answer: { action: 'restore' | 'discard'; id: string } | null): void;
}

/** 使用说明 or 关于决算通: a page to read, answered null when closed. */
export type InfoDialog = { kind: 'help'; resolve(answer: null): void } | { kind: 'about'; resolve(answer: null): void };

export type Dialog = ConfirmDialog | ChooserDialog | NewFilingDialog | RecoveryDialog | InfoDialog;

export interface UiState {
  dialog: Dialog | null;
  status: { text: string; kind: 'info' | 'error'; seq: number } | null;
  busy: string | null;
}

export class UiStore {
  private state: UiState = { dialog: null, status: null, busy: null };
  private readonly listeners = new Set<() => void>();
  private seq = 0;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  get = (): UiState => this.state;

  private set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  confirm(opts: { title: string; message: string; ok?: string; cancel?: string; other?: string }): Promise<'ok' | 'cancel' | 'other'> {
    return new Promise((resolve) => {
      this.set({
        dialog: {
          kind: 'confirm',
          title: opts.title,
          message: opts.message,
          ok: opts.ok ?? '确定',
          cancel: opts.cancel ?? '取消',
          other: opts.other,
          resolve: (a) => {
            this.set({ dialog: null });
            resolve(a);
          },
        },
      });
    });
  }

  async alert(title: string, message: string): Promise<void> {
    await new Promise<void>((resolve) => {
      this.set({
        dialog: {
          kind: 'confirm',
          title,
          message,
          ok: '知道了',
          cancel: '',
          resolve: () => {
            this.set({ dialog: null });
            resolve();
          },
        },
      });
    });
  }

  choosePath(opts: Omit<ChooserDialog, 'kind' | 'resolve'>): Promise<string | null> {
    return new Promise((resolve) => {
      this.set({
        dialog: {
          kind: 'chooser',
          ...opts,
          resolve: (p) => {
            this.set({ dialog: null });
            resolve(p);
          },
        },
      });
    });
  }

  /** Shows a dialog of its own kind (新建, 恢复, 使用说明, 关于) and answers what it resolves with. */
  ask<D extends NewFilingDialog | RecoveryDialog | InfoDialog>(dialog: Omit<D, 'resolve'>): Promise<Parameters<D['resolve']>[0]> {
    return new Promise((resolve) => {
      this.set({
        dialog: {
          ...dialog,
          resolve: (a: Parameters<D['resolve']>[0]) => {
            this.set({ dialog: null });
            resolve(a);
          },
        } as unknown as D,
      });
    });
  }

  status(text: string, kind: 'info' | 'error' = 'info'): void {
    this.set({ status: { text, kind, seq: ++this.seq } });
  }

  setBusy(busy: string | null): void {
    this.set({ busy });
  }
}

export const ui = new UiStore();

export function useUi(): UiState {
  return useSyncExternalStore(ui.subscribe, ui.get);
}
