// The internal-transfer offsets (调整 lines) of a 汇总: money that passes between the 本级 and its 下属单位
// is counted once. Each pair has a paying side (a 公开03表 column, mirrored on 公开01表's spending line of
// the 类) and a receiving side (a 公开02表 column, mirrored on a 公开01表 income line). Both sides are
// reduced by the same amount (the smaller of the two totals), so 收 = 支 still holds after offsetting;
// a remaining difference is what the pair check reports.
//
// Columns and lines are found by their printed labels, so any template whose 02/03/01 tables carry
// the standard labels (山西, 上海, the central order) works without code changes.
import Decimal from 'decimal.js';
import type { Filing } from '../types/filing';
import type { TableDef, Template } from '../types/template';
import { ZERO, toStored } from '../money/money';
import type { OffsetLine, PairCheck, PairKind, UnitRole } from './types';

export class ConsolidateError extends Error {}

interface Side {
  role: UnitRole;
  table: 'T02' | 'T03';
  /** Column label in that table. */
  column: string;
  /** 公开01表: the income line's label, or 'class' for the spending line of the row's 类. */
  line: string | 'class';
}

const PAIRS: Record<PairKind, { pay: Side; receive: Side }> = {
  subsidy: {
    pay: { role: '本级', table: 'T03', column: '对附属单位补助支出', line: 'class' },
    receive: { role: '下属', table: 'T02', column: '上级补助收入', line: '上级补助收入' },
  },
  remit: {
    pay: { role: '下属', table: 'T03', column: '上缴上级支出', line: 'class' },
    receive: { role: '本级', table: 'T02', column: '附属单位上缴收入', line: '附属单位上缴收入' },
  },
};

export const PAIR_LABELS: Record<PairKind, { pay: string; receive: string }> = {
  subsidy: { pay: '本级 对附属单位补助支出', receive: '下属单位 上级补助收入' },
  remit: { pay: '下属单位 上缴上级支出', receive: '本级 附属单位上缴收入' },
};

function table(template: Template, id: string): TableDef {
  const t = template.tables.find((x) => x.id === id);
  if (!t) throw new ConsolidateError(`模板“${template.name}”没有${id}，无法汇总`);
  return t;
}

function columnOf(template: Template, id: string, label: string): number {
  const c = table(template, id).columns.find((x) => x.label === label);
  if (!c) throw new ConsolidateError(`模板“${template.name}”的${table(template, id).number}没有“${label}”栏，无法抵销内部往来`);
  return c.col;
}

/** The 公开01表 cell a side mirrors: its labelled income line, or the spending line of the code's 类. */
function t01Cell(template: Template, side: Side, code: string): { row: string; col: number } {
  const t01 = table(template, 'T01');
  const spending = t01.sides?.[1];
  const income = t01.sides?.[0];
  if (!spending || !income) throw new ConsolidateError(`模板“${template.name}”的公开01表不是收支两栏的格式，无法抵销内部往来`);
  const rows = t01.rows ?? [];
  const found =
    side.line === 'class'
      ? rows.find((r) => r.code === code.slice(0, 3) && spending.rows.includes(r.row))
      : rows.find((r) => income.rows.includes(r.row) && r.label.endsWith(side.line));
  if (!found) {
    throw new ConsolidateError(side.line === 'class' ? `公开01表没有功能分类 ${code.slice(0, 3)} 的支出行，无法抵销` : `公开01表没有“${side.line}”行，无法抵销内部往来`);
  }
  return { row: found.row, col: side.line === 'class' ? spending.cols[0] : income.cols[0] };
}

export interface UnitFigures {
  name: string;
  role: UnitRole;
  filing: Filing;
}

interface Figure {
  unit: string;
  row: string;
  amount: Decimal;
}

/** A side's figures: every entered row of the unit(s) in that role, in unit order then code order. */
function figures(units: UnitFigures[], side: Side, col: number): Figure[] {
  const out: Figure[] = [];
  for (const u of units) {
    if (u.role !== side.role) continue;
    const rows = u.filing.tables[side.table] ?? {};
    for (const row of Object.keys(rows).sort()) {
      const s = rows[row][String(col)];
      if (s === undefined) continue;
      const amount = new Decimal(s);
      if (!amount.isZero()) out.push({ unit: u.name, row, amount });
    }
  }
  return out;
}

const total = (fs: Figure[]) => fs.reduce((a, f) => a.plus(f.amount), ZERO);

function byUnit(fs: Figure[]): Array<{ unit: string; amount: string }> {
  const m = new Map<string, Decimal>();
  for (const f of fs) m.set(f.unit, (m.get(f.unit) ?? ZERO).plus(f.amount));
  return [...m].map(([unit, amount]) => ({ unit, amount: toStored(amount) }));
}

/** Takes `amount` off a side, row by row in order, each row at most its own figure. */
function allocate(pair: PairKind, side: Side, col: number, fs: Figure[], amount: Decimal, template: Template): OffsetLine[] {
  const lines: OffsetLine[] = [];
  let left = amount;
  for (const f of fs) {
    if (left.lte(0)) break;
    // A negative figure (a correction) is not a transfer to offset.
    if (f.amount.lte(0)) continue;
    const take = Decimal.min(left, f.amount);
    left = left.minus(take);
    const neg = toStored(take.negated());
    lines.push({ pair, unit: f.unit, table: side.table, row: f.row, col, amount: neg });
    const t01 = t01Cell(template, side, f.row);
    lines.push({ pair, unit: f.unit, table: 'T01', row: t01.row, col: t01.col, amount: neg });
  }
  return lines;
}

/** The offset lines and the pair checks of a consolidation. `outside` keeps the clerk's marks. */
export function deriveOffsets(units: UnitFigures[], template: Template, outside: ReadonlySet<PairKind>): { offsets: OffsetLine[]; pairs: Record<PairKind, PairCheck> } {
  const offsets: OffsetLine[] = [];
  const pairs = {} as Record<PairKind, PairCheck>;
  for (const kind of Object.keys(PAIRS) as PairKind[]) {
    const { pay, receive } = PAIRS[kind];
    const payCol = columnOf(template, pay.table, pay.column);
    const receiveCol = columnOf(template, receive.table, receive.column);
    const payers = figures(units, pay, payCol);
    const receivers = figures(units, receive, receiveCol);
    const paid = total(payers);
    const received = total(receivers);
    const offset = Decimal.min(paid, received);
    offsets.push(...allocate(kind, pay, payCol, payers, offset, template), ...allocate(kind, receive, receiveCol, receivers, offset, template));
    pairs[kind] = {
      paid: toStored(paid),
      received: toStored(received),
      offset: toStored(offset),
      payers: byUnit(payers),
      receivers: byUnit(receivers),
      outside: outside.has(kind),
    };
  }
  return { offsets, pairs };
}

/** The cells a pair's finding points at: the paying column's 合计 on 公开03表 and the receiving 公开01表 line. */
export function pairCells(template: Template, kind: PairKind): Array<{ table: string; row: string; col: number }> {
  const { pay, receive } = PAIRS[kind];
  const t01 = t01Cell(template, receive, '');
  return [
    { table: pay.table, row: '合计', col: columnOf(template, pay.table, pay.column) },
    { table: receive.table, row: '合计', col: columnOf(template, receive.table, receive.column) },
    { table: 'T01', row: t01.row, col: t01.col },
  ];
}
