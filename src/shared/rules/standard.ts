// The routines an engine runs unless told otherwise: the self-evaluation checks (PE-1…4) and the
// narrative check (NR-1). Given to createEngine explicitly, never registered by importing a module.
import type { Routines } from './routines';
import { joinRoutines } from './routines';
import { EVALUATION_ROUTINES } from '../evaluation/rules';
import { NARRATIVE_ROUTINES } from '../narrative/rules';

export const STANDARD_ROUTINES: Routines = joinRoutines(EVALUATION_ROUTINES, NARRATIVE_ROUTINES);
