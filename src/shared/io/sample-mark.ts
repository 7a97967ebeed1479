// A built-in sample (Filing.sample) is a published disclosure with its errors, not anyone's submission: every
// export of it says so on every page and sheet, so a printout cannot pass for a real 决算. The words are the
// same in the PDF header, the xlsx and the package; an import of a marked workbook comes back marked.
import type { Filing } from '../filing/types';
import { SAMPLE_MARK, SAMPLES } from '../sample/catalog';

export { SAMPLE_MARK };

/** The mark, or null for a filing that is not a sample. */
export function sampleMark(filing: Pick<Filing, 'sample'>): string | null {
  return filing.sample ? SAMPLE_MARK : null;
}

/** What an export prints on every page and sheet: the sample mark, then the draft mark, either or both. */
export function exportMark(filing: Pick<Filing, 'sample'>, draft: string | null): string | null {
  return [sampleMark(filing), draft].filter(Boolean).join('　') || null;
}

/** A known sample id, or undefined (a file may carry anything in its hidden cells). */
export function knownSample(id: string): string | undefined {
  return SAMPLES.find((s) => s.id === id)?.id;
}
