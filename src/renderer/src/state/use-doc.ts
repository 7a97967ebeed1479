// React access to the one document store.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DocState, DocStore } from './doc-store';

export const StoreContext = createContext<DocStore | null>(null);

export function useStore(): DocStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('StoreContext missing');
  return s;
}

export function useDoc(): DocState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
