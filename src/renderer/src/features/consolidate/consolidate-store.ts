// 新建 → 汇总: the unit files chosen so far (本级 first) and the last answer of the host.
import { useSyncExternalStore } from 'react';

export interface ConsolidateState {
  units: string[];
  busy: boolean;
  error: string | null;
}

class ConsolidateStore {
  private state: ConsolidateState = { units: [], busy: false, error: null };
  private listeners = new Set<() => void>();
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  get = (): ConsolidateState => this.state;
  set(patch: Partial<ConsolidateState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }
  add(path: string): void {
    if (!this.state.units.includes(path)) this.set({ units: [...this.state.units, path], error: null });
  }
  remove(path: string): void {
    this.set({ units: this.state.units.filter((u) => u !== path) });
  }
  /** Makes this unit the 本级 (first). */
  first(path: string): void {
    this.set({ units: [path, ...this.state.units.filter((u) => u !== path)] });
  }
}

export const consolidation = new ConsolidateStore();

export function useConsolidation(): ConsolidateState {
  return useSyncExternalStore(consolidation.subscribe, consolidation.get);
}
