// The self-evaluation and narrative rules: their data (for the template's rule list) and their routines,
// registered with the rule engine when this module loads (idempotent, so every entry point may import it).
import type { RuleDef } from '../rules/types';
import { hasRoutine, registerRoutine } from '../rules/routines';
import { NARRATIVE_ROUTINES, narrativeRuleDefs } from '../narrative/rules';
import { EVALUATION_ROUTINES, evaluationRuleDefs } from './rules';

export function registerEvaluationRoutines(): void {
  for (const [name, fn] of Object.entries({ ...EVALUATION_ROUTINES, ...NARRATIVE_ROUTINES })) {
    if (!hasRoutine(name)) registerRoutine(name, fn);
  }
}

registerEvaluationRoutines();

/** Rule data for the template: PE-1…PE-4 (self-evaluation forms) and NR-1 (narrative reasons). */
export const evaluationRules: RuleDef[] = [...evaluationRuleDefs, ...narrativeRuleDefs];
