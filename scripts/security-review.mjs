// Which electronegativity findings were reviewed. A review names the check, the file and the code it
// looked at (the reported line and the two after it, whitespace collapsed), so a new finding of the same
// check in the same file, or a change to the reviewed code, is not covered by an old review; moving the
// code to another line is.

/** The reviewed code at `line` (1-based) of `text`: that line and the next two, whitespace collapsed. */
export function snippetAt(text, line) {
  return text
    .split('\n')
    .slice(Math.max(0, line - 1), line + 2)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The review that covers a finding `{ check, file, snippet }`, or undefined. */
export function reviewFor(finding, reviewed) {
  return reviewed.find((r) => r.check === finding.check && r.file === finding.file && typeof r.snippet === 'string' && r.snippet === finding.snippet);
}
