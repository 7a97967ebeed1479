// The published disclosure open in the window, if any: its findings and read report, shown by
// PublishedPanel in place of the live findings panel (the filing is read-only).
import { useSyncExternalStore } from 'react';
import type { PublishedSummary } from '../../../../shared/host-api';

export interface OpenPublished extends PublishedSummary {
  path: string;
}

let state: OpenPublished | null = null;
const listeners = new Set<() => void>();

export function setPublished(next: OpenPublished | null): void {
  state = next;
  for (const fn of listeners) fn();
}

export function usePublished(): OpenPublished | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => state,
  );
}
