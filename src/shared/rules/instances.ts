// Rules instantiated against one filing's structure: instance terms resolved (the instance's row, its
// line in a fixed table), forEach expanded, cells listed, and what each instance reads. Rebuilt with
// the model. Side labels are worded only when a finding's message is read.
import type { TableDef } from '../types/template';
import type { Filing } from '../types/filing';
import type { Finding, InstanceNames, LinearRule, RoutineRule, RuleSide, RuleTerm, Severity } from './types';
import type { ComputedCell, FilingModel } from '../filing/compute';
import { statedFen } from '../filing/compute';
import { type CellKey, type CellRef, cellKey, cellOf, keyOf } from '../types/cell-ref';
import { isCount } from '../table/model';
import { levelOfCode } from '../table/hierarchy';
import { getCatalog, nameOf } from '../catalog/index';
import { isStoredAmount } from '../money/money';
import { addendLabel, cellLabel, joinAddends } from './labels';

export type InstanceTerm =
  /** id: the cell's id in the model (-1: no such cell, blank). */
  | { kind: 'cell'; key: CellKey; id: number; sign: 1 | -1 }
  | { kind: 'lastYear'; name: string; sign: 1 | -1 }
  | { kind: 'stated'; key: CellKey; sign: 1 | -1 };

/** A side of an instance: its terms, and its label, worded only when a finding's message is read. */
export class SideInstance {
  private worded: string | undefined;
  constructor(
    readonly terms: InstanceTerm[],
    private readonly text: string | ((i: InstanceNames) => string) | (() => string),
    private readonly names?: InstanceNames,
  ) {}

  label(): string {
    if (typeof this.text === 'string') return this.text;
    this.worded ??= this.names ? (this.text as (i: InstanceNames) => string)(this.names) : (this.text as () => string)();
    return this.worded;
  }
}

/** The names a per-instance label may use (no closure per instance: cheap to make by the thousand). */
class Names implements InstanceNames {
  constructor(
    readonly code: string,
    readonly name: string,
    private readonly lineFor: (table: string, code: string) => string | null,
  ) {}

  line(table: string): string {
    return this.lineFor(table, this.code) ?? '';
  }
}

export interface CheckInstance {
  kind: 'check';
  ordinal: number;
  key: string;
  rule: string;
  severity: Severity;
  op: 'eq' | 'le';
  left: SideInstance;
  right: SideInstance;
  cells: CellRef[];
  reads: CellKey[];
  /** Counts (车辆数, 台套) print without decimals or unit. */
  count: boolean;
}

export interface CycleInstance {
  kind: 'cycle';
  ordinal: number;
  key: string;
  finding: Finding;
}

export interface RoutineInstance {
  kind: 'routine';
  ordinal: number;
  rule: RoutineRule;
}

export type Instance = CheckInstance | CycleInstance | RoutineInstance;

/** The keys of a check instance's cells (its findings share the array), made once with the instance. */
const CELL_KEYS = new WeakMap<readonly CellRef[], CellKey[]>();

/** The keys of a finding's cells: an instance's, as made with it; any other finding's, made now. */
export function cellKeysOf(cells: readonly CellRef[]): CellKey[] {
  return CELL_KEYS.get(cells) ?? cells.map(keyOf);
}

function withKeys(cells: CellRef[], keys: CellKey[] = cells.map(keyOf)): CellRef[] {
  CELL_KEYS.set(cells, keys);
  return cells;
}

export const STATED_RULE = 'STATED';
export const CYCLE_RULE = 'CYCLE';

/** Instances by model and what else they read of a filing: the last few seen (a batch, a reset). */
const BUILT = new WeakMap<FilingModel, Array<{ signature: string; instances: Instance[] }>>();
const BUILT_KEPT = 4;

/**
 * What instances read of a filing besides its structure: which stated figures it holds, which of
 * last year's figures (a rule requiring them), and its own codes (names in labels).
 */
function signatureOf(filing: Filing): string {
  let s = '';
  for (const table in filing.stated ?? {}) {
    const rows = filing.stated[table];
    for (const row in rows) for (const col in rows[row]) if (statedFen(filing, table, row, Number(col)) !== null) s += `${table}|${row}|${col};`;
  }
  s += '#';
  const ly = filing.narrative?.lastYear ?? {};
  for (const k in ly) if (isStoredAmount(ly[k])) s += `${k};`;
  return `${s}#${JSON.stringify(filing.customCodes ?? [])}`;
}

/**
 * The instances of a filing's rules. Read-only once built (findings are the engine's own copies), so
 * a filing of the same structure, stated figures, last-year figures and codes shares them.
 */
export function buildInstances(model: FilingModel, filing: Filing): Instance[] {
  const signature = signatureOf(filing);
  let kept = BUILT.get(model);
  if (!kept) BUILT.set(model, (kept = []));
  const hit = kept.find((x) => x.signature === signature);
  if (hit) return hit.instances;
  const instances = newInstances(model, filing);
  kept.unshift({ signature, instances });
  if (kept.length > BUILT_KEPT) kept.pop();
  return instances;
}

function newInstances(model: FilingModel, filing: Filing): Instance[] {
  const out: Instance[] = [];
  const ctx = new InstanceContext(model, filing);
  for (const cycle of model.cycles) out.push(cycleInstance(model, cycle, out.length));
  for (const c of statedCells(model, filing)) {
    const cell = cellOf(c.key);
    const addends = c.terms.map((t) => cellOf(t.key));
    out.push({
      kind: 'check',
      ordinal: out.length,
      key: `${STATED_RULE}.${cell.table}.${cell.row}.${cell.col}`,
      rule: STATED_RULE,
      severity: 'error',
      op: 'eq',
      left: new SideInstance([{ kind: 'stated', key: c.key, sign: 1 }], () => `${cellLabel(model, cell)} 填报数`),
      // Its parts as printed (a part's own stated figure where it has one): a slip is found once, where
      // the printed parts do not add up, not again at every total above it.
      right: new SideInstance(
        c.terms.map((t, i) => ({ kind: 'cell' as const, key: t.key, id: c.termIds[i], sign: t.sign })),
        () => `${joinAddends(addends.map((a) => addendLabel(model, cell, a)), c.terms.map((t) => t.sign))} 之和`,
      ),
      cells: withKeys([cell, ...addends], [c.key, ...c.terms.map((t) => t.key)]),
      reads: [c.key, ...c.terms.map((t) => t.key)],
      count: ctx.isCount(cell),
    });
  }
  for (const rule of model.template.rules) {
    if (rule.kind === 'routine') out.push({ kind: 'routine', ordinal: out.length, rule });
    else {
      for (const inst of ctx.expand(rule)) {
        inst.ordinal = out.length;
        out.push(inst);
      }
    }
  }
  return out;
}

/** Computed cells that hold a stated (imported) figure, in model order. Usually none. */
function statedCells(model: FilingModel, filing: Filing): ComputedCell[] {
  const keys = new Set<CellKey>();
  for (const [table, rows] of Object.entries(filing.stated ?? {})) {
    for (const [row, cols] of Object.entries(rows)) {
      for (const col of Object.keys(cols)) {
        if (statedFen(filing, table, row, Number(col)) !== null) keys.add(cellKey(table, row, Number(col)));
      }
    }
  }
  if (keys.size === 0) return [];
  return [...model.computed.values()].filter((c) => keys.has(c.key));
}

function cycleInstance(model: FilingModel, cycle: CellKey[], ordinal: number): CycleInstance {
  const cells = withKeys(cycle.map(cellOf), cycle);
  const path = [...cells, cells[0]].map((c) => cellLabel(model, c)).join(' → ');
  const key = `${CYCLE_RULE}.${cells[0].table}.${cells[0].row}.${cells[0].col}`;
  return {
    kind: 'cycle',
    ordinal,
    key,
    finding: {
      rule: CYCLE_RULE,
      severity: 'error',
      key,
      cells,
      field: undefined,
      message: `报表模板的计算公式循环引用：${path}。这些单元格无法计算，请联系模板维护人员修正模板。`,
    },
  };
}

const LINES = new WeakMap<TableDef, Map<string, string>>();

/** The 行次 of a fixed table's line for a classification code (公开01表 行37 for 206). */
function lineOfCode(t: TableDef): Map<string, string> {
  let m = LINES.get(t);
  if (!m) {
    m = new Map();
    for (const r of t.rows ?? []) if (r.code && !m.has(r.code)) m.set(r.code, r.row);
    LINES.set(t, m);
  }
  return m;
}

interface Instantiation {
  suffix: string;
  code: string;
  name: string;
}

class InstanceContext {
  private classes: Array<{ code: string; name: string }> | null = null;

  constructor(
    private readonly model: FilingModel,
    private readonly filing: Filing,
  ) {}

  isCount(cell: CellRef): boolean {
    const m = this.model.models.get(cell.table);
    const line = m?.line(cell.row);
    return !!m && !!line && isCount(m, line, cell.col);
  }

  expand(rule: LinearRule): CheckInstance[] {
    const out: CheckInstance[] = [];
    for (const inst of this.instantiations(rule)) {
      const built = this.instance(rule, inst);
      if (built) out.push(built);
    }
    return out;
  }

  private instantiations(rule: LinearRule): Instantiation[] {
    const fe = rule.forEach;
    if (!fe) return [{ suffix: '', code: '', name: '' }];
    if (fe.over === 'classes') return this.classList().map((c) => ({ suffix: `.class:${c.code}`, ...c }));
    const t = this.table(fe.table, rule.id);
    const levels = fe.levels;
    const out: Instantiation[] = [];
    const m = this.model.models.get(t.id)!;
    for (const l of m.lines) {
      if (l.level === 'blank') continue;
      const level = m.coded ? l.level : l.def?.code ? levelOfCode(l.def.code, t.catalog ?? 'function') : null;
      if (levels && (level === null || level === 'total' || level === 'fixed' || !levels.includes(level))) continue;
      out.push({ suffix: `.row:${l.row}`, code: l.row, name: m.coded ? (l.level === 'total' ? '合计' : this.codeName(t, l.row)) : l.label });
    }
    return out;
  }

  /** The 26 功能分类 类: the lines of 公开01表's spending side (whichever fixed table lists them first). */
  private classList(): Array<{ code: string; name: string }> {
    if (this.classes) return this.classes;
    const list: Array<{ code: string; name: string }> = [];
    for (const t of this.model.template.tables) {
      if (t.kind !== 'fixed' || t.catalog) continue;
      for (const r of t.rows ?? []) {
        if (r.code && r.code.length === 3) list.push({ code: r.code, name: r.label.replace(/^[一二三四五六七八九十]+、/, '') });
      }
      if (list.length > 0) break;
    }
    this.classes = list;
    return list;
  }

  private codeName(t: TableDef, code: string): string {
    try {
      return nameOf(getCatalog(t.catalog ?? 'function', this.model.template.year), code, this.filing.customCodes) ?? code;
    } catch {
      return code;
    }
  }

  private table(id: string, ruleId: string): TableDef {
    const t = this.model.tables.get(id);
    if (!t) throw new Error(`审核规则 ${ruleId} 引用了模板中不存在的表 ${id}`);
    return t;
  }

  /** The 行次 of fixed table `table`'s line for a code, or null. */
  private readonly lineOfCode = (table: string, code: string): string | null => {
    const t = this.model.tables.get(table);
    return t ? (lineOfCode(t).get(code) ?? null) : null;
  };

  private lineFor(table: string, inst: Instantiation): string | null {
    return this.lineOfCode(table, inst.code);
  }

  private side(rule: LinearRule, side: RuleSide, inst: Instantiation): SideInstance | null {
    const terms: InstanceTerm[] = [];
    for (const term of side.terms) {
      const t = this.term(rule, term, inst);
      if (!t) return null;
      terms.push(t);
    }
    const { label } = side;
    if (typeof label === 'string') return new SideInstance(terms, label);
    return new SideInstance(terms, label, new Names(inst.code, inst.name, this.lineOfCode));
  }

  private term(rule: LinearRule, term: RuleTerm, inst: Instantiation): InstanceTerm | null {
    const sign = term.sign ?? 1;
    if (term.kind === 'lastYear') return { kind: 'lastYear', name: term.key, sign };
    const table = term.table ?? (rule.forEach?.over === 'rows' ? rule.forEach.table : undefined);
    if (!table) throw new Error(`审核规则 ${rule.id} 的一项没有指明表`);
    this.table(table, rule.id);
    const row = term.kind === 'cell' ? term.row : term.kind === 'instanceRow' ? inst.code : this.lineFor(table, inst);
    if (row === null) return null;
    const key = cellKey(table, row, term.col);
    return { kind: 'cell', key, id: this.model.ids.get(key) ?? -1, sign };
  }

  private instance(rule: LinearRule, inst: Instantiation): CheckInstance | null {
    const left = this.side(rule, rule.left, inst);
    const right = this.side(rule, rule.right, inst);
    if (!left || !right) return null;
    const all = [...left.terms, ...right.terms];
    if (rule.requires === 'lastYear') {
      const ly = this.filing.narrative?.lastYear ?? {};
      for (const t of all) if (t.kind === 'lastYear' && !isStoredAmount(ly[t.name])) return null;
    }
    const reads: CellKey[] = [];
    for (const t of all) if (t.kind === 'cell') reads.push(t.key);
    const cells = withKeys(reads.map(cellOf), reads);
    return {
      kind: 'check',
      ordinal: -1,
      key: rule.id + inst.suffix,
      rule: rule.id,
      severity: rule.severity,
      op: rule.op,
      left,
      right,
      cells,
      reads,
      count: cells.length > 0 && cells.every((c) => this.isCount(c)),
    };
  }
}
