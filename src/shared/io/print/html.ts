// Escaping for the print document: every piece of text a clerk typed goes through here.
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Text with line breaks kept. */
export function escLines(s: string): string {
  return esc(s).replace(/\r?\n/g, '<br>');
}
