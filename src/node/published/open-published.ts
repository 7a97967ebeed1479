// 打开 on a published disclosure: read it, check it, and hand the UI the filing (read-only) with its
// findings. Never throws: a refusal says why in one line.
import type { OpenResult } from '../../shared/host-api';
import { checkDocument } from '../../shared/published/check-document';
import { readPublished } from './read-published';

export async function openPublished(path: string): Promise<OpenResult> {
  const r = await readPublished(path);
  if (!r.ok) return { ok: false, message: r.message };
  const c = checkDocument(r.doc);
  if (c.read.blocks.length === 0) return { ok: false, message: '文中没有找到任何公开表（按表名和“公开NN表”表号查找），不像是部门决算公开' };
  return {
    ok: true,
    path,
    filing: c.read.filing,
    mtimeMs: 0,
    readOnly: true,
    published: { findings: c.findings, unchecked: c.unchecked, read: c.read.report.read, notRead: c.read.report.notRead, errors: c.errors, warnings: c.warnings, draft: c.draft },
  };
}
