// 查找 (Ctrl+F): one box over the table, searching every table of the filing; Enter goes to the next
// hit, Shift+Enter to the previous, Esc closes. A hit is a cell: choosing it opens its table and focuses it.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useDoc, useStore } from '../state/use-doc';
import { printedValue } from '../../../shared/narrative/generate';
import { findInFiling } from './find';
import type { FindHit } from './find';

// Kept outside the component: a hit in another table opens that table's view, whose bar must carry on
// with the same words and hits.
interface FindState {
  open: boolean;
  query: string;
  hits: FindHit[] | null;
  current: number;
}
let state: FindState = { open: false, query: '', hits: null, current: 0 };
const listeners = new Set<() => void>();
function patch(p: Partial<FindState>): void {
  state = { ...state, ...p };
  for (const fn of listeners) fn();
}
function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function FindBar() {
  const store = useStore();
  const doc = useDoc();
  const { open, query, hits, current } = useSyncExternalStore(subscribe, () => state);
  const setOpen = (v: boolean) => patch({ open: v });
  const setQuery = (v: string) => patch({ query: v });
  const setHits = (v: FindHit[] | null) => patch({ hits: v });
  const setCurrent = (v: number) => patch({ current: v });
  const input = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setOpen(true);
        requestAnimationFrame(() => input.current?.select());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!open || !doc.filing || !doc.template) return null;

  const go = (list: FindHit[], i: number) => {
    if (list.length === 0) return;
    const n = ((i % list.length) + list.length) % list.length;
    setCurrent(n);
    store.focusCell(list[n].cell);
  };

  const search = (backwards: boolean) => {
    // Figures change between searches: a repeated Enter on the same words steps on, new words search anew.
    if (hits !== null) return go(hits, current + (backwards ? -1 : 1));
    // By the figures as the grid shows them: a stated total as stated.
    const found = findInFiling(query, doc.filing!, doc.template!, printedValue(doc.filing!, store.value), doc.filing!.meta.unit);
    setHits(found);
    go(found, 0);
  };

  return (
    <div className="find-bar" data-testid="find-bar" role="search">
      <label>
        查找
        <input
          ref={input}
          value={query}
          placeholder="科目编码、名称或金额"
          data-testid="find-input"
          onChange={(e) => {
            setQuery(e.target.value);
            setHits(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              search(e.shiftKey);
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
      </label>
      <span data-testid="find-count" className="muted">
        {hits === null ? '按 Enter 查找（所有表）' : hits.length === 0 ? '没有找到' : `第 ${current + 1} 个，共 ${hits.length} 个`}
      </span>
      <button type="button" onClick={() => setOpen(false)} aria-label="关闭查找">
        ×
      </button>
      {hits && hits.length > 0 && (
        <ul className="find-results" data-testid="find-results">
          {hits.map((h, i) => (
            <li key={`${h.cell.table}|${h.cell.row}|${h.cell.col}|${i}`} className={i === current ? 'current' : ''}>
              <button type="button" onClick={() => go(hits, i)} data-testid="find-hit">
                {h.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
