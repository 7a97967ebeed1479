// Routine rules (self-evaluation scoring, narrative reasons, …): a template's RoutineRule names the
// routine; the engine is created with the routines it may run (no registry filled as a side effect
// of an import) and refuses, when created, a rule naming a routine it was not given.
// Contract for a routine: pure; read cells only through ctx.value (the engine records what it read and
// re-runs it after a cell edit only when one of those cells changed); filing.evaluations, narrative and
// meta may be read directly (changes to them reach the engine through reset() or a meta edit, which
// re-run every routine). A routine that throws becomes a 提示 saying the check could not run.
import type Decimal from 'decimal.js';
import type { CellRef } from '../table/cell-ref';
import type { Filing } from '../filing/types';
import type { Template } from '../templates/types';
import type { Finding, RoutineRule } from './types';

/** What a routine sees: the filing, its template, and the value of any cell (entered or computed), in 元. */
export interface RoutineContext {
  filing: Filing;
  template: Template;
  value(cell: CellRef): Decimal;
}

export type Routine = (rule: RoutineRule, ctx: RoutineContext) => Finding[];

/** The routines an engine may run, by name. */
export type Routines = Readonly<Record<string, Routine>>;

/** Every routine rule of the template must name a routine the engine was given. */
export function checkRoutines(template: Template, routines: Routines): void {
  const missing = template.rules.filter((r) => r.kind === 'routine' && !Object.hasOwn(routines, r.routine));
  if (missing.length > 0) {
    const names = missing.map((r) => `${r.id}（${r.kind === 'routine' ? r.routine : ''}）`).join('、');
    throw new Error(`模板“${template.name}”的审核规则 ${names} 所需的审核程序没有提供给审核引擎。`);
  }
}

/** Joins routine sets; the same name twice is a programming error. */
export function joinRoutines(...sets: Routines[]): Routines {
  const out: Record<string, Routine> = {};
  for (const s of sets) {
    for (const [name, fn] of Object.entries(s)) {
      if (Object.hasOwn(out, name)) throw new Error(`审核程序重复：${name}`);
      out[name] = fn;
    }
  }
  return out;
}
