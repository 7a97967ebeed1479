// Inputs to the 情况说明 that no table holds: part of the filing (filing/types.ts), named here for the narrative.
export type { NarrativeInputs } from '../filing/types';
