// Routine rules (self-evaluation scoring, narrative reasons, …) are registered by name once; a
// template's RoutineRule says which routine runs, with what severity and words.
// Contract for a routine: pure; read cells only through ctx.value (the engine records what it read and
// re-runs it after a cell edit only when one of those cells changed); filing.evaluations, narrative and
// meta may be read directly (changes to them reach the engine through reset() or a meta edit, which
// re-run every routine). A routine that throws becomes a 提示 saying the check could not run.
import type { Routine } from './types';

const ROUTINES = new Map<string, Routine>();

/** Registers a routine; a second routine with the same name is a programming error. */
export function registerRoutine(name: string, fn: Routine): void {
  if (ROUTINES.has(name)) throw new Error(`审核程序重复登记：${name}`);
  ROUTINES.set(name, fn);
}

export function getRoutine(name: string): Routine | undefined {
  return ROUTINES.get(name);
}

export function hasRoutine(name: string): boolean {
  return ROUTINES.has(name);
}
