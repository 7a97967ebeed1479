// A finding on a self-evaluation field opens that project's form and puts the cursor in the field, as a
// table finding puts it in its cell. Inputs carry data-field (the FieldRef.field they hold).
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface FieldFocusRequest {
  evaluation: string;
  field?: string;
  seq: number;
}

/** The field a finding names (data-field) or an undo step reopens (data-step), or else the project name. */
export function fieldSelector(field: string | undefined): string {
  const f = CSS.escape(field ?? 'name');
  return `[data-field="${f}"], [data-step="${f}"]`;
}

export function useFieldFocus(focus: FieldFocusRequest | null | undefined, select: (id: string) => void, body: RefObject<HTMLElement | null>): void {
  // The request last acted on: only a new one (seq) moves the selection, so the clerk's own choice of
  // project afterwards stands. Followed during render, React's pattern for state that follows a prop.
  const [handled, setHandled] = useState<FieldFocusRequest | null>(null);
  if (focus && focus.seq !== handled?.seq) {
    setHandled(focus);
    select(focus.evaluation);
  }
  useEffect(() => {
    if (!handled) return;
    // After the selected project's form has rendered.
    const el = body.current?.querySelector<HTMLElement>(fieldSelector(handled.field)) ?? body.current?.querySelector<HTMLElement>(fieldSelector(undefined));
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
    }
  }, [handled, body]);
}
