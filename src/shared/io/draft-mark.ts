// A disclosure exported while 强制 errors stand is a draft, and says so on every page and sheet, so it
// cannot pass for the final one. The words are the same in the PDF footer, the xlsx and the CLI.
import type { Finding } from '../rules/types';

/** "审核未通过：强制 2 条", or null when no 强制 error stands. */
export function draftMark(findings: readonly Finding[]): string | null {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return errors > 0 ? `审核未通过：强制 ${errors} 条` : null;
}
