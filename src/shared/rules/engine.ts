// The rule engine (审核), and the document it checks: one object holds the filing, every cell's value
// and the findings. The UI's store wraps it (path, dirty flag, undo/redo); hosts use it for one check.
//
//   evaluateAll(filing, template?) → Finding[]     every finding, in a stable order (template cycles,
//                                                  stated-vs-computed, the template's rules, routines)
//   const engine = createEngine(filing, template?, routines?)
//   engine.filing / engine.findings / engine.counts
//   engine.unchecked                               rules not evaluated (未核对): they read a table the
//                                                  filing lacks (filing.absent; rules/presence.ts)
//   checkAll(filing, template?) → { findings, unchecked }
//   engine.value(cell) → Decimal                   any cell, entered or computed, in 元 (blank = 0)
//   engine.kind(cell)                              'entered' | 'computed' | 'none'
//   engine.rows(table) → string[]                  rows in print order (coded: 合计, 类, 款, 项 by code)
//   engine.tableModels                             table → its model for the filing's rows (new when rows change)
//   engine.apply(edits) → EngineUpdate             applies a batch of Edits (filing/edits.ts); moves the
//                                                  sums downstream by the change, re-runs only the rules
//                                                  reading changed cells and diffs only their findings.
//                                                  Throws EditError (Chinese message) when an edit is
//                                                  refused; on any exception the engine is unchanged.
//   engine.reset(filing) → EngineUpdate            for changes made outside Edits (opened file, forms,
//                                                  narrative): full re-evaluation, diffed like apply.
//
// The engine owns the filing it holds: a table is copied once, on its first edit, and then edited in
// place, so an edit costs the same at any size. A filing read from engine.filing stays valid as the
// current document; keep a serialized copy for an older state (undo works by inverse edits).
// Routines are given at creation (default: the self-evaluation and narrative routines); a template
// rule naming a routine the engine was not given is refused when the engine is created.
// Finding keys are stable: rule id + instance ('X.T03-T01.class:201', 'STATED.T02.合计.1'); the
// clerk's 出错说明 is filing.explanations[key] and comes back as finding.explanation.
import type Decimal from 'decimal.js';
import type { Template } from '../types/template';
import type { TableModel } from '../table/model';
import type { Edit, Filing } from '../types/filing';
import type { Finding, Unchecked } from './types';
import type { RoutineContext, Routines } from './routines';
import { splitByPresence } from './presence';
import { type CellValues, type FilingModel, buildModel, cellKind, computeValues, enteredFen, propagateIds, rowsOf, valueOf } from '../filing/compute';
import { type CellKey, type CellRef, keyOf } from '../types/cell-ref';
import { type EditResult, applyEdits } from '../filing/edits';
import { getTemplate } from '../templates/registry';
import { type Instance, type RoutineInstance, buildInstances } from './instances';
import { evaluateCheck } from './check';
import { type Diff, type EngineUpdate, Update, readerIdsOf, readersOf, readsAny, sameFinding, sortSmall } from './edit-path';
import { checkRoutines } from './routines';
import { STANDARD_ROUTINES } from './standard';

export { EditError } from '../filing/edits';

export interface FindingCounts {
  errors: number;
  warnings: number;
  /** Warnings with a written 出错说明. */
  explained: number;
}

export type { EngineUpdate } from './edit-path';

export interface Engine {
  readonly filing: Filing;
  readonly template: Template;
  readonly findings: Finding[];
  readonly counts: FindingCounts;
  readonly unchecked: Unchecked[];
  value(cell: CellRef): Decimal;
  kind(cell: CellRef): 'entered' | 'computed' | 'none';
  rows(table: string): string[];
  /** The table model of every table for the filing's rows: a new map exactly when rows change. */
  readonly tableModels: ReadonlyMap<string, TableModel>;
  apply(edits: Edit[]): EngineUpdate;
  reset(filing: Filing): EngineUpdate;
}

export function evaluateAll(filing: Filing, template?: Template, routines: Routines = STANDARD_ROUTINES): Finding[] {
  return createEngine(filing, template, routines).findings;
}

export function checkAll(filing: Filing, template?: Template, routines: Routines = STANDARD_ROUTINES): { findings: Finding[]; unchecked: Unchecked[] } {
  const e = createEngine(filing, template, routines);
  return { findings: e.findings, unchecked: e.unchecked };
}

export function createEngine(filing: Filing, template?: Template, routines: Routines = STANDARD_ROUTINES): Engine {
  return new RuleEngine(filing, template ?? getTemplate(filing.template), routines);
}

class RuleEngine implements Engine {
  filing: Filing;
  private model!: FilingModel;
  private values!: CellValues;
  private instances!: Instance[];
  unchecked: Unchecked[] = [];
  private routineInstances!: RoutineInstance[];
  /** Cell → ordinals of the rule instances that read it. */
  private readers!: ReadonlyMap<CellKey, number[]>;
  /** The same by cell id in the model (the edit path). */
  private readerIds!: ReadonlyArray<number[] | undefined>;
  /** Findings of each instance, by ordinal (absent: the rule holds). */
  private results = new Map<number, Finding[]>();
  /** Cells each routine read on its last run (dynamic dependencies, as a spreadsheet tracks them). */
  private routineReads = new Map<number, Set<CellKey>>();
  /** Tables (and stated tables, 'stated|T') this engine has copied and may edit in place. */
  private owned = new Set<string>();
  private cached: Finding[] | null = null;
  private cachedCounts: FindingCounts | null = null;

  constructor(
    filing: Filing,
    readonly template: Template,
    private readonly routines: Routines,
  ) {
    checkRoutines(template, routines);
    this.filing = filing;
    this.rebuild(true);
  }

  get findings(): Finding[] {
    if (!this.cached) {
      const ordinals = [...this.results.keys()].sort((a, b) => a - b);
      this.cached = ordinals.flatMap((o) => this.results.get(o)!);
    }
    return this.cached;
  }

  get counts(): FindingCounts {
    if (!this.cachedCounts) {
      const c: FindingCounts = { errors: 0, warnings: 0, explained: 0 };
      for (const f of this.findings) {
        if (f.severity === 'error') c.errors++;
        else {
          c.warnings++;
          if (f.explanation) c.explained++;
        }
      }
      this.cachedCounts = c;
    }
    return this.cachedCounts;
  }

  value(cell: CellRef): Decimal {
    return valueOf(this.values, cell);
  }

  kind(cell: CellRef): 'entered' | 'computed' | 'none' {
    return cellKind(this.model, cell);
  }

  rows(table: string): string[] {
    return rowsOf(this.model, table);
  }

  get tableModels(): ReadonlyMap<string, TableModel> {
    return this.model.models;
  }

  apply(edits: Edit[]): EngineUpdate {
    // A refused edit throws here, with every write of the batch already undone.
    const r = applyEdits(this.filing, edits, { template: this.template, model: this.model, owned: this.owned });
    try {
      return this.absorb(r);
    } catch (e) {
      // Never one edit apart: put the filing back and recompute everything from it.
      this.filing = applyEdits(r.filing, r.inverse, { template: this.template, owned: this.owned }).filing;
      this.rebuild(true);
      throw e;
    }
  }

  reset(filing: Filing): EngineUpdate {
    const before = this.findings;
    const valuesBefore = this.values;
    this.filing = filing;
    // The caller's tables are the caller's: copy before editing them in place.
    this.owned = new Set();
    this.rebuild(true);
    return this.fullUpdate(before, valuesBefore, [], [], true);
  }

  private absorb(r: EditResult): EngineUpdate {
    this.filing = r.filing;
    const statedNew = r.statedChanged.some((c) => this.filing.stated[c.table]?.[c.row]?.[String(c.col)] !== undefined);
    if (r.structural || r.metaChanged || statedNew) {
      const before = this.findings;
      const valuesBefore = this.values;
      this.rebuild(r.structural);
      return this.fullUpdate(before, valuesBefore, r.changedKeys, r.inverse, r.structural || r.metaChanged);
    }
    // By cell id from here on: one lookup of the edited cell, none per cell it moves.
    const model = this.model;
    const fen = this.values.fen;
    const moved = new Set<number>();
    const outside: CellKey[] = [];
    for (let i = 0; i < r.changed.length; i++) {
      const cell = r.changed[i];
      const key = r.changedKeys[i];
      // By the table's own row index (a few thousand rows at 100×), not the map of every cell.
      const entered = model.enteredIds.get(cell.table)?.get(cell.row)?.[cell.col];
      const id = entered !== undefined && entered >= 0 ? entered : model.ids.get(key);
      // Not a cell of the model (an edit is checked against it, so never): it feeds nothing.
      if (id === undefined) {
        outside.push(key);
        continue;
      }
      const old = fen[id];
      const v = enteredFen(this.filing, cell.table, cell.row, cell.col) ?? 0n;
      fen[id] = v;
      moved.add(id);
      propagateIds(model, fen, id, v - old, moved);
    }
    const changed: CellKey[] = [];
    for (const id of moved) changed.push(model.keys[id]);
    for (const key of outside) if (!changed.includes(key)) changed.push(key);
    const touched: number[] = [];
    const readerIds = this.readerIds;
    for (const id of moved) {
      const list = readerIds[id];
      if (list) for (const o of list) touched.push(o);
    }
    const readers = this.readers;
    for (const key of outside) {
      const list = readers.get(key);
      if (list) for (const o of list) touched.push(o);
    }
    for (const c of r.statedChanged) {
      const list = readers.get(keyOf(c));
      if (list) for (const o of list) touched.push(o);
    }
    for (const inst of this.routineInstances) {
      const reads = this.routineReads.get(inst.ordinal);
      if (!reads || (reads.size > 0 && readsAny(reads, changed))) touched.push(inst.ordinal);
    }
    const diff: Diff = { added: [], removed: [], updated: [] };
    // In rule order, so that the lists of an update read as the findings do; each instance once.
    sortSmall(touched);
    for (let i = 0; i < touched.length; i++) if (i === 0 || touched[i] !== touched[i - 1]) this.reevaluate(touched[i], diff);
    if (r.explanationsChanged.length > 0) this.reexplain(new Set(r.explanationsChanged), diff);
    if (diff.added.length || diff.removed.length || diff.updated.length) {
      this.cached = null;
      this.cachedCounts = null;
    }
    return this.update(r.inverse, changed, diff, false);
  }

  private rebuild(structure: boolean): void {
    if (structure || !this.model) this.model = buildModel(this.filing, this.template);
    this.values = computeValues(this.model, this.filing);
    const split = splitByPresence(buildInstances(this.model, this.filing), this.template, this.filing);
    this.instances = split.instances;
    this.unchecked = split.unchecked;
    this.routineInstances = this.instances.filter((i): i is RoutineInstance => i.kind === 'routine');
    this.readers = readersOf(this.instances);
    this.readerIds = readerIdsOf(this.instances, this.model);
    this.results = new Map();
    this.routineReads = new Map();
    for (const inst of this.instances) {
      const found = this.evaluate(inst);
      if (found.length > 0) this.results.set(inst.ordinal, found);
    }
    this.cached = null;
    this.cachedCounts = null;
  }

  /** Re-runs one instance and records how its findings changed. */
  private reevaluate(ordinal: number, diff: Diff): void {
    const before = this.results.get(ordinal);
    const after = this.evaluate(this.instances[ordinal]);
    if (after.length > 0) this.results.set(ordinal, after);
    else if (before) this.results.delete(ordinal);
    // The usual cases of a check (at most one finding) need no matching by key.
    if (!before) {
      for (const f of after) diff.added.push(f);
      return;
    }
    if (after.length === 0) {
      for (const f of before) diff.removed.push(f);
      return;
    }
    if (before.length === 1 && after.length === 1 && before[0].key === after[0].key) {
      // Unchanged: keep the finding already shown (and already worded).
      if (sameFinding(before[0], after[0])) after[0] = before[0];
      else diff.updated.push(after[0]);
      return;
    }
    const old = new Map(before.map((f) => [f.key, f]));
    for (const f of after) {
      const o = old.get(f.key);
      if (!o) diff.added.push(f);
      else {
        old.delete(f.key);
        if (!sameFinding(o, f)) diff.updated.push(f);
        // Unchanged: keep the finding already shown (and already worded).
        else after[after.indexOf(f)] = o;
      }
    }
    for (const f of old.values()) diff.removed.push(f);
  }

  private evaluate(inst: Instance): Finding[] {
    let found: Finding[];
    // Instances are shared by engines of alike filings: the finding is this engine's own copy.
    if (inst.kind === 'cycle') found = [{ ...inst.finding }];
    else if (inst.kind === 'check') {
      const f = evaluateCheck(inst, this.model, this.values, this.filing);
      found = f ? [f] : [];
    } else found = this.runRoutine(inst);
    for (const f of found) this.explain(f);
    return found;
  }

  private runRoutine(inst: RoutineInstance): Finding[] {
    const routine = this.routines[inst.rule.routine];
    const reads = new Set<CellKey>();
    this.routineReads.set(inst.ordinal, reads);
    const ctx: RoutineContext = {
      filing: this.filing,
      template: this.template,
      value: (cell) => {
        reads.add(keyOf(cell));
        return valueOf(this.values, cell);
      },
    };
    try {
      return routine(inst.rule, ctx).map((f) => ({ ...f }));
    } catch (e) {
      return [
        {
          rule: inst.rule.id,
          severity: 'warning',
          key: `${inst.rule.id}.failed`,
          cells: [],
          message: `审核程序“${inst.rule.title}”运行出错，未能完成该项审核：${e instanceof Error ? e.message : String(e)}`,
        },
      ];
    }
  }

  /** Findings are the engine's own objects: the explanation is set on them, never copied with them. */
  private explain(f: Finding): void {
    const text = this.filing.explanations[f.key];
    if (text) f.explanation = text;
    else delete f.explanation;
  }

  private reexplain(keys: Set<string>, diff: Diff): void {
    for (const list of this.results.values()) {
      for (const f of list) {
        if (!keys.has(f.key)) continue;
        const before = f.explanation;
        this.explain(f);
        if (before !== f.explanation && !diff.updated.includes(f) && !diff.added.includes(f)) diff.updated.push(f);
      }
    }
  }

  private fullUpdate(before: Finding[], valuesBefore: CellValues, edited: CellKey[], inverse: Edit[], structural: boolean): EngineUpdate {
    const changed = new Set(edited);
    const vals = this.values;
    if (vals.model === valuesBefore.model) {
      // One numbering: compare by id.
      const { keys } = vals.model;
      for (let i = 0; i < keys.length; i++) if (vals.fen[i] !== valuesBefore.fen[i]) changed.add(keys[i]);
    } else {
      for (const [k, v] of vals) if (v !== (valuesBefore.get(k) ?? 0n)) changed.add(k);
      for (const [k, v] of valuesBefore) if (v !== 0n && vals.get(k) === undefined) changed.add(k);
    }
    const after = this.findings;
    const old = new Map(before.map((f) => [f.key, f]));
    const now = new Map(after.map((f) => [f.key, f]));
    const diff: Diff = {
      added: after.filter((f) => !old.has(f.key)),
      removed: before.filter((f) => !now.has(f.key)),
      updated: after.filter((f) => {
        const o = old.get(f.key);
        return o !== undefined && (o.message !== f.message || o.explanation !== f.explanation || o.severity !== f.severity);
      }),
    };
    return this.update(inverse, [...changed], diff, structural);
  }

  private update(inverse: Edit[], changed: CellKey[], diff: Diff, structural: boolean): EngineUpdate {
    return new Update(this, inverse, changed, diff, structural);
  }
}
