// The reviewer's name (host settings, reviewerName): read once, changed in the review page, signed under
// every note written in 审阅模式.
import { useSyncExternalStore } from 'react';
import { getHost } from '../../host';

let name = '';
let loaded = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const fn of listeners) fn();
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  if (!loaded) {
    loaded = true;
    getHost()
      .getSettings()
      .then((s) => {
        name = s.reviewerName ?? '';
        notify();
      })
      .catch(() => undefined);
  }
  return () => listeners.delete(fn);
}

export function useReviewerName(): string {
  return useSyncExternalStore(subscribe, () => name);
}

/** Saves the name in the host settings; throws with a message saying what went wrong. */
export async function saveReviewerName(next: string): Promise<string> {
  const trimmed = next.trim();
  if (trimmed.length > 40) throw new Error(`审阅人姓名过长（${trimmed.length} 字），最多 40 字。`);
  const s = await getHost().setSettings({ reviewerName: trimmed });
  name = s.reviewerName ?? trimmed;
  notify();
  return name;
}
