// The pair checks of a 汇总 (templates.md J2/J3), as routine rules so they run wherever the engine runs
// (the app, check, the desk). They read the figures the consolidation recorded: each side's total
// before offsetting. Both sides inside the department must match (强制); where the clerk marked the
// difference as having a counterpart outside the department it is a 提示 whose 出错说明 says who and why.
import Decimal from 'decimal.js';
import type { Finding, RoutineRule } from '../types/rule';
import type { Routine, Routines } from '../types/routine';
import { formatAmount } from '../money/money';
import type { PairKind } from './types';
import { PAIR_LABELS, pairCells } from './offsets';

const ROUTINE = 'consolidation.pair';

const list = (xs: Array<{ unit: string; amount: string }>, unit: '元' | '万元') => xs.map((x) => `${x.unit} ${formatAmount(new Decimal(x.amount), unit)}`).join('、') || '无';

export const checkPair: Routine = (rule: RoutineRule, ctx): Finding[] => {
  const c = ctx.filing.consolidation;
  const kind = rule.params?.pair as PairKind | undefined;
  if (!c || (kind !== 'subsidy' && kind !== 'remit')) return [];
  const p = c.pairs[kind];
  const paid = new Decimal(p.paid);
  const received = new Decimal(p.received);
  if (paid.eq(received)) return [];
  const unit = ctx.filing.meta.unit;
  const labels = PAIR_LABELS[kind];
  const body = `内部往来未抵平：${labels.pay} ${formatAmount(paid, unit)} ≠ ${labels.receive} ${formatAmount(received, unit)}，差 ${formatAmount(paid.minus(received).abs(), unit)}（付方：${list(p.payers, unit)}；收方：${list(p.receivers, unit)}）`;
  const tail = p.outside
    ? '。已标明差额的对方在本部门之外：请在出错说明中写明对方单位和原因。'
    : '。双方都在本部门内，两数应相等；如差额的对方单位在部门外，请在汇总时标明“部门外”并说明原因。';
  return [{ rule: rule.id, key: rule.id, severity: p.outside ? 'warning' : 'error', message: body + tail, cells: pairCells(ctx.template, kind) }];
};

export const CONSOLIDATION_ROUTINES: Routines = { [ROUTINE]: checkPair };

// The rule data (HZ-1, HZ-2) is with the templates: templates/routine-rules.ts.
export { consolidationRules } from '../templates/routine-rules';
