// The props every form-like view takes from the shell (H4 mounts them; see the feature index files).
import type { Filing } from '../../../../shared/filing/types';
import type { CellValueFn } from '../../../../shared/narrative/output';
import type { Finding } from '../../../../shared/rules/types';

export interface FeatureViewProps {
  filing: Filing;
  /** Any cell's value in 元, entered or computed (DocStore.value). */
  value: CellValueFn;
  findings: readonly Finding[];
  readOnly: boolean;
  /** The whole filing with the change applied (DocStore.replaceFiling). */
  onChange(next: Filing): void;
}
