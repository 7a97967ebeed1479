// The CLI's report of a checked published disclosure (.pdf or its text): findings grouped by table,
// narrative and structure, each narrative finding with its page and the sentence quoted; then what
// could not be checked (未核对).
import type { DocumentCheck } from '../../shared/published/check-document';
import type { DocFinding } from '../../shared/published/findings';

export interface PublishedFileReport {
  file: string;
  kind: 'published';
  template: string;
  department: string;
  year: number;
  unit: string;
  errors: number;
  warnings: number;
  /** false: the document's tables do not fit the template (another region or year); they were not checked. */
  fits: boolean;
  /** The draft mark on every page, or null. */
  draft: string | null;
  findings: DocFinding[];
  unchecked: DocumentCheck['unchecked'];
  read: { read: string[]; notRead: string[] };
}

export function publishedReport(file: string, c: DocumentCheck): PublishedFileReport {
  const r = c.read;
  return {
    file,
    kind: 'published',
    template: r.template.id,
    department: r.department,
    year: r.year,
    unit: r.unit,
    errors: c.errors,
    warnings: c.warnings,
    fits: c.fits,
    draft: c.draft,
    findings: c.findings,
    unchecked: c.unchecked,
    read: r.report,
  };
}

function tag(f: DocFinding): string {
  if (f.rounding) return '尾差提示';
  return f.severity === 'error' ? '错误' : '提示';
}

function group(f: DocFinding): string {
  if (f.rule.startsWith('NR-')) return '情况说明';
  if (f.rule.startsWith('ST-')) return '结构';
  return '公开表';
}

export function formatPublished(c: DocumentCheck, file: string): string {
  const r = c.read;
  const lines = [`${file}（${r.department || '单位不详'} ${r.year}年度，模板 ${r.template.id}，金额单位 ${r.unit}）`];
  if (c.draft) lines.push(`  注意：每页标有“${c.draft}”——这是未通过审核的草稿，不是可以公开的正式文件`);
  if (!c.fits) lines.push(`  注意：文件的表式与模板 ${r.template.id} 不一致（可能是另一地区或年度的模板），表中数字未按该模板审核`);
  for (const g of ['公开表', '情况说明', '结构']) {
    const fs = c.findings.filter((f) => group(f) === g);
    if (!fs.length) continue;
    lines.push(`  ${g}`);
    for (const f of fs) {
      lines.push(`    [${tag(f)}] ${f.message}`);
      if (g !== '公开表') for (const q of f.quotes) lines.push(`        ${q.page}：“${q.text.length > 120 ? `${q.text.slice(0, 120)}…` : q.text}”`);
    }
  }
  if (c.unchecked.length) {
    lines.push(`  未核对 ${c.unchecked.length} 项（读不准或无从判断，不作为错误）`);
    for (const u of c.unchecked) lines.push(`    ${u.what.slice(0, 80)}：${u.why}`);
  }
  for (const n of r.report.notRead) lines.push(`  未读入：${n}`);
  const clean = c.errors === 0 && c.warnings === 0;
  lines.push(`  ${clean ? (c.unchecked.length ? `未发现问题；另有 ${c.unchecked.length} 项未核对` : '审核通过：未发现问题') : `${c.errors} 个错误，${c.warnings} 个提示`}`);
  return lines.join('\n');
}
