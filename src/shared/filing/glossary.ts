// The standard 名词解释 is template data (templates/glossary.ts); kept for importers.
export { STANDARD_GLOSSARY } from '../templates/glossary';
