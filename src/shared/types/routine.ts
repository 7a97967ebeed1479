// What a routine rule's code sees and is (rules/routines.ts documents the contract). Beside the rule
// types rather than in them: a routine sees the template, and a template holds rules.
import type Decimal from 'decimal.js';
import type { CellRef } from './cell-ref';
import type { Filing } from './filing';
import type { Finding, RoutineRule } from './rule';
import type { Template } from './template';

/** What a routine sees: the filing, its template, and the value of any cell (entered or computed), in 元. */
export interface RoutineContext {
  filing: Filing;
  template: Template;
  value(cell: CellRef): Decimal;
}

export type Routine = (rule: RoutineRule, ctx: RoutineContext) => Finding[];

/** The routines an engine may run, by name. */
export type Routines = Readonly<Record<string, Routine>>;
