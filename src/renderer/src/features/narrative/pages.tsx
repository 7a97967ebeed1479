// The three views bound to the document store, so the shell can mount them as they are:
// <EvaluationPage />, <NarrativePage />, <OverviewPage />. Changes go through DocStore.replaceFiling
// (the engine re-checks the whole filing); "next year's filing" opens as a new, unsaved document.
import type { Filing } from '../../../../shared/filing/types';
import { yearWarning } from '../../../../shared/templates/years';
import type { DocStore } from '../../state/doc-store';
import { ui } from '../../state/ui-store';
import { useDoc, useStore } from '../../state/use-doc';
import { EvaluationView } from '../evaluation/EvaluationView';
import type { FeatureViewProps } from '../evaluation/props';
import { OverviewView } from '../overview/OverviewView';
import { NarrativeView } from './NarrativeView';

/** Opens next year's filing as a new, unsaved document (after asking, when this one has unsaved changes). */
export async function openNextYear(store: DocStore, next: Filing): Promise<boolean> {
  const s = store.get();
  if (!s.template) return false;
  if (s.dirty) {
    const answer = await ui.confirm({
      title: `生成${next.meta.year}年度文件`,
      message: '当前文件有未保存的修改。生成新年度文件后，当前文件将关闭，未保存的修改会丢失。\n建议先保存当前文件。是否继续？',
      ok: '继续生成',
      cancel: '取消',
    });
    if (answer !== 'ok') return false;
  }
  store.load({ filing: next, template: s.template, path: null, mtimeMs: null, readOnly: false, dirty: true });
  store.setView('overview');
  // Past the years the template serves, say plainly that the official layout may have changed.
  const warning = yearWarning(s.template, next.meta.year);
  ui.status(`已生成${next.meta.year}年度文件（尚未保存）：上年数、年初结转和结余、原因说明和绩效项目已带入，请另存为新文件。${warning ?? ''}`);
  return true;
}

function useFeatureProps(): FeatureViewProps | null {
  const doc = useDoc();
  const store = useStore();
  if (!doc.filing) return null;
  return { filing: doc.filing, value: store.value, findings: doc.findings, readOnly: doc.readOnly, onChange: (next) => store.replaceFiling(next) };
}

export function EvaluationPage() {
  const props = useFeatureProps();
  const ff = useDoc().fieldFocus;
  const focus = ff?.field.kind === 'evaluation' ? { evaluation: ff.field.evaluation, field: ff.field.field, seq: ff.seq } : null;
  return props ? <EvaluationView {...props} focus={focus} /> : null;
}

export function NarrativePage() {
  const props = useFeatureProps();
  const store = useStore();
  return props ? <NarrativeView {...props} onCreateNextYear={(next) => void openNextYear(store, next)} /> : null;
}

export function OverviewPage() {
  const props = useFeatureProps();
  return props ? <OverviewView {...props} /> : null;
}
