export interface Finding {
  check: string;
  file: string;
  snippet: string;
}
export interface Review extends Partial<Finding> {
  why: string;
}
export function snippetAt(text: string, line: number): string;
export function reviewFor(finding: Finding, reviewed: Review[]): Review | undefined;
