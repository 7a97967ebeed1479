// Autosave: while there are unsaved changes, a recovery copy is written every autosaveSeconds (a setting,
// default 30; the host keeps it beside the settings, never over the clerk's file). A save drops the copy,
// and so does choosing 不保存; after a crash the app offers it back at startup.
import type { HostApi } from '../../../shared/host-api';
import type { DocStore } from '../state/doc-store';
import type { Filing } from '../../../shared/filing/types';

export const DEFAULT_AUTOSAVE_SECONDS = 30;

/** The interval in ms from the setting; anything unusable falls back to the default. */
export function autosaveDelayMs(seconds: unknown): number {
  const s = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 1 ? Math.min(seconds, 3600) : DEFAULT_AUTOSAVE_SECONDS;
  return s * 1000;
}

export function startAutosave(host: HostApi, store: DocStore): () => void {
  let written: Filing | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wasDirty = false;
  let pathBefore: string | null = null;
  let stopped = false;
  // This window's never-saved filing has a recovery slot of its own (another window's is not touched).
  const draftId = globalThis.crypto.randomUUID();

  const tick = async () => {
    const s = store.get();
    // A reviewer's unsaved notes deserve a recovery copy too; a plain read-only view has nothing to lose.
    if (!s.dirty || !s.filing || s.filing === written || (s.readOnly && !s.review)) return;
    try {
      await host.writeRecovery({ path: s.path, filing: s.filing, ...(s.path === null ? { draftId } : {}) });
      written = s.filing;
    } catch {
      // A failed recovery copy must not interrupt the work; the next tick tries again.
    }
  };

  const dropCopies = async (paths: Array<string | null>) => {
    try {
      for (const e of await host.listRecovery()) if (paths.includes(e.path) && (e.path !== null || e.draftId === undefined || e.draftId === draftId)) await host.discardRecovery(e.id);
    } catch {
      // Best effort: a stale copy is only offered back, never applied silently.
    }
  };

  const unsubscribe = store.subscribe(() => {
    const s = store.get();
    // Unsaved → clean means the work was saved (the host already dropped that file's copy) or the clerk
    // chose 不保存: either way the copy of the work that was unsaved is no longer wanted. Only that one:
    // a copy kept with 稍后 for the file now opened stays on offer.
    if (wasDirty && !s.dirty) {
      written = null;
      void dropCopies([pathBefore]);
    }
    wasDirty = s.dirty;
    pathBefore = s.path;
  });

  // The setting is read again before every wait, so a change in 设置 applies without a restart.
  const schedule = async () => {
    let seconds: unknown = DEFAULT_AUTOSAVE_SECONDS;
    try {
      seconds = (await host.getSettings()).autosaveSeconds;
    } catch {
      // Keep the default.
    }
    if (stopped) return;
    timer = setTimeout(() => {
      void tick().finally(() => void schedule());
    }, autosaveDelayMs(seconds));
  };
  void schedule();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
