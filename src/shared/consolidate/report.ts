// What a reviewer sees of a 汇总: every figure the offsets touched as 单位合计 | 调整 | 汇总, the pair
// checks, which unit files changed since the last consolidation, and where a cell's figure comes from.
import Decimal from 'decimal.js';
import type { Filing, TableValues } from '../types/filing';
import type { CellRef, Template } from '../types/template';
import { cellOf, computeFiling } from '../filing/compute';
import { cellWords } from '../table/cell-name';
import { ZERO, formatAmount, toStored } from '../money/money';
import type { Consolidation, PairKind } from './types';
import { PAIR_KINDS } from './types';
import { PAIR_LABELS, transferTables } from './offsets';

export interface AdjustmentRow {
  cell: CellRef;
  label: string;
  unitSum: Decimal;
  adjustment: Decimal;
  total: Decimal;
}

/** The consolidated filing with its 调整 lines taken back out: the plain sum of the units. */
export function withoutOffsets(filing: Filing): Filing {
  const tables: Record<string, TableValues> = {};
  for (const [t, rows] of Object.entries(filing.tables)) {
    tables[t] = {};
    for (const [r, cols] of Object.entries(rows)) tables[t][r] = { ...cols };
  }
  for (const o of filing.consolidation?.offsets ?? []) {
    const row = ((tables[o.table] ??= {})[o.row] ??= {});
    const have = row[String(o.col)];
    row[String(o.col)] = toStored((have === undefined ? ZERO : new Decimal(have)).minus(new Decimal(o.amount)));
  }
  return { ...filing, tables };
}

/** Every cell (entered or computed) whose 汇总 figure differs from the units' sum, in table order. */
export function adjustmentRows(filing: Filing, template: Template): AdjustmentRow[] {
  if (!filing.consolidation?.offsets.length) return [];
  const after = computeFiling(filing, template);
  const before = computeFiling(withoutOffsets(filing), template);
  const keys = new Set([...before.values.keys(), ...after.values.keys()]);
  const order = new Map(template.tables.map((t, i) => [t.id, i]));
  const rows: AdjustmentRow[] = [];
  for (const key of keys) {
    // Values are held in fen; compare them there, name them in Decimal 元.
    if ((before.values.get(key) ?? 0n) === (after.values.get(key) ?? 0n)) continue;
    const cell = cellOf(key);
    const unitSum = before.value(cell);
    const total = after.value(cell);
    rows.push({ cell, label: cellWords(template, cell), unitSum, adjustment: total.minus(unitSum), total });
  }
  const rowRank = (r: string) => (r === '合计' ? '' : /^\d+$/.test(r) && r.length < 3 ? r.padStart(3, '0') : r);
  return rows.sort((a, b) => (order.get(a.cell.table) ?? 99) - (order.get(b.cell.table) ?? 99) || rowRank(a.cell.row).localeCompare(rowRank(b.cell.row)) || a.cell.col - b.cell.col);
}

export interface UnitChange {
  name: string;
  path: string;
  state: 'unchanged' | 'changed' | 'missing';
}

/** Compares the recorded hashes with the unit files as they are now (null: the file cannot be read). */
export function unitChanges(c: Consolidation, current: ReadonlyMap<string, string | null>): UnitChange[] {
  return c.units.map((u) => {
    const now = current.get(u.path);
    return { name: u.name, path: u.path, state: now == null ? 'missing' : now === u.sha256 ? 'unchanged' : 'changed' };
  });
}

export interface Contribution {
  unit: string;
  value: Decimal;
}

/**
 * Where a cell's 汇总 figure comes from: each unit's own figure for that cell (non-zero only) and the
 * 调整. The units are the filings the consolidation was built from, in its order.
 */
export function traceCell(cell: CellRef, units: Array<{ name: string; filing: Filing }>, consolidated: Filing, template: Template): { contributions: Contribution[]; adjustment: Decimal } {
  const contributions: Contribution[] = [];
  for (const u of units) {
    const v = computeFiling(u.filing, template).value(cell);
    if (!v.isZero()) contributions.push({ unit: u.name, value: v });
  }
  const total = computeFiling(consolidated, template).value(cell);
  const unitSum = computeFiling(withoutOffsets(consolidated), template).value(cell);
  return { contributions, adjustment: total.minus(unitSum) };
}

const STATE_WORDS: Record<UnitChange['state'], string> = { unchanged: '未变', changed: '已修改', missing: '无法读取' };

export function formatUnitChanges(changes: UnitChange[]): string[] {
  return changes.map((c) => `  ${c.name}（${c.path}）：${STATE_WORDS[c.state]}`);
}

function pairLines(kind: PairKind, c: Consolidation, unit: '元' | '万元'): string[] {
  const p = c.pairs[kind];
  const labels = PAIR_LABELS[kind];
  const fmt = (s: string) => formatAmount(new Decimal(s), unit);
  const diff = new Decimal(p.paid).minus(new Decimal(p.received));
  const state = diff.isZero() ? '相互抵销，已平' : `差 ${formatAmount(diff.abs(), unit)}（${p.outside ? '已标明对方在部门外：提示' : '双方都在部门内：强制错误'}）`;
  return [`  ${labels.pay} ${fmt(p.paid)}，${labels.receive} ${fmt(p.received)}，抵销 ${fmt(p.offset)}：${state}`];
}

/** The text report of a consolidation: units, pairs, and the 单位合计 | 调整 | 汇总 table. */
export function formatConsolidationReport(filing: Filing, template: Template): string {
  const c = filing.consolidation;
  if (!c) return '此文件不是汇总文件。';
  const unit = filing.meta.unit;
  const lines = [`${filing.meta.department} ${filing.meta.year}年度 汇总（${c.units.length} 个单位）`];
  for (const u of c.units) lines.push(`  ${u.role === '本级' ? '本级' : '所属'}：${u.name}（${u.path}）`);
  lines.push('内部往来抵销：');
  for (const k of PAIR_KINDS) lines.push(...pairLines(k, c, unit));
  // 类 and 款 subtotals repeat their 项: the text shows the 项 lines and the totals.
  const summary = transferTables(template).summary.id;
  const rows = adjustmentRows(filing, template).filter((r) => !/^\d{3}$|^\d{5}$/.test(r.cell.row) || r.cell.table === summary);
  if (rows.length) {
    lines.push(`调整（金额单位：${unit}）：`, `  ${'单元格'.padEnd(28)}${'单位合计'.padStart(18)}${'调整'.padStart(18)}${'汇总'.padStart(18)}`);
    for (const r of rows) lines.push(`  ${r.label.padEnd(28)}${formatAmount(r.unitSum, unit).padStart(18)}${formatAmount(r.adjustment, unit).padStart(18)}${formatAmount(r.total, unit).padStart(18)}`);
  } else lines.push('没有需要抵销的内部往来。');
  return lines.join('\n');
}
