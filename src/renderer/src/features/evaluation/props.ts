// The props every form-like view takes from the shell (H4 mounts them; see the feature index files).
import type { Filing } from '../../../../shared/filing/types';
import type { CellValueFn } from '../../../../shared/narrative/output';
import type { FieldRef, Finding } from '../../../../shared/rules/types';

export interface FeatureViewProps {
  filing: Filing;
  /** Any cell's value in 元, entered or computed (DocStore.value). */
  value: CellValueFn;
  findings: readonly Finding[];
  readOnly: boolean;
  /** The whole filing with the clerk's change applied: one undo step, named by `step` (DocStore.editFiling). */
  onChange(next: Filing, step: FilingEdit): void;
}

/** What an edit did and where ("修改 项目“X” 全年执行数"); key groups one typing burst; field is reopened by undo. */
export interface FilingEdit {
  label: string;
  key?: string;
  field?: FieldRef;
}
