// An undo or redo of a reason (or a finding on one) opens the 情况说明 at that slot with the cursor in it,
// as an undo of a cell focuses the cell. The slot is kept on screen even where it would not be offered
// (an undo that empties the only text it had), so the clerk sees what came back.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface SlotFocusRequest {
  slot: string;
  seq: number;
}

/** The slot last asked for (kept offered), and the effect that scrolls to it and focuses it. */
export function useSlotFocus(focus: SlotFocusRequest | null | undefined, root: RefObject<HTMLElement | null>): string | null {
  // Only a new request (seq) moves the focus; followed during render, React's pattern for state that follows a prop.
  const [handled, setHandled] = useState<SlotFocusRequest | null>(null);
  if (focus && focus.seq !== handled?.seq) setHandled(focus);
  useEffect(() => {
    if (!handled) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-testid="nv-slot-${CSS.escape(handled.slot)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
    }
  }, [handled, root]);
  return handled?.slot ?? null;
}
