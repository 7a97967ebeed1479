// Absent is not zero. A rule that reads a table (or form) the filing does not have is not evaluated:
// it is listed as 未核对 with the reason ("公开02表 未提供"), so a workbook that holds only 公开01表 is
// checked on 公开01表 alone and says what it could not check. Decided per rule from its data (the tables
// its terms and forEach name, a routine's declared reads), before any instance is evaluated.
import type { Filing } from '../types/filing';
import type { Template } from '../types/template';
import type { RuleDef, Unchecked } from './types';
import type { Instance } from './instances';
import { STATED_RULE, CYCLE_RULE } from './instances';

/** The forms of a filing as one unit of presence: the 项目支出绩效自评表. */
export const FORMS_ID = 'PE';

/** The tables and forms a rule reads (上年 figures are not a table of this filing). */
export function tablesOfRule(rule: RuleDef): string[] {
  if (rule.kind === 'routine') return [...new Set(rule.reads ?? [])];
  const out = new Set<string>();
  const fe = rule.forEach;
  const own = fe?.over === 'rows' ? fe.table : undefined;
  if (own) out.add(own);
  for (const t of [...rule.left.terms, ...rule.right.terms]) {
    // Last year's figures are not a table of this filing.
    const table = t.kind === 'lastYear' ? undefined : (t.table ?? own);
    if (table) out.add(table);
  }
  return [...out];
}

/** How an absent table or form is named in a reason. */
export function presenceName(template: Template, id: string): string {
  if (id === FORMS_ID) return '项目支出绩效自评表';
  return template.tables.find((t) => t.id === id)?.number ?? id;
}

export interface PresenceSplit {
  /** The instances to evaluate, renumbered (ordinal = index). */
  instances: Instance[];
  /** One entry per rule not evaluated, in template order. */
  unchecked: Unchecked[];
}

function ruleIdOf(inst: Instance): string {
  if (inst.kind === 'routine') return inst.rule.id;
  if (inst.kind === 'check') return inst.rule;
  return CYCLE_RULE;
}

/** Drops the instances of rules that read an absent table and says which rules those are. */
export function splitByPresence(instances: Instance[], template: Template, filing: Filing): PresenceSplit {
  const absent = new Set(filing.absent ?? []);
  if (absent.size === 0) return { instances, unchecked: [] };
  const unchecked: Unchecked[] = [];
  const skip = new Set<string>();
  for (const rule of template.rules) {
    const reads = tablesOfRule(rule);
    const missing = reads.filter((t) => absent.has(t));
    if (missing.length === 0) continue;
    skip.add(rule.id);
    unchecked.push({ rule: rule.id, title: rule.title, tables: missing, reads, reason: `${missing.map((t) => presenceName(template, t)).join('、')} 未提供` });
  }
  // Nor the stated totals of an absent table (only a hand-edited file can hold them).
  const kept = instances.filter((inst) => !skip.has(ruleIdOf(inst)) && !(inst.kind === 'check' && inst.rule === STATED_RULE && absent.has(inst.cells[0]?.table ?? '')));
  return { instances: kept.map((inst, i) => ({ ...inst, ordinal: i })), unchecked };
}
