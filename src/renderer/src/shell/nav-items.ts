// The navigation entries and the findings count each shows.
import type { Finding } from '../../../shared/rules/types';
import type { Template } from '../../../shared/templates/types';

export interface NavItem {
  view: string;
  label: string;
  sub?: string;
  /** Which findings belong here: table id for tables; the pseudo tables of forms and narrative. */
  tables: string[];
}

export const FORM_TABLES = ['PE'];
export const NARRATIVE_TABLES = ['NR'];

export function navItems(template: Template): NavItem[] {
  return [
    { view: 'overview', label: '概况', tables: [] },
    ...template.tables.map((t) => ({ view: t.id, label: t.number, sub: t.title, tables: [t.id] })),
    { view: 'evaluation', label: '绩效自评', tables: FORM_TABLES },
    { view: 'narrative', label: '情况说明', tables: NARRATIVE_TABLES },
    { view: 'review', label: '审阅意见', tables: [] },
  ];
}

export interface Counts {
  errors: number;
  warnings: number;
  explained: number;
}

export function countFor(findings: readonly Finding[], tables: string[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, explained: 0 };
  for (const f of findings) {
    if (!f.cells.some((cell) => tables.includes(cell.table)) && !(f.cells.length === 0 && tables.length === 0)) continue;
    if (f.severity === 'error') c.errors++;
    else {
      c.warnings++;
      if (f.explanation) c.explained++;
    }
  }
  return c;
}

/** Where a finding lives: its first cell's table, or the view of the form or narrative it is on. */
export function viewOfTable(table: string, template: Template): string {
  if (template.tables.some((t) => t.id === table)) return table;
  if (FORM_TABLES.includes(table)) return 'evaluation';
  if (NARRATIVE_TABLES.includes(table)) return 'narrative';
  return 'overview';
}
