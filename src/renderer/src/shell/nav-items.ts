// The navigation entries, the view each finding belongs to, and the findings count each view shows.
import type { Finding } from '../../../shared/rules/types';
import type { FindingCounts } from '../../../shared/rules/engine';
import type { TableDef, Template } from '../../../shared/templates/types';
import { getTemplateParams } from '../../../shared/templates/params';

export interface NavItem {
  view: string;
  label: string;
  sub?: string;
  /** A view that shows its own findings state (the tables). */
  table: boolean;
}

export type Counts = FindingCounts;

/**
 * A table's entry. An input table (上海's SHN) has no 表号: its number is the part of the 情况说明 it
 * serves, which would list 情况说明 twice beside the narrative's own entry. It goes by its title
 * ("情况说明数据"), the words in brackets below it.
 */
function tableItem(t: TableDef, inputs: ReadonlySet<string>): NavItem {
  const m = inputs.has(t.id) ? /^(.+?)（(.+)）$/.exec(t.title) : null;
  return m ? { view: t.id, label: m[1], sub: m[2], table: true } : { view: t.id, label: t.number, sub: t.title, table: true };
}

export function navItems(template: Template): NavItem[] {
  const inputs = new Set(getTemplateParams(template.id)?.inputTables ?? []);
  return [
    { view: 'overview', label: '概况', table: false },
    ...template.tables.map((t) => tableItem(t, inputs)),
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
