// The hidden marks the export writes on a 自评表 sheet so that importing the workbook gives back the same
// forms: the form's id, whether it is published, whether its 执行情况 score was left blank (the form
// then prints the score the rate suggests), and each indicator's id. They sit in one hidden column right
// of the form, outside the print area, so neither Excel's view nor the printout shows them. A clerk's
// sheet has no marks: the importer then numbers the forms in sheet order (pe01, pe01-i1 …).
//
// Format, one cell each: `jsgk:evaluation id=pe01 published=1 execution=auto` in the form's first row,
// `jsgk:indicator id=pe01-i1` in the row of each indicator. Values are URI-encoded.

const PREFIX = 'jsgk:';

export interface FormMark {
  id: string;
  published: boolean;
  /** The 执行情况 score was blank: the printed score is the suggestion, not an entry. */
  executionAuto: boolean;
}

export function formMarkText(m: FormMark): string {
  return `${PREFIX}evaluation id=${encodeURIComponent(m.id)} published=${m.published ? 1 : 0} execution=${m.executionAuto ? 'auto' : 'entered'}`;
}

export function indicatorMarkText(id: string): string {
  return `${PREFIX}indicator id=${encodeURIComponent(id)}`;
}

/** An id from a file: a short run of printable characters, or null. */
function safeId(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return id.length > 0 && id.length <= 64 && !/[\s\u0000-\u001f\u007f]/.test(id) ? id : null;
}

function fields(text: string, kind: string): Map<string, string> | null {
  const t = text.trim();
  if (!t.startsWith(`${PREFIX}${kind} `) || t.length > 300) return null;
  const out = new Map<string, string>();
  for (const part of t.slice(PREFIX.length + kind.length).trim().split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

export function parseFormMark(text: string): FormMark | null {
  const f = fields(text, 'evaluation');
  const id = safeId(f?.get('id'));
  if (!f || id === null) return null;
  return { id, published: f.get('published') !== '0', executionAuto: f.get('execution') === 'auto' };
}

export function parseIndicatorMark(text: string): string | null {
  return safeId(fields(text, 'indicator')?.get('id'));
}
