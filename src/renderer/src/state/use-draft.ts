// A field's local draft: what is typed stays in the field until it is handed over (on blur or Enter), and
// the draft starts again from the stored value whenever that value (or anything else in `sources`) changes,
// as after an undo. It adjusts during render, as React prescribes for state that follows a prop, rather
// than in an effect that would first paint the stale draft and then render a second time.
import { useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';

export function useDraft<T>(stored: T, sources: readonly unknown[] = [stored]): [T, Dispatch<SetStateAction<T>>] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(sources);
  if (sources.length !== seen.length || sources.some((s, i) => !Object.is(s, seen[i]))) {
    setSeen(sources);
    setDraft(stored);
  }
  return [draft, setDraft];
}
