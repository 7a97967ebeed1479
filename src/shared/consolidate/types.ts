// Moved to the leaf folder src/shared/types (the filing's types refer to it); kept for importers.
export * from '../types/consolidation';
