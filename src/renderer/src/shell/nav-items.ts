// The navigation entries, the view each finding belongs to, and the findings count each view shows.
import type { Finding } from '../../../shared/rules/types';
import type { FindingCounts } from '../../../shared/rules/engine';
import type { Template } from '../../../shared/templates/types';

export interface NavItem {
  view: string;
  label: string;
  sub?: string;
  /** A view that shows its own findings state (the tables). */
  table: boolean;
}

export type Counts = FindingCounts;

export function navItems(template: Template): NavItem[] {
  return [
    { view: 'overview', label: '概况', table: false },
    ...template.tables.map((t) => ({ view: t.id, label: t.number, sub: t.title, table: true })),
    { view: 'evaluation', label: '绩效自评', table: false },
    { view: 'narrative', label: '情况说明', table: false },
    { view: 'review', label: '审阅意见', table: false },
    { view: 'rules', label: '审核公式', table: false },
  ];
}

/** Where a finding lives: the table of its first cell, or the form or narrative field it is on. */
export function viewOfFinding(f: Finding, template: Template): string {
  if (f.field) return f.field.kind === 'evaluation' ? 'evaluation' : 'narrative';
  const table = f.cells[0]?.table;
  return table !== undefined && template.tables.some((t) => t.id === table) ? table : 'overview';
}

/** Counts by view, for the navigation and the filing's summary. */
export function countsByView(findings: readonly Finding[], template: Template): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const f of findings) {
    const view = viewOfFinding(f, template);
    let c = out.get(view);
    if (!c) out.set(view, (c = { errors: 0, warnings: 0, explained: 0 }));
    if (f.severity === 'error') c.errors++;
    else {
      c.warnings++;
      if (f.explanation) c.explained++;
    }
  }
  return out;
}

export const NO_FINDINGS: Counts = { errors: 0, warnings: 0, explained: 0 };
