// The three views bound to the document store, so the shell can mount them as they are:
// <EvaluationPage />, <NarrativePage />, <OverviewPage />. A clerk's change goes through DocStore.editFiling
// (the engine re-checks the whole filing; one undo step, worded as the grid's). "Next year's filing" is handed to the shell, which asks about
// unsaved work (保存 / 不保存 / 取消) and opens it as a new, unsaved document.
import type { Filing } from '../../../../shared/filing/types';
import type { ApplyResult } from '../../state/doc-store';
import { useDoc, useStore } from '../../state/use-doc';
import { EvaluationView } from '../evaluation/EvaluationView';
import type { FeatureViewProps } from '../evaluation/props';
import { OverviewView } from '../overview/OverviewView';
import { NarrativeView } from './NarrativeView';

/** A refused edit (a read-only file) says why; the field then shows the filing as it is. */
function report(r: ApplyResult): void {
  if (!r.ok) console.warn(r.message);
}

function useFeatureProps(): FeatureViewProps | null {
  const doc = useDoc();
  const store = useStore();
  if (!doc.filing) return null;
  return { filing: doc.filing, value: store.value, findings: doc.findings, readOnly: doc.readOnly, onChange: (next, step) => report(store.editFiling(next, { label: step.label, key: step.key ?? step.label, field: step.field })) };
}

export function EvaluationPage() {
  const props = useFeatureProps();
  const ff = useDoc().fieldFocus;
  const focus = ff?.field.kind === 'evaluation' ? { evaluation: ff.field.evaluation, field: ff.field.field, seq: ff.seq } : null;
  return props ? <EvaluationView {...props} focus={focus} /> : null;
}

export function NarrativePage({ onCreateNextYear }: { onCreateNextYear(next: Filing): void }) {
  const props = useFeatureProps();
  const ff = useDoc().fieldFocus;
  const focus = ff?.field.kind === 'narrative' ? { slot: ff.field.slot, seq: ff.seq } : null;
  return props ? <NarrativeView {...props} onCreateNextYear={onCreateNextYear} focus={focus} /> : null;
}

export function OverviewPage() {
  const props = useFeatureProps();
  return props ? <OverviewView {...props} /> : null;
}
