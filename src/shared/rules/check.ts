// Evaluates one rule instance against cell values: both sides summed (a computed cell by its printed
// figure when the import had one), compared exactly (to the fen), or within the 尾差 tolerance of
// rounding.ts when the figures came from a 万元 source.
import type { Filing } from '../types/filing';
import type { CellFinding, Severity } from './types';
import type { CellValues, FilingModel } from '../filing/compute';
import { hasKeys, statedFen } from '../filing/compute';
import { type CellRef, cellOf } from '../types/cell-ref';
import { type MoneyUnit, decimalToFen, fenOf, fenToDecimal, formatAmount, formatForEdit, isStoredAmount, withThousands } from '../money/money';
import type { CheckInstance, SideInstance } from './instances';
import { type Tolerance, printedOrComputed, roundingTolerance } from './rounding';

/** A side's sum in 分, or null when a stated figure it compares has been dropped. */
function sideValue(side: SideInstance, values: CellValues, filing: Filing, printed: boolean): bigint | null {
  let v = 0n;
  for (const t of side.terms) {
    let x: bigint | null | undefined;
    if (t.kind === 'cell') {
      const fast = t.id >= 0 ? values.fen[t.id] : undefined;
      // A rule compares what was printed: a computed cell by its imported figure when it has one.
      x = printed ? (printedOrComputed(t.key, values, filing) ?? fast) : fast;
    }
    else if (t.kind === 'stated') {
      const c = cellOf(t.key);
      x = statedFen(filing, c.table, c.row, c.col);
      // A stated figure that was dropped by an edit leaves nothing to compare.
      if (x === null) return null;
    } else {
      const s = filing.narrative?.lastYear?.[t.name];
      x = isStoredAmount(s) ? fenOf(s) : null;
    }
    if (x !== null && x !== undefined) v = t.sign === 1 ? v + x : v - x;
  }
  return v;
}

/**
 * What a failing check found, short of its words: two findings of one instance with the same basis say
 * the same thing, so an edit that leaves it unchanged reports no update and words nothing.
 */
export interface Basis {
  inst: CheckInstance;
  left: bigint;
  right: bigint;
  gap: bigint;
  unit: MoneyUnit;
  rounding: boolean;
  tolerance: Tolerance;
  worded?: string;
}

export function basisOf(f: object): Basis | undefined {
  return CheckFinding.basisOf(f);
}

export function sameBasis(a: Basis, b: Basis): boolean {
  return a.left === b.left && a.right === b.right && a.unit === b.unit && a.rounding === b.rounding && (!a.rounding || a.tolerance.amount.eq(b.tolerance.amount));
}

/** 万元 to as many decimals as the fen need, at least two: 0.881234, never a 0.88 that hides 12.34元. */
function exactWan(fen: bigint): string {
  return withThousands(formatForEdit(fenToDecimal(fen), '万元'));
}

/** A failing check's message, worded from its basis. */
function wordCheck(b: Basis): string {
  const { inst, unit, tolerance: tol } = b;
  // 元 figures shown in 万元 (a 元 workbook, data entered in 元) that two decimals would round: all three
  // figures in full, so that "754.75 ≠ 754.75，差 0.00" cannot be said of a real gap.
  const fine = unit === '万元' && !inst.count && [b.left, b.right, b.gap].some((f) => f % 10000n !== 0n);
  const fmt = (fen: bigint) => (inst.count ? fenToDecimal(fen).toFixed(0) : fine ? exactWan(fen) : formatAmount(fenToDecimal(fen), unit));
  const body =
    inst.op === 'eq'
      ? `${inst.left.label()} ${fmt(b.left)} ≠ ${inst.right.label()} ${fmt(b.right)}，差 ${fmt(b.gap)}`
      : `${inst.left.label()} ${fmt(b.left)} 应不大于 ${inst.right.label()} ${fmt(b.right)}，超出 ${fmt(b.gap)}`;
  const unitNote = unit === '万元' && !inst.count ? '（单位：万元）' : '';
  if (b.rounding) return `尾差：${body}${unitNote}。${tol.figures - 1} 个分项各自取整到 0.01万元，之和与合计最多相差 ${tol.figures - 1}×0.005万元（${formatAmount(tol.amount, unit)}），差额在此范围之内，可说明后保留。`;
  return body + unitNote;
}

/**
 * A failing check's finding. Its message is an own enumerable getter, as on any finding (JSON, a
 * structured clone and a spread carry it), worded the first time it is read; one shared getter for
 * every finding, for an object literal with its own getter costs a new hidden class per finding
 * (microseconds on every edit). The basis is a private field: no copy or comparison of findings sees it.
 */
class CheckFinding implements CellFinding {
  rule: string;
  key: string;
  cells: CellRef[];
  severity: Severity;
  declare readonly message: string;
  declare rounding?: boolean;
  declare explanation?: string;
  readonly #basis: Basis;

  private static readonly MESSAGE: PropertyDescriptor = {
    get(this: CheckFinding): string {
      const b = this.#basis;
      return (b.worded ??= wordCheck(b));
    },
    enumerable: true,
    configurable: true,
  };

  constructor(basis: Basis, severity: Severity) {
    this.rule = basis.inst.rule;
    this.key = basis.inst.key;
    this.cells = basis.inst.cells;
    this.severity = severity;
    Object.defineProperty(this, 'message', CheckFinding.MESSAGE);
    this.#basis = basis;
    if (basis.rounding) this.rounding = true;
  }

  static basisOf(f: object): Basis | undefined {
    return #basis in f ? (f as CheckFinding).#basis : undefined;
  }
}

/** A failing check's two sides and their gap as decimal strings (元 with two decimals: "1234.50"; counts whole); undefined for other findings. */
export function findingFigures(f: object): { left: string; right: string; difference: string } | undefined {
  const b = CheckFinding.basisOf(f);
  if (!b) return undefined;
  const text = (fen: bigint) => fenToDecimal(fen).toFixed(b.inst.count ? 0 : 2);
  return { left: text(b.left), right: text(b.right), difference: text(b.left - b.right) };
}

/** A failing check, or null. The message is worded the first time it is read, not on every edit. */
export function evaluateCheck(inst: CheckInstance, model: FilingModel, values: CellValues, filing: Filing): CellFinding | null {
  // Every rule compares what was printed (only a filing with stated figures has anything printed to
  // prefer); the stated-vs-computed check too: a printed total against its printed parts.
  const printed = hasKeys(filing.stated);
  const lf = sideValue(inst.left, values, filing, printed);
  const rf = sideValue(inst.right, values, filing, printed);
  if (lf === null || rf === null) return null;
  const diff = lf - rf;
  if (inst.op === 'eq' ? diff === 0n : diff <= 0n) return null;
  const gap = diff < 0n ? -diff : diff;
  // Only a failing check of 万元 data counts its figures.
  const tolerance = roundingTolerance(inst, model, values, filing);
  const rounding = !tolerance.amount.isZero() && gap <= decimalToFen(tolerance.amount);
  const basis: Basis = { inst, left: lf, right: rf, gap, unit: filing.meta.unit, rounding, tolerance, worded: undefined };
  return new CheckFinding(basis, rounding ? 'warning' : inst.severity);
}
