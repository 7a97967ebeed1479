// The open document. The engine is the document (filing, every cell's value, findings); this store
// wraps it with what only the UI needs: where it lives on disk, whether it has unsaved changes, its
// undo/redo stacks, the view. state.filing and state.findings are the engine's own, read back after
// every change, never a second copy. Components read it through useDoc() and change it only through
// apply/undo/redo/load/replaceFiling.
import type { Edit, Filing } from '../../../shared/filing/types';
import type { FieldRef, Finding, Unchecked } from '../../../shared/rules/types';
import type { Template } from '../../../shared/templates/types';
import type { TableModel } from '../../../shared/table/model';
import type { CellKey, CellRef } from '../../../shared/table/cell-ref';
import { cellWords } from '../../../shared/table/cell-name';
import type { Decimal, MoneyUnit } from '../../../shared/money/money';
import { ZERO } from '../../../shared/money/money';
import type { Engine, EngineUpdate, FindingCounts } from '../../../shared/rules/engine';
import { createEngine } from '../../../shared/rules/engine';
import { NO_FINDINGS, countsByView } from '../shell/nav-items';

/** The views: 概况, the tables by id, 绩效自评, 情况说明, 审阅意见, 审核公式 (rules), and the start page (start). */
export type ViewId = string;

export interface Batch {
  /** What the step did and where, as the status and the undo button say it: "粘贴 公开05表 2010504…等 4 个单元格". */
  label: string;
  edits: Edit[];
  inverse: Edit[];
  /** A form or field edit (绩效自评, 情况说明, 概况): the filing before and after, and the field to reopen. */
  filing?: FilingStep;
}

/** One clerk's edit in a form or field, recorded as whole filings (the engine re-checks them whole). */
export interface FilingStep {
  before: Filing;
  after: Filing;
  /** The field it changed: a typing burst committed twice (pause, then blur) in one field stays one step. */
  key: string;
  /** Where undo and redo go back to: the field (as a finding opens it), or just the view. */
  field?: FieldRef;
  view: ViewId;
  at: number;
}

/** Commits of one field this close together are one typing burst (the forms commit on a pause, then on blur). */
const BURST_MS = 4000;

export interface DocState {
  filing: Filing | null;
  template: Template | null;
  path: string | null;
  mtimeMs: number | null;
  dirty: boolean;
  readOnly: boolean;
  /** Opened by a reviewer (审阅模式): data read-only, review notes may still be added and saved to the file. */
  review: boolean;
  undo: Batch[];
  redo: Batch[];
  findings: readonly Finding[];
  /** Rules not evaluated (未核对) because they read a table the filing lacks. */
  unchecked: readonly Unchecked[];
  /** Increments on every change of values or rows; grids refresh on it. */
  revision: number;
  /** Increments when rows of coded tables or the unit change: grids rebuild their layout. */
  structure: number;
  /** The engine's table models (which cells each line has): a new map exactly when rows change. */
  tableModels: ReadonlyMap<string, TableModel> | null;
  /** What the last change touched, or null when everything may have changed (grids redraw all). */
  lastChange: DocChange | null;
  view: ViewId;
  /** A request to focus a cell (from the findings panel); seq makes repeated clicks count. */
  focus: { cell: CellRef; seq: number } | null;
  /** A request to open a form or narrative field (a finding on it was clicked). */
  fieldFocus: { field: FieldRef; seq: number } | null;
}

/** The cells an update changed: their values, and their flags (findings added, removed or updated on them). */
export interface DocChange {
  values: readonly CellKey[];
  flags: readonly CellKey[];
}

export type ApplyResult = { ok: true } | { ok: false; message: string };
/** An undo or redo says what it undid ("已撤销：输入 公开05表 …"), so a step done elsewhere is never a surprise. */
export type UndoResult = { ok: true; message: string } | { ok: false; message: string };

const UNDO_LIMIT = 500;

export class DocStore {
  private state: DocState = {
    filing: null,
    template: null,
    path: null,
    mtimeMs: null,
    dirty: false,
    readOnly: false,
    review: false,
    undo: [],
    redo: [],
    findings: [],
    unchecked: [],
    revision: 0,
    structure: 0,
    tableModels: null,
    lastChange: null,
    view: 'overview',
    focus: null,
    fieldFocus: null,
  };
  private engine: Engine | null = null;
  private readonly listeners = new Set<() => void>();
  private focusSeq = 0;
  private viewCounts: { findings: readonly Finding[]; byView: Map<string, FindingCounts> } | null = null;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  get = (): DocState => this.state;

  private set(patch: Partial<DocState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  /** Value of any cell in 元, entered or computed; zero when nothing is open. */
  value = (cell: CellRef): Decimal => (this.engine ? this.engine.value(cell) : ZERO);

  /** Findings counts of the whole filing, or of one view (a table, 绩效自评, 情况说明): the one place counts come from. */
  counts = (view?: string): FindingCounts => {
    const engine = this.engine;
    if (!engine) return NO_FINDINGS;
    if (view === undefined) return engine.counts;
    const findings = engine.findings;
    if (this.viewCounts?.findings !== findings) this.viewCounts = { findings, byView: countsByView(findings, engine.template) };
    return this.viewCounts.byView.get(view) ?? NO_FINDINGS;
  };

  load(opts: { filing: Filing; template: Template; path: string | null; mtimeMs: number | null; readOnly: boolean; dirty?: boolean; review?: boolean }): void {
    this.engine = createEngine(opts.filing, opts.template);
    this.set({
      filing: this.engine.filing,
      template: opts.template,
      path: opts.path,
      mtimeMs: opts.mtimeMs,
      readOnly: opts.readOnly || !!opts.review,
      review: !!opts.review,
      dirty: opts.dirty ?? false,
      undo: [],
      redo: [],
      findings: this.engine.findings,
      unchecked: this.engine.unchecked,
      revision: this.state.revision + 1,
      structure: this.state.structure + 1,
      tableModels: this.engine.tableModels,
      lastChange: null,
      focus: null,
      fieldFocus: null,
      // A file opened from the start page (or the first one) opens at 概况; otherwise the view stays.
      view: this.state.filing && this.state.view !== 'start' ? this.state.view : 'overview',
    });
  }

  /** After a save: the file now lives at `path` with this mtime, and nothing is unsaved. */
  markSaved(path: string, mtimeMs: number, stillDirty = false): void {
    // A reviewer's save writes only the notes: the data stays read-only.
    this.set({ path, mtimeMs, dirty: stillDirty, readOnly: this.state.review });
  }

  setView(view: ViewId): void {
    // A view chosen by hand opens as the clerk left it, not at a field a finding once asked for.
    if (view !== this.state.view) this.set({ view, fieldFocus: null });
  }

  focusCell(cell: CellRef): void {
    this.set({ view: cell.table, focus: { cell, seq: ++this.focusSeq } });
  }

  /** Open 绩效自评 at the project and field (or 情况说明 at the slot) a finding is on. */
  focusField(field: FieldRef): void {
    this.set({ view: field.kind === 'evaluation' ? 'evaluation' : 'narrative', fieldFocus: { field, seq: ++this.focusSeq } });
  }

  /**
   * Apply one batch of edits as one undo step. Refused (and nothing changes) in a read-only file, or when
   * `verify`, asked with the values as they would be after the edits, returns a reason.
   */
  apply(edits: Edit[], label: string, verify?: (value: (cell: CellRef) => Decimal) => string | null): ApplyResult {
    const refused = this.refusal();
    if (refused) return refused;
    const r = this.run(edits);
    if (!r.ok) return r;
    const reason = verify?.(this.value);
    if (reason) {
      // Back to exactly where it was: the engine takes its own inverse, and nothing was committed.
      this.run(r.update.inverse);
      return { ok: false, message: reason };
    }
    const step = `${label}${this.where(edits)}`;
    this.commit(r, { undo: [...this.state.undo, { label: step, edits, inverse: r.update.inverse }].slice(-UNDO_LIMIT), redo: [] });
    return { ok: true };
  }

  /**
   * The 元/万元 switch: how figures are shown and typed, saved with the file, but not an edit of the
   * figures (stored in 元 either way), so not an undo step and the undo history stays as it was.
   */
  setUnit(unit: MoneyUnit): ApplyResult {
    const refused = this.refusal();
    if (refused) return refused;
    if (this.state.filing?.meta.unit === unit) return { ok: true };
    const r = this.run([{ kind: 'meta', patch: { unit } }]);
    if (!r.ok) return r;
    this.commit(r, { undo: this.state.undo, redo: this.state.redo });
    return { ok: true };
  }

  /**
   * A clerk's edit in a form or field (绩效自评, 情况说明, 概况): one undo step worded as the others
   * ("修改 项目“X” 全年执行数"); more commits of the same field in one typing burst join that step.
   */
  editFiling(next: Filing, step: { label: string; key: string; field?: FieldRef; view?: ViewId }, now = Date.now()): ApplyResult {
    const refused = this.refusal();
    if (refused) return refused;
    const before = this.state.filing;
    if (!before || !this.engine) return { ok: false, message: '没有打开的文件。' };
    this.replaceFiling(next);
    const after = this.state.filing!;
    const last = this.state.undo.at(-1);
    const joins = last?.filing && this.state.redo.length === 0 && last.filing.key === step.key && now - last.filing.at < BURST_MS && last.filing.after === before;
    const recorded: FilingStep = { before: joins ? last.filing!.before : before, after, key: step.key, field: step.field, view: step.view ?? this.state.view, at: now };
    const batch: Batch = { label: step.label, edits: [], inverse: [], filing: recorded };
    const undo = joins ? [...this.state.undo.slice(0, -1), batch] : [...this.state.undo, batch].slice(-UNDO_LIMIT);
    this.set({ undo, redo: [] });
    return { ok: true };
  }

  /** Put a form step's filing back, keeping what is not an edit of the data: the unit shown, review notes and verdicts. */
  private restore(step: FilingStep, filing: Filing): void {
    const cur = this.state.filing!;
    this.replaceFiling({ ...filing, meta: { ...filing.meta, unit: cur.meta.unit }, review: cur.review, verdicts: cur.verdicts });
    if (step.field) this.focusField(step.field);
    else this.setView(step.view);
  }

  private undoFiling(batch: Batch, step: FilingStep): UndoResult {
    this.restore(step, step.before);
    this.set({ undo: this.state.undo.slice(0, -1), redo: [...this.state.redo, batch] });
    return { ok: true, message: `已撤销：${batch.label}` };
  }

  private redoFiling(batch: Batch, step: FilingStep): UndoResult {
    this.restore(step, step.after);
    this.set({ redo: this.state.redo.slice(0, -1), undo: [...this.state.undo, batch] });
    return { ok: true, message: `已恢复：${batch.label}` };
  }

  undo(): UndoResult {
    const batch = this.state.undo.at(-1);
    if (!batch) return { ok: false, message: '没有可以撤销的操作。' };
    if (batch.filing) return this.undoFiling(batch, batch.filing);
    const r = this.run(batch.inverse);
    if (!r.ok) return r;
    this.commit(r, { undo: this.state.undo.slice(0, -1), redo: [...this.state.redo, { label: batch.label, edits: batch.inverse, inverse: r.update.inverse }] });
    this.revealEdited(batch.inverse);
    return { ok: true, message: `已撤销：${batch.label}` };
  }

  redo(): UndoResult {
    const batch = this.state.redo.at(-1);
    if (!batch) return { ok: false, message: '没有可以恢复的操作。' };
    if (batch.filing) return this.redoFiling(batch, batch.filing);
    const r = this.run(batch.inverse);
    if (!r.ok) return r;
    this.commit(r, { redo: this.state.redo.slice(0, -1), undo: [...this.state.undo, { label: batch.label, edits: batch.inverse, inverse: r.update.inverse }] });
    this.revealEdited(batch.inverse);
    return { ok: true, message: `已恢复：${batch.label}` };
  }

  private refusal(): ApplyResult | null {
    if (this.state.review) return { ok: false, message: '审阅模式：只读。审阅时不能修改数据，可以在“审阅意见”中对单元格、审核结果或整个文件添加意见。' };
    if (this.state.readOnly) return { ok: false, message: '此文件以只读方式打开（可能正被另一个窗口使用），不能修改。请“另存为”一个新文件后再编辑。' };
    return null;
  }

  /** Where a batch acts, as a clerk reads it: " 公开05表 2010504 基本支出（栏2）", "…等 4 个单元格", " （审核结果面板）". */
  private where(edits: Edit[]): string {
    const cells = edits.filter((e) => e.kind === 'cell');
    const first = cells[0];
    if (first) {
      const name = cellWords(this.state.template, first);
      return cells.length > 1 ? ` ${name}等 ${cells.length} 个单元格` : ` ${name}`;
    }
    const row = edits.find((e) => e.kind === 'addRow' || e.kind === 'removeRow');
    if (row && (row.kind === 'addRow' || row.kind === 'removeRow')) {
      const def = this.state.template?.tables.find((t) => t.id === row.table);
      return ` ${def?.number ?? row.table} ${row.code}`;
    }
    if (edits.some((e) => e.kind === 'explanation')) return '（审核结果面板）';
    return '';
  }

  /** Replace the filing after a change that is not a clerk's edit (open, import, consolidate, review notes): full re-evaluation, no undo step. */
  replaceFiling(filing: Filing): void {
    if (!this.engine) return;
    // Read-only (审阅模式 or an unwritable file): only the review notes may change, never the data.
    if (this.state.readOnly && this.state.filing) filing = { ...this.state.filing, review: filing.review, verdicts: filing.verdicts };
    // Adding a self-evaluation form to a filing whose forms were absent makes them present.
    else if (filing.absent?.includes('PE') && filing.evaluations.length > (this.state.filing?.evaluations.length ?? 0)) {
      filing = { ...filing, absent: filing.absent.filter((t) => t !== 'PE') };
    }
    const u = this.engine.reset(filing);
    this.set({ filing: this.engine.filing, findings: this.engine.findings, unchecked: this.engine.unchecked, tableModels: this.engine.tableModels, dirty: true, revision: this.state.revision + 1, lastChange: { values: u.changedKeys, flags: u.flaggedKeys } });
  }

  /** The engine itself, for views that need more than values (rows, kinds). */
  getEngine(): Engine | null {
    return this.engine;
  }

  /** An undo or redo shows the cell where it happened, in whichever table, as Excel does. */
  private revealEdited(edits: Edit[]): void {
    const cell = edits.find((e) => e.kind === 'cell');
    if (!cell || cell.kind !== 'cell') return;
    if (!this.state.template?.tables.some((t) => t.id === cell.table)) return;
    this.focusCell({ table: cell.table, row: cell.row, col: cell.col });
  }

  /** A refused or failed batch leaves the engine (and so the document) as it was. */
  private run(edits: Edit[]): { ok: true; update: EngineUpdate } | { ok: false; message: string } {
    if (!this.state.filing || !this.engine) return { ok: false, message: '没有打开的文件。' };
    try {
      return { ok: true, update: this.engine.apply(edits) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }

  private commit(r: { update: EngineUpdate }, stacks: Pick<DocState, 'undo' | 'redo'>): void {
    const u = r.update;
    this.set({
      ...stacks,
      filing: this.engine!.filing,
      dirty: true,
      findings: this.engine!.findings,
      unchecked: this.engine!.unchecked,
      revision: this.state.revision + 1,
      structure: u.structural ? this.state.structure + 1 : this.state.structure,
      tableModels: this.engine!.tableModels,
      lastChange: u.structural ? null : { values: u.changedKeys, flags: u.flaggedKeys },
    });
  }
}
