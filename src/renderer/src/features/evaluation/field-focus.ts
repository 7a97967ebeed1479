// A finding on a self-evaluation field opens that project's form and puts the cursor in the field, as a
// table finding puts it in its cell. Inputs carry data-field (the FieldRef.field they hold).
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface FieldFocusRequest {
  evaluation: string;
  field?: string;
  seq: number;
}

/** The field a finding names, or (for a finding on the form as a whole) the project name. */
export function fieldSelector(field: string | undefined): string {
  return `[data-field="${CSS.escape(field ?? 'name')}"]`;
}

export function useFieldFocus(focus: FieldFocusRequest | null | undefined, select: (id: string) => void, body: RefObject<HTMLElement | null>): void {
  const [pending, setPending] = useState<FieldFocusRequest | null>(null);
  useEffect(() => {
    if (!focus) return;
    select(focus.evaluation);
    setPending(focus);
    // Only a new request (seq) moves the selection; later renders leave the clerk's choice alone.
  }, [focus?.seq]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!pending) return;
    // After the selected project's form has rendered.
    const el = body.current?.querySelector<HTMLElement>(fieldSelector(pending.field)) ?? body.current?.querySelector<HTMLElement>(fieldSelector(undefined));
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
    }
    setPending(null);
  }, [pending, body]);
}
