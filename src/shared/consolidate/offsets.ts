// The internal-transfer offsets (调整 lines) of a 汇总: money that passes between the 本级 and its 下属单位
// is counted once. Each pair has a paying side (a 公开03表 column, mirrored on 公开01表's spending line of
// the 类) and a receiving side (a 公开02表 column, mirrored on a 公开01表 income line). Both sides are
// reduced by the same amount (the smaller of the two totals), so 收 = 支 still holds after offsetting;
// a remaining difference is what the pair check reports.
//
// Tables are found by their titles (收入支出决算总表, 收入决算表, 支出决算表: 山西's 公开01–03表, 上海's
// 表一–表三), columns and lines by their printed labels, so any template whose tables carry the
// standard titles and labels works without code changes; one that lacks them is refused with the reason.
import Decimal from 'decimal.js';
import type { Filing } from '../types/filing';
import type { TableDef, Template } from '../types/template';
import { ZERO, toStored } from '../money/money';
import type { OffsetLine, PairCheck, PairKind, UnitRole } from './types';

export class ConsolidateError extends Error {}

interface Side {
  role: UnitRole;
  /** The coded table of the side: income (收入决算表) or spending (支出决算表). */
  table: 'income' | 'spending';
  /** Column label in that table. */
  column: string;
  /** 收入支出决算总表: the income line's label, or 'class' for the spending line of the row's 类. */
  line: string | 'class';
}

const PAIRS: Record<PairKind, { pay: Side; receive: Side }> = {
  subsidy: {
    pay: { role: '本级', table: 'spending', column: '对附属单位补助支出', line: 'class' },
    receive: { role: '下属', table: 'income', column: '上级补助收入', line: '上级补助收入' },
  },
  remit: {
    pay: { role: '下属', table: 'spending', column: '上缴上级支出', line: 'class' },
    receive: { role: '本级', table: 'income', column: '附属单位上缴收入', line: '附属单位上缴收入' },
  },
};

export const PAIR_LABELS: Record<PairKind, { pay: string; receive: string }> = {
  subsidy: { pay: '本级 对附属单位补助支出', receive: '下属单位 上级补助收入' },
  remit: { pay: '下属单位 上缴上级支出', receive: '本级 附属单位上缴收入' },
};

/** The three tables internal transfers pass through, by their printed titles. */
export interface TransferTables {
  summary: TableDef;
  income: TableDef;
  spending: TableDef;
}

const TITLES = { summary: '收入支出决算总表', income: '收入决算表', spending: '支出决算表' } as const;

export function transferTables(template: Template): TransferTables {
  const find = (role: keyof typeof TITLES): TableDef => {
    const t = template.tables.find((x) => x.title === TITLES[role] && (role === 'summary' ? x.kind === 'fixed' : x.kind === 'coded'));
    if (!t) throw new ConsolidateError(`模板“${template.name}”没有“${TITLES[role]}”，无法汇总（内部往来要在这张表上抵销）`);
    return t;
  };
  return { summary: find('summary'), income: find('income'), spending: find('spending') };
}

function columnOf(template: Template, t: TableDef, label: string): number {
  const c = t.columns.find((x) => x.label === label);
  if (!c) throw new ConsolidateError(`模板“${template.name}”的${t.number}没有“${label}”栏，无法抵销内部往来`);
  return c.col;
}

/** The 收入支出决算总表 cell a side mirrors: its labelled income line, or the spending line of the code's 类. */
function summaryCell(template: Template, side: Side, code: string): { table: string; row: string; col: number } {
  const t = transferTables(template).summary;
  const spending = t.sides?.[1];
  const income = t.sides?.[0];
  if (!spending || !income) throw new ConsolidateError(`模板“${template.name}”的${t.number}不是收支两栏的格式，无法抵销内部往来`);
  const rows = t.rows ?? [];
  const found =
    side.line === 'class'
      ? rows.find((r) => r.code === code.slice(0, 3) && spending.rows.includes(r.row))
      : rows.find((r) => income.rows.includes(r.row) && r.label.endsWith(side.line));
  if (!found) {
    throw new ConsolidateError(side.line === 'class' ? `${t.number}没有功能分类 ${code.slice(0, 3)} 的支出行，无法抵销` : `${t.number}没有“${side.line}”行，无法抵销内部往来`);
  }
  return { table: t.id, row: found.row, col: side.line === 'class' ? spending.cols[0] : income.cols[0] };
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
function figures(units: UnitFigures[], table: string, side: Side, col: number): Figure[] {
  const out: Figure[] = [];
  for (const u of units) {
    if (u.role !== side.role) continue;
    const rows = u.filing.tables[table] ?? {};
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
function allocate(pair: PairKind, side: Side, table: string, col: number, fs: Figure[], amount: Decimal, template: Template): OffsetLine[] {
  const lines: OffsetLine[] = [];
  let left = amount;
  for (const f of fs) {
    if (left.lte(0)) break;
    // A negative figure (a correction) is not a transfer to offset.
    if (f.amount.lte(0)) continue;
    const take = Decimal.min(left, f.amount);
    left = left.minus(take);
    const neg = toStored(take.negated());
    lines.push({ pair, unit: f.unit, table, row: f.row, col, amount: neg });
    const mirror = summaryCell(template, side, f.row);
    lines.push({ pair, unit: f.unit, table: mirror.table, row: mirror.row, col: mirror.col, amount: neg });
  }
  return lines;
}

/** The offset lines and the pair checks of a consolidation. `outside` keeps the clerk's marks. */
export function deriveOffsets(units: UnitFigures[], template: Template, outside: ReadonlySet<PairKind>): { offsets: OffsetLine[]; pairs: Record<PairKind, PairCheck> } {
  const offsets: OffsetLine[] = [];
  const pairs = {} as Record<PairKind, PairCheck>;
  const tables = transferTables(template);
  for (const kind of Object.keys(PAIRS) as PairKind[]) {
    const { pay, receive } = PAIRS[kind];
    const payTable = tables[pay.table];
    const receiveTable = tables[receive.table];
    const payCol = columnOf(template, payTable, pay.column);
    const receiveCol = columnOf(template, receiveTable, receive.column);
    const payers = figures(units, payTable.id, pay, payCol);
    const receivers = figures(units, receiveTable.id, receive, receiveCol);
    const paid = total(payers);
    const received = total(receivers);
    const offset = Decimal.min(paid, received);
    offsets.push(
      ...allocate(kind, pay, payTable.id, payCol, payers, offset, template),
      ...allocate(kind, receive, receiveTable.id, receiveCol, receivers, offset, template),
    );
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

/** The cells a pair's finding points at: the paying column's 合计, the receiving column's 合计 and the receiving 收入支出决算总表 line. */
export function pairCells(template: Template, kind: PairKind): Array<{ table: string; row: string; col: number }> {
  const { pay, receive } = PAIRS[kind];
  const tables = transferTables(template);
  return [
    { table: tables[pay.table].id, row: '合计', col: columnOf(template, tables[pay.table], pay.column) },
    { table: tables[receive.table].id, row: '合计', col: columnOf(template, tables[receive.table], receive.column) },
    summaryCell(template, receive, ''),
  ];
}
