// Reading the consolidation record of a .jsgk file (untrusted input, like the rest of the file).
import type { Path } from './schema-check';
import { amount, bool, fail, int, list, obj, oneOf, str } from './schema-check';
import type { ConsolidatedUnit, Consolidation, OffsetLine, PairCheck } from '../types/consolidation';

const SHA256 = /^[0-9a-f]{64}$/;

function readUnit(v: unknown, path: Path): ConsolidatedUnit {
  const o = obj(v, path, ['path', 'sha256', 'name', 'role']);
  const sha256 = str(o.sha256, [...path, 'sha256'], 64);
  if (!SHA256.test(sha256)) fail([...path, 'sha256'], '64 位十六进制摘要', sha256);
  return { path: str(o.path, [...path, 'path'], 1000), sha256, name: str(o.name, [...path, 'name'], 200), role: oneOf(o.role, [...path, 'role'], ['本级', '下属'] as const) };
}

/** The id of a table an offset lies on: a template's table id (T01, SH02), never a key such as "constructor". */
function tableId(v: unknown, path: Path): string {
  const id = str(v, path, 8);
  if (!/^[A-Z]{1,4}\d{2}$/.test(id)) fail(path, '表号（如 T01、SH02）', id);
  return id;
}

function readOffset(v: unknown, path: Path): OffsetLine {
  const o = obj(v, path, ['pair', 'unit', 'table', 'row', 'col', 'amount']);
  return {
    pair: oneOf(o.pair, [...path, 'pair'], ['subsidy', 'remit'] as const),
    unit: str(o.unit, [...path, 'unit'], 200),
    table: tableId(o.table, [...path, 'table']),
    row: str(o.row, [...path, 'row'], 40),
    col: int(o.col, [...path, 'col'], 1, 999),
    amount: amount(o.amount, [...path, 'amount']),
  };
}

const unitAmount = (v: unknown, path: Path) => {
  const o = obj(v, path, ['unit', 'amount']);
  return { unit: str(o.unit, [...path, 'unit'], 200), amount: amount(o.amount, [...path, 'amount']) };
};

function readPair(v: unknown, path: Path): PairCheck {
  const o = obj(v, path, ['paid', 'received', 'offset', 'payers', 'receivers', 'outside']);
  return {
    paid: amount(o.paid, [...path, 'paid']),
    received: amount(o.received, [...path, 'received']),
    offset: amount(o.offset, [...path, 'offset']),
    payers: list(o.payers, [...path, 'payers'], unitAmount, 1000),
    receivers: list(o.receivers, [...path, 'receivers'], unitAmount, 1000),
    outside: bool(o.outside, [...path, 'outside']),
  };
}

export function readConsolidation(v: unknown, path: Path): Consolidation {
  const o = obj(v, path, ['units', 'offsets', 'pairs', 'at']);
  const p = obj(o.pairs, [...path, 'pairs'], ['subsidy', 'remit']);
  return {
    units: list(o.units, [...path, 'units'], readUnit, 1000),
    offsets: list(o.offsets, [...path, 'offsets'], readOffset, 100_000),
    pairs: { subsidy: readPair(p.subsidy, [...path, 'pairs', 'subsidy']), remit: readPair(p.remit, [...path, 'pairs', 'remit']) },
    at: str(o.at, [...path, 'at'], 40),
  };
}
