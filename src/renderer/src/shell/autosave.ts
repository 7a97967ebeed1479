// Autosave: while there are unsaved changes, a recovery copy is written every few seconds (the host keeps
// it beside the settings, never over the clerk's file). A save drops the copy; after a crash the app
// offers it back at startup.
import type { HostApi } from '../../../shared/host-api';
import type { DocStore } from '../state/doc-store';
import type { Filing } from '../../../shared/filing/types';

export function startAutosave(host: HostApi, store: DocStore): () => void {
  let written: Filing | null = null;
  let seconds = 30;
  let timer: ReturnType<typeof setInterval> | null = null;
  let wasDirty = false;
  let pathBefore: string | null = null;
  let stopped = false;

  const tick = async () => {
    const s = store.get();
    // A reviewer's unsaved notes deserve a recovery copy too; a plain read-only view has nothing to lose.
    if (!s.dirty || !s.filing || s.filing === written || (s.readOnly && !s.review)) return;
    try {
      await host.writeRecovery({ path: s.path, filing: s.filing });
      written = s.filing;
    } catch {
      // A failed recovery copy must not interrupt the work; the next tick tries again.
    }
  };

  const dropCopies = async (paths: Array<string | null>) => {
    try {
      for (const e of await host.listRecovery()) if (paths.includes(e.path)) await host.discardRecovery(e.id);
    } catch {
      // Best effort: a stale copy is only offered back, never applied silently.
    }
  };

  const unsubscribe = store.subscribe(() => {
    const s = store.get();
    if (wasDirty && !s.dirty && s.path) void dropCopies([s.path, pathBefore === s.path ? s.path : pathBefore]);
    wasDirty = s.dirty;
    pathBefore = s.path;
  });

  void host
    .getSettings()
    .then((st) => (seconds = Math.max(5, st.autosaveSeconds || 30)))
    .catch(() => undefined)
    .finally(() => {
      if (!stopped) timer = setInterval(() => void tick(), seconds * 1000);
    });

  return () => {
    stopped = true;
    if (timer) clearInterval(timer);
    unsubscribe();
  };
}
