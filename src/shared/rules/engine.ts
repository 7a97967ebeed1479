// The rule engine (审核). One generic evaluator runs the template's rules as data.
//
// API (everything a UI or host needs):
//
//   evaluateAll(filing, template?) → Finding[]
//   checkAll(filing, template?) → { findings, unchecked }
//       Every finding of a filing, in a stable order (template cycles, stated-vs-computed, the
//       template's rules in order, routines). template defaults to getTemplate(filing.template).
//
//   const engine = createEngine(filing, template?)
//   engine.filing / engine.findings            current filing and its findings
//   engine.unchecked                           rules not evaluated (未核对): they read a table the
//                                              filing lacks (filing.absent; rules/presence.ts)
//   engine.value({table,row,col}) → Decimal    any cell, entered or computed, in 元 (blank = 0)
//   engine.kind({table,row,col})               'entered' | 'computed' | 'none'
//   engine.rows(table) → string[]              rows in print order (coded: 合计, 类, 款, 项 by code)
//   engine.apply(edits) → EngineUpdate         applies a batch of Edits (see filing/edits.ts), recomputes
//                                              only downstream computed cells and re-runs only the rules
//                                              reading changed cells. Throws EditError (Chinese message)
//                                              when an edit is refused; the engine is then unchanged.
//   engine.reset(filing) → EngineUpdate        for changes made outside Edits (opened file, narrative,
//                                              evaluations): full re-evaluation, diffed like apply.
//
//   EngineUpdate = { filing, findings, inverse, changedCells, addedFindings, removedFindings,
//                    updatedFindings }   (inverse: the Edits that undo the batch in one step)
//
//   registerRoutine(name, fn)                  adds a routine rule implementation (rules/routines.ts).
//
// Underneath (for hosts that need no rules): filing/edits.ts applyEdits(filing, edits, {template?,
// model?}) → { filing, changed, inverse, structural, statedChanged, … } (pure; throws EditError), and
// filing/compute.ts computeFiling(filing, template) → { value(cell), values, model } for export, print
// and narrative. A change the Edit vocabulary cannot express goes through engine.reset(newFiling).
//
// Finding keys are stable: rule id + instance ('X.T03-T01.class:201', 'STATED.T02.合计.1'); the
// clerk's 出错说明 is filing.explanations[key] and comes back as finding.explanation.
import type Decimal from 'decimal.js';
import type { CellRef, Template } from '../templates/types';
import type { Edit, Filing } from '../filing/types';
import type { Finding, RoutineContext, Unchecked } from './types';
import { type CellValues, type CellKind, type FilingModel, buildModel, cellKind, computeValues, recompute, rowsOf } from '../filing/compute';
import { type CellKey, cellKey, cellOf, keyOf } from '../filing/cell-key';
import { applyEdits } from '../filing/edits';
import { enteredValue } from '../filing/compute';
import { getTemplate } from '../templates/registry';
import { ZERO } from '../money/money';
import { type Instance, buildInstances } from './instances';
import { evaluateCheck } from './check';
import { getRoutine } from './routines';
import { splitByPresence } from './presence';

export { registerRoutine } from './routines';
export { EditError } from '../filing/edits';

export interface EngineUpdate {
  filing: Filing;
  findings: Finding[];
  inverse: Edit[];
  /** Cells whose value changed: entered cells edited and computed cells recomputed to a new value. */
  changedCells: CellRef[];
  addedFindings: Finding[];
  /** Findings that no longer stand (the rule holds now). */
  removedFindings: Finding[];
  /** Same key, new message or explanation. */
  updatedFindings: Finding[];
}

export interface Engine {
  readonly filing: Filing;
  readonly template: Template;
  readonly findings: Finding[];
  readonly unchecked: Unchecked[];
  value(cell: CellRef): Decimal;
  kind(cell: CellRef): CellKind;
  rows(table: string): string[];
  apply(edits: Edit[]): EngineUpdate;
  reset(filing: Filing): EngineUpdate;
}

export function evaluateAll(filing: Filing, template?: Template): Finding[] {
  return createEngine(filing, template).findings;
}

export function checkAll(filing: Filing, template?: Template): { findings: Finding[]; unchecked: Unchecked[] } {
  const e = createEngine(filing, template);
  return { findings: e.findings, unchecked: e.unchecked };
}

export function createEngine(filing: Filing, template?: Template): Engine {
  return new RuleEngine(filing, template ?? getTemplate(filing.template));
}

class RuleEngine implements Engine {
  filing: Filing;
  private model!: FilingModel;
  private values!: CellValues;
  private instances!: Instance[];
  unchecked: Unchecked[] = [];
  /** Cell → ordinals of the rule instances that read it. */
  private readers!: Map<CellKey, number[]>;
  /** Findings of each instance, by ordinal (absent: the rule holds). */
  private results = new Map<number, Finding[]>();
  /** Cells each routine read on its last run (dynamic dependencies, as a spreadsheet tracks them). */
  private routineReads = new Map<number, Set<CellKey>>();
  private cached: Finding[] | null = null;

  constructor(
    filing: Filing,
    readonly template: Template,
  ) {
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

  value(cell: CellRef): Decimal {
    return this.values.get(keyOf(cell)) ?? ZERO;
  }

  kind(cell: CellRef): CellKind {
    return cellKind(this.model, cell);
  }

  rows(table: string): string[] {
    return rowsOf(this.model, table);
  }

  apply(edits: Edit[]): EngineUpdate {
    const before = this.findings;
    const r = applyEdits(this.filing, edits, { template: this.template, model: this.model });
    this.filing = r.filing;
    const changedKeys = r.changed.map(keyOf);
    const statedNew = r.statedChanged.some((c) => this.filing.stated[c.table]?.[c.row]?.[String(c.col)] !== undefined);
    if (r.structural || r.metaChanged || statedNew) {
      const valuesBefore = this.values;
      this.rebuild(r.structural);
      const changed = new Set(changedKeys);
      for (const k of new Set([...this.values.keys(), ...valuesBefore.keys()])) {
        if (!(this.values.get(k) ?? ZERO).eq(valuesBefore.get(k) ?? ZERO)) changed.add(k);
      }
      return this.update(before, r.inverse, [...changed]);
    }
    for (const key of changedKeys) {
      const c = cellOf(key);
      const v = enteredValue(this.filing, c.table, c.row, c.col);
      if (v) this.values.set(key, v);
      else this.values.delete(key);
    }
    const computedChanged = recompute(this.model, this.values, changedKeys);
    const touched = new Set<number>();
    for (const key of [...changedKeys, ...computedChanged, ...r.statedChanged.map(keyOf)]) {
      for (const o of this.readers.get(key) ?? []) touched.add(o);
    }
    for (const o of touched) this.evaluate(this.instances[o]);
    this.evaluateRoutines([...changedKeys, ...computedChanged]);
    if (r.explanationsChanged.length > 0) this.attachExplanations();
    this.cached = null;
    return this.update(before, r.inverse, [...changedKeys, ...computedChanged]);
  }

  reset(filing: Filing): EngineUpdate {
    const before = this.findings;
    this.filing = filing;
    this.rebuild(true);
    return this.update(before, [], [...this.values.keys()]);
  }

  private rebuild(structure: boolean): void {
    if (structure || !this.model) this.model = buildModel(this.filing, this.template);
    this.values = computeValues(this.model, this.filing);
    const split = splitByPresence(buildInstances(this.model, this.filing), this.template, this.filing);
    this.instances = split.instances;
    this.unchecked = split.unchecked;
    this.readers = new Map();
    for (const inst of this.instances) {
      if (inst.kind !== 'check') continue;
      for (const k of inst.reads) {
        const list = this.readers.get(k);
        if (list) list.push(inst.ordinal);
        else this.readers.set(k, [inst.ordinal]);
      }
    }
    this.results = new Map();
    this.routineReads = new Map();
    for (const inst of this.instances) this.evaluate(inst);
    this.attachExplanations();
    this.cached = null;
  }

  private evaluate(inst: Instance): void {
    let found: Finding[] = [];
    if (inst.kind === 'cycle') found = [inst.finding];
    else if (inst.kind === 'check') {
      const f = evaluateCheck(inst, this.model, this.values, this.filing);
      if (f) found = [f];
    } else found = this.runRoutine(inst);
    const explained = found.map((f) => this.explain(f));
    if (explained.length > 0) this.results.set(inst.ordinal, explained);
    else this.results.delete(inst.ordinal);
  }

  private runRoutine(inst: Extract<Instance, { kind: 'routine' }>): Finding[] {
    const routine = getRoutine(inst.rule.routine);
    // A routine registered by another module that this process did not load: nothing to run.
    if (!routine) return [];
    const reads = new Set<CellKey>();
    this.routineReads.set(inst.ordinal, reads);
    const ctx: RoutineContext = {
      filing: this.filing,
      template: this.template,
      value: (cell) => {
        const key = cellKey(cell.table, cell.row, cell.col);
        reads.add(key);
        return this.values.get(key) ?? ZERO;
      },
    };
    try {
      return routine(inst.rule, ctx);
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

  /**
   * After cell edits, a routine runs again only if it read (through ctx.value) a cell that changed: the
   * rest of what it reads (forms, narrative, meta) never changes through cell edits, only through
   * reset() or a meta edit, which re-run everything.
   */
  private evaluateRoutines(changed: CellKey[]): void {
    for (const inst of this.instances) {
      if (inst.kind !== 'routine') continue;
      const reads = this.routineReads.get(inst.ordinal);
      if (!reads || changed.some((k) => reads.has(k))) this.evaluate(inst);
    }
  }

  private explain(f: Finding): Finding {
    const text = this.filing.explanations[f.key];
    if (text) return { ...f, explanation: text };
    if (f.explanation !== undefined) {
      const copy = { ...f };
      delete copy.explanation;
      return copy;
    }
    return f;
  }

  private attachExplanations(): void {
    for (const [o, list] of this.results) this.results.set(o, list.map((f) => this.explain(f)));
  }

  private update(before: Finding[], inverse: Edit[], changed: CellKey[]): EngineUpdate {
    const after = this.findings;
    const old = new Map(before.map((f) => [f.key, f]));
    const now = new Map(after.map((f) => [f.key, f]));
    const addedFindings = after.filter((f) => !old.has(f.key));
    const removedFindings = before.filter((f) => !now.has(f.key));
    const updatedFindings = after.filter((f) => {
      const o = old.get(f.key);
      return o !== undefined && o !== f && (o.message !== f.message || o.explanation !== f.explanation || o.severity !== f.severity);
    });
    return { filing: this.filing, findings: after, inverse, changedCells: changed.map(cellOf), addedFindings, removedFindings, updatedFindings };
  }
}
