// Whether the print preview is open, and what its 导出 PDF… button does (the shell's export action).
import { useSyncExternalStore } from 'react';

export interface PreviewState {
  exportPdf: () => void;
}

let state: PreviewState | null = null;
const listeners = new Set<() => void>();

function set(next: PreviewState | null): void {
  state = next;
  for (const fn of listeners) fn();
}

export function openPrintPreview(exportPdf: () => void): void {
  set({ exportPdf });
}

export function closePrintPreview(): void {
  set(null);
}

export function usePrintPreview(): PreviewState | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => state,
  );
}
