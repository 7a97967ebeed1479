// Moved to the leaf folder src/shared/types (no folder imports back from there); kept for importers.
export * from '../types/evaluation';
