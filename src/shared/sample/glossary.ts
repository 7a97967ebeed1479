// The sample's 名词解释: the standard text (filing/glossary.ts), as the seed prints it.
import type { GlossaryEntry } from '../filing/types';
import { STANDARD_GLOSSARY } from '../filing/glossary';

export { STANDARD_GLOSSARY };

/** The sample's glossary is the standard one; a fresh copy per call. */
export function sampleGlossary(): GlossaryEntry[] {
  return STANDARD_GLOSSARY.map((e) => ({ ...e }));
}
