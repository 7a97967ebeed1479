// The engine's edit path, apart from the engine: which instances read a cell (by key and by the model's
// cell id), comparing a finding before and after, ordering the touched instances, and the update an
// apply returns. Everything here is built once per structure or costs the same at any size.
import type { Edit, Filing } from '../types/filing';
import type { Finding } from './types';
import type { FilingModel } from '../filing/compute';
import { type CellKey, type CellRef, cellOf } from '../types/cell-ref';
import { type Instance, cellKeysOf } from './instances';
import { basisOf, sameBasis } from './check';

export interface EngineUpdate {
  filing: Filing;
  /** Every finding after the update (assembled when read). */
  readonly findings: Finding[];
  inverse: Edit[];
  /** Cells whose value changed: entered cells edited and computed cells moved. */
  changedKeys: CellKey[];
  readonly changedCells: CellRef[];
  /** Cells whose flag may look different: the cells of every finding added, removed or updated. */
  flaggedKeys: CellKey[];
  addedFindings: Finding[];
  /** Findings that no longer stand (the rule holds now). */
  removedFindings: Finding[];
  /** Same key, new figures, severity or explanation. */
  updatedFindings: Finding[];
  /** Rows, codes, the unit or the whole filing changed: layouts rebuild, every cell may have changed. */
  structural: boolean;
}

/** What an update reads of the engine, when its findings are read. */
interface Document {
  readonly filing: Filing;
  readonly findings: Finding[];
}

export interface Diff {
  added: Finding[];
  removed: Finding[];
  updated: Finding[];
}

export function sameFinding(a: Finding, b: Finding): boolean {
  if (a.severity !== b.severity || a.explanation !== b.explanation) return false;
  const x = basisOf(a);
  const y = basisOf(b);
  return x !== undefined && y !== undefined ? sameBasis(x, y) : a.message === b.message;
}

const READERS = new WeakMap<Instance[], Map<CellKey, number[]>>();

/** Cell → ordinals of the check instances that read it (built once per set of instances). */
export function readersOf(instances: Instance[]): Map<CellKey, number[]> {
  let readers = READERS.get(instances);
  if (readers) return readers;
  readers = new Map();
  for (const inst of instances) {
    if (inst.kind !== 'check') continue;
    for (const k of inst.reads) {
      const list = readers.get(k);
      if (list) list.push(inst.ordinal);
      else readers.set(k, [inst.ordinal]);
    }
  }
  READERS.set(instances, readers);
  return readers;
}

const READER_IDS = new WeakMap<Instance[], Array<number[] | undefined>>();

/** readersOf by the model's cell ids (instances belong to one model, so one numbering). */
export function readerIdsOf(instances: Instance[], model: FilingModel): Array<number[] | undefined> {
  let byId = READER_IDS.get(instances);
  if (byId) return byId;
  byId = new Array<number[] | undefined>(model.keys.length);
  for (const [key, ordinals] of readersOf(instances)) {
    const id = model.ids.get(key);
    if (id !== undefined) byId[id] = ordinals;
  }
  READER_IDS.set(instances, byId);
  return byId;
}

/** Ascending, in place: an edit touches a handful of instances, where insertion sort beats sort(). */
export function sortSmall(a: number[]): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    for (; j >= 0 && a[j] > x; j--) a[j + 1] = a[j];
    a[j + 1] = x;
  }
}

export function readsAny(reads: ReadonlySet<CellKey>, changed: Iterable<CellKey>): boolean {
  for (const k of changed) if (reads.has(k)) return true;
  return false;
}

/**
 * What an apply or reset changed; findings and cells are assembled when read (getters on the class: an
 * object literal with getters of its own costs a new hidden class per edit).
 */
export class Update implements EngineUpdate {
  readonly filing: Filing;
  readonly flaggedKeys: CellKey[];
  readonly addedFindings: Finding[];
  readonly removedFindings: Finding[];
  readonly updatedFindings: Finding[];
  readonly #engine: Document;
  #cells: CellRef[] | null = null;

  constructor(
    engine: Document,
    readonly inverse: Edit[],
    readonly changedKeys: CellKey[],
    diff: Diff,
    readonly structural: boolean,
  ) {
    this.#engine = engine;
    this.filing = engine.filing;
    const flagged = new Set<CellKey>();
    for (const list of [diff.added, diff.removed, diff.updated]) {
      // A check's finding carries its instance's cells, keyed once when the instance was built.
      for (const f of list) for (const k of cellKeysOf(f.cells)) flagged.add(k);
    }
    this.flaggedKeys = [...flagged];
    this.addedFindings = diff.added;
    this.removedFindings = diff.removed;
    this.updatedFindings = diff.updated;
  }

  get findings(): Finding[] {
    return this.#engine.findings;
  }

  get changedCells(): CellRef[] {
    return (this.#cells ??= this.changedKeys.map(cellOf));
  }
}
