// Pure edits: applyEdits(filing, edits) returns a new filing (the input is never mutated; untouched
// tables and rows are shared), the cells whose entered value changed, and the inverse batch that undoes
// the whole batch in one step.
//
// Refusals THROW an EditError (message in plain Chinese: what is wrong, where, what to do); the batch is
// then applied not at all. Refused: a cell that does not exist in the template or the filing, a
// computed cell (合计, 小计, 类/款 rows), an amount that is not a decimal with at most two decimals, a row
// code that is not a 项 (leaf) of the catalogue or the filing's own codes, a duplicate row, removing a
// custom code still in use.
import type { TableDef, Template } from '../types/template';
import type { CustomCode, Edit, Filing, FilingMeta, TableValues } from './types';
import { type Decimal, ZERO, canonicalStored, fenOf, fromStored, isStoredAmount } from '../money/money';
import { childrenOf, findCode, getCatalog, validateCustomCode } from '../catalog/index';
import { getTemplate } from '../templates/registry';
import { getTemplateParams } from '../templates/params';
import { type CellKey, type CellRef, cellKey, cellOf } from '../types/cell-ref';
import { cellWords } from '../table/cell-name';
import { type TableModel, kindOf, tableModel } from '../table/model';
import { type FilingModel, buildModel, downstream, hasKeys } from './compute';

function amountOf(s: string | null | undefined): Decimal {
  return s === null || s === undefined || s === '' || !isStoredAmount(s) ? ZERO : fromStored(s);
}

/** amountOf in 分: a blank or unreadable figure is 0 (no Decimal on the path of every keystroke). */
function amountFen(s: string | null | undefined): bigint {
  return isStoredAmount(s) ? (fenOf(s) ?? 0n) : 0n;
}

export class EditError extends Error {
  /** Index of the refused edit in the batch. */
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.name = 'EditError';
    this.index = index;
  }
}

export interface EditResult {
  filing: Filing;
  /** Entered cells whose value changed (including every cell of an added or removed row). */
  changed: CellRef[];
  /** The same cells, keyed (for the engine: no key → cell → key on every edit). */
  changedKeys: CellKey[];
  /** Applying these to `filing` gives back the input filing. */
  inverse: Edit[];
  /** Rows were added or removed, or codes changed: the structure (and so the model) changed. */
  structural: boolean;
  /** Computed cells whose stated (imported) figure was dropped or restored. */
  statedChanged: CellRef[];
  /** meta was patched (unit, sourceUnit: messages and tolerance change). */
  metaChanged: boolean;
  /** Finding keys whose explanation changed. */
  explanationsChanged: string[];
}

export interface ApplyOptions {
  template?: Template;
  /** The model of the input filing, when the caller has one (the engine); saves rebuilding it. */
  model?: FilingModel;
  /**
   * For the engine, which owns its filing: tables named here ('tables|T', 'stated|T') and the maps of
   * tables ('tables', 'stated') are edited in place; any other is copied once (rows and all) and added. Without it the input is never
   * mutated (every table written is copied).
   */
  owned?: Set<string>;
}

export function applyEdits(filing: Filing, edits: Edit[], options: ApplyOptions = {}): EditResult {
  const template = options.template ?? getTemplate(filing.template);
  const d = new Draft(filing, template, options.model, options.owned);
  const groups: Edit[][] = [];
  edits.forEach((edit, i) => {
    try {
      groups.push(d.apply(edit));
    } catch (e) {
      // In place, the edits before the refused one are already written: undo them, last first.
      if (options.owned) for (let g = groups.length - 1; g >= 0; g--) for (const inv of groups[g]) d.apply(inv);
      if (e instanceof EditError) throw new EditError(e.message, i);
      throw e;
    }
  });
  const inverse: Edit[] = [];
  for (let i = groups.length - 1; i >= 0; i--) inverse.push(...groups[i]);
  return {
    filing: d.result(),
    changed: [...d.changed.values()],
    changedKeys: [...d.changed.keys()],
    inverse,
    structural: d.structural,
    statedChanged: [...d.statedChanged].map(cellOf),
    metaChanged: d.metaChanged,
    explanationsChanged: [...d.explanationsChanged],
  };
}

/** The cell as a refusal names it: as the template prints it (table/cell-name.ts cellWords). */
function describe(template: Template, t: TableDef, row: string, col: number): string {
  return cellWords(template, { table: t.id, row, col });
}

/** Copy-on-write view of a filing: a table, row or map is copied the first time it is written. */
class Draft {
  private tables: Record<string, TableValues>;
  private stated: Record<string, TableValues>;
  private meta: FilingMeta;
  private customCodes: CustomCode[];
  private explanations: Record<string, string>;
  private absent: string[];
  private copied = new Set<string>();
  private modelStale = false;
  /** Table models for the edit check when no (current) filing model is at hand. */
  private tableModels = new Map<string, TableModel>();
  /** Entered cells whose value changed, by key (the cell kept: no key → cell parse per edit). */
  readonly changed = new Map<CellKey, CellRef>();
  readonly statedChanged = new Set<CellKey>();
  readonly explanationsChanged = new Set<string>();
  structural = false;
  metaChanged = false;

  constructor(
    private readonly base: Filing,
    private readonly template: Template,
    private model: FilingModel | undefined,
    private readonly owned?: Set<string>,
  ) {
    this.tables = base.tables;
    this.stated = base.stated;
    this.meta = base.meta;
    this.customCodes = base.customCodes;
    this.explanations = base.explanations;
    this.absent = base.absent ?? [];
  }

  result(): Filing {
    // Spread, then assign: a spread followed by keys it already has is several times slower in V8.
    const f = { ...this.base };
    f.tables = this.tables;
    f.stated = this.stated;
    f.meta = this.meta;
    f.customCodes = this.customCodes;
    f.explanations = this.explanations;
    f.absent = this.absent;
    return f;
  }

  private getModel(): FilingModel {
    if (!this.model || this.modelStale) {
      this.model = buildModel(this.result(), this.template);
      this.modelStale = false;
    }
    return this.model;
  }

  /** Which cells the table has now (coded tables: the rows this draft holds). */
  private tableModelOf(t: TableDef): TableModel {
    if (this.model && !this.modelStale) return this.model.models.get(t.id)!;
    let m = this.tableModels.get(t.id);
    if (!m) {
      m = tableModel(t, t.kind === 'coded' ? Object.keys(this.tables[t.id] ?? {}) : []);
      this.tableModels.set(t.id, m);
    }
    return m;
  }

  private table(id: string): TableDef {
    const t = this.template.tables.find((x) => x.id === id);
    if (!t) throw new EditError(`模板“${this.template.name}”中没有表 ${id}。`, -1);
    return t;
  }

  /** Writable row object of tables or stated (copied on first write). */
  private row(which: 'tables' | 'stated', table: string, row: string, create: boolean): Record<string, string> | undefined {
    let root = which === 'tables' ? this.tables : this.stated;
    // The engine copies the map of tables once, like a table; a pure edit copies it every time.
    if (!this.copied.has(which) && !this.owned?.has(which)) {
      root = { ...root };
      if (which === 'tables') this.tables = root;
      else this.stated = root;
      this.copied.add(which);
      this.owned?.add(which);
    }
    const tk = `${which}|${table}`;
    let tv = root[table];
    if (this.owned) {
      // The engine's own filing: copy a table once, with its rows, then edit it in place.
      if (!tv) {
        if (!create) return undefined;
        tv = {};
        root[table] = tv;
        this.owned.add(tk);
      } else if (!this.owned.has(tk)) {
        const copy: TableValues = {};
        for (const [r, cols] of Object.entries(tv)) copy[r] = { ...cols };
        tv = copy;
        root[table] = tv;
        this.owned.add(tk);
      }
      let own = tv[row];
      if (!own) {
        if (!create) return undefined;
        own = {};
        tv[row] = own;
      }
      return own;
    }
    if (!tv) {
      if (!create) return undefined;
      tv = {};
      root[table] = tv;
      this.copied.add(tk);
    } else if (!this.copied.has(tk)) {
      tv = { ...tv };
      root[table] = tv;
      this.copied.add(tk);
    }
    const rk = `${tk}|${row}`;
    let rv = tv[row];
    if (!rv) {
      if (!create) return undefined;
      rv = {};
      tv[row] = rv;
      this.copied.add(rk);
    } else if (!this.copied.has(rk)) {
      rv = { ...rv };
      tv[row] = rv;
      this.copied.add(rk);
    }
    return rv;
  }

  /** Sets or clears one value; emptied rows of fixed tables and of stated are dropped, coded rows stay. */
  private write(which: 'tables' | 'stated', table: string, row: string, col: number, value: string | null, keepRow: boolean): void {
    const r = this.row(which, table, row, value !== null);
    if (!r) return;
    if (value === null) delete r[String(col)];
    else r[String(col)] = value;
    // Table objects stay even when empty (the sample holds T07: {}), so undo gives back the same shape.
    if (value === null && !keepRow && Object.keys(r).length === 0) {
      const root = which === 'tables' ? this.tables : this.stated;
      delete root[table][row];
    }
  }

  apply(edit: Edit): Edit[] {
    switch (edit.kind) {
      case 'cell':
        return this.cell(edit.table, edit.row, edit.col, edit.value);
      case 'addRow':
        return this.addRow(edit.table, edit.code);
      case 'removeRow':
        return this.removeRow(edit.table, edit.code);
      case 'meta':
        return this.patchMeta(edit.patch);
      case 'customCode':
        return this.customCode(edit.code, edit.remove === true);
      case 'explanation':
        return this.explanation(edit.key, edit.text);
      case 'stated':
        return this.setStated(edit.table, edit.row, edit.col, edit.value);
      case 'presence':
        return this.setPresence(edit.table, edit.present);
    }
  }

  private cell(table: string, row: string, col: number, value: string | null): Edit[] {
    const t = this.table(table);
    const line = this.tableModelOf(t).line(row);
    const kind = kindOf(line, col);
    // The cell is named only for a refusal (naming it costs more than the rest of a valid edit).
    if (t.kind === 'coded') {
      if (line?.sums) throw new EditError(`${describe(this.template, t, row, col)}是由下级科目汇总的合计数，不能直接填写；请填写其下的项级科目。`, -1);
      if (!line) throw new EditError(`${describe(this.template, t, row, col)}：本表还没有科目 ${row}，请先添加该科目行。`, -1);
      if (kind === null) throw new EditError(`${t.number}没有第 ${col} 栏。`, -1);
      // 上海 prints no 栏次: the parts are its 项 there, as on a fixed table.
      const parts = (getTemplateParams(this.template.id)?.printsColumnNumbers ?? true) ? '各组成栏' : '各组成项';
      if (kind === 'computed') throw new EditError(`${describe(this.template, t, row, col)}由公式计算，不能直接填写；请修改它的${parts}。`, -1);
    } else {
      if (kind === null || kind === 'na') throw new EditError(`${describe(this.template, t, row, col)}不是可填写的单元格。`, -1);
      if (kind === 'computed') throw new EditError(`${describe(this.template, t, row, col)}由公式计算，不能直接填写；请修改它的各组成项。`, -1);
    }
    let stored: string | null = null;
    if (value !== null && value !== '') {
      stored = canonicalStored(value);
      if (stored === null) throw new EditError(`${describe(this.template, t, row, col)}：“${String(value).slice(0, 30)}”不是有效金额（应为最多两位小数的数字）。`, -1);
    }
    const old = this.tables[table]?.[row]?.[String(col)] ?? null;
    const inverse: Edit[] = [{ kind: 'cell', table, row, col, value: old }];
    if (old === stored) return inverse;
    this.write('tables', table, row, col, stored, t.kind === 'coded');
    inverse.push(...this.setPresence(table, true));
    const key = cellKey(table, row, col);
    this.changed.set(key, { table, row, col });
    // Blank ↔ 0.00 changes no sum, so stated totals still stand (and without any, nothing to drop).
    if (hasKeys(this.stated) && amountFen(old) !== amountFen(stored)) inverse.push(...this.dropStated([key]));
    return inverse;
  }

  /** Stated figures of every computed cell fed by `keys` no longer describe the data: drop them. */
  private dropStated(keys: CellKey[]): Edit[] {
    if (!hasKeys(this.stated)) return [];
    const inverse: Edit[] = [];
    for (const k of downstream(this.getModel(), keys)) {
      const c = cellOf(k);
      const old = this.stated[c.table]?.[c.row]?.[String(c.col)];
      if (old === undefined) continue;
      this.write('stated', c.table, c.row, c.col, null, false);
      this.statedChanged.add(k);
      inverse.push({ kind: 'stated', table: c.table, row: c.row, col: c.col, value: old });
    }
    return inverse;
  }

  private catalogOf(t: TableDef) {
    return getCatalog(t.catalog ?? 'function', this.template.year);
  }

  private addRow(table: string, code: string): Edit[] {
    const t = this.table(table);
    if (t.kind !== 'coded') throw new EditError(`${t.number}的行是固定的，不能添加行。`, -1);
    const catalog = this.catalogOf(t);
    const entry = findCode(catalog, code, this.customCodes);
    if (!entry) throw new EditError(`${t.number}：科目编码 ${code} 不在科目目录中；如确需使用，请先在“自定义科目”中添加它。`, -1);
    if (childrenOf(catalog, code, this.customCodes).length > 0) {
      throw new EditError(`${t.number}：${code} ${entry.name} 下还有细分科目，请选择它下面的项级科目。`, -1);
    }
    const rows = this.tables[table] ?? {};
    if (rows[code]) throw new EditError(`${t.number}已有科目 ${code} ${entry.name}。`, -1);
    for (const r of Object.keys(rows)) {
      if (r.startsWith(code) || code.startsWith(r)) {
        throw new EditError(`${t.number}：科目 ${code} 与已有的科目 ${r} 互为上下级，不能同时作为填报行。`, -1);
      }
    }
    this.row('tables', table, code, true);
    this.structural = true;
    this.modelStale = true;
    this.tableModels.delete(table);
    return [{ kind: 'removeRow', table, code }, ...this.setPresence(table, true)];
  }

  private removeRow(table: string, code: string): Edit[] {
    const t = this.table(table);
    if (t.kind !== 'coded') throw new EditError(`${t.number}的行是固定的，不能删除行。`, -1);
    const held = this.tables[table]?.[code];
    if (!held) throw new EditError(`${t.number}没有科目行 ${code}，无需删除。`, -1);
    const inverse: Edit[] = [{ kind: 'addRow', table, code }];
    const keys: CellKey[] = [];
    const nonZero: CellKey[] = [];
    for (const [col, value] of Object.entries(held)) {
      inverse.push({ kind: 'cell', table, row: code, col: Number(col), value });
      keys.push(cellKey(table, code, Number(col)));
      if (!amountOf(value).isZero()) nonZero.push(cellKey(table, code, Number(col)));
    }
    // The row's own computed cells (rowFormulas) feed its 款, 类 and 合计 like its entered cells do. A row
    // of blanks and zeros changes no sum: the stated totals above it still stand.
    const ownComputed = Object.keys(t.rowFormulas ?? {}).map((c) => cellKey(table, code, Number(c)));
    const statedInverse = nonZero.length > 0 ? this.dropStated([...nonZero, ...ownComputed]) : [];
    for (const k of ownComputed) {
      const c = cellOf(k);
      const old = this.stated[table]?.[code]?.[String(c.col)];
      if (old === undefined) continue;
      this.write('stated', table, code, c.col, null, false);
      this.statedChanged.add(k);
      statedInverse.push({ kind: 'stated', table, row: code, col: c.col, value: old });
    }
    inverse.push(...statedInverse);
    for (const k of keys) this.changed.set(k, cellOf(k));
    // row() makes the table writable (copied once); then the row goes.
    this.row('tables', table, code, false);
    delete this.tables[table][code];
    this.structural = true;
    this.modelStale = true;
    this.tableModels.delete(table);
    return inverse;
  }

  private patchMeta(patch: Partial<FilingMeta>): Edit[] {
    for (const k of ['unit', 'sourceUnit'] as const) {
      const v = patch[k];
      if (v !== undefined && v !== '元' && v !== '万元') throw new EditError(`金额单位只能是“元”或“万元”，不能是“${String(v)}”。`, -1);
    }
    if (patch.year !== undefined && !(Number.isInteger(patch.year) && patch.year >= 2000 && patch.year <= 2100)) {
      throw new EditError(`年度“${String(patch.year)}”不对，应为四位数的年份，例如 2022。`, -1);
    }
    const old: Partial<FilingMeta> = {};
    const before = this.meta as unknown as Record<string, unknown>;
    for (const k of Object.keys(patch)) (old as Record<string, unknown>)[k] = before[k];
    this.meta = { ...this.meta, ...patch };
    this.metaChanged = true;
    return [{ kind: 'meta', patch: old }];
  }

  private customCode(code: CustomCode, remove: boolean): Edit[] {
    const catalog = getCatalog(code.catalog, this.template.year);
    const i = this.customCodes.findIndex((c) => c.catalog === code.catalog && c.code === code.code);
    if (remove) {
      if (i < 0) throw new EditError(`没有自定义科目 ${code.code}，无需删除。`, -1);
      for (const t of this.template.tables) {
        if (t.kind !== 'coded' || (t.catalog ?? 'function') !== code.catalog) continue;
        for (const r of Object.keys(this.tables[t.id] ?? {})) {
          if (r.startsWith(code.code)) throw new EditError(`${t.number}还在使用科目 ${r}，请先删除该行，再删除自定义科目 ${code.code}。`, -1);
        }
      }
      const removed = this.customCodes[i];
      this.customCodes = this.customCodes.filter((_, j) => j !== i);
      this.structural = true;
      return [{ kind: 'customCode', code: removed }];
    }
    const reason = validateCustomCode(catalog, code.code, code.name, this.customCodes);
    if (reason) throw new EditError(reason, -1);
    this.customCodes = [...this.customCodes, { catalog: code.catalog, code: code.code.trim(), name: code.name.trim() }];
    this.structural = true;
    return [{ kind: 'customCode', code: { catalog: code.catalog, code: code.code.trim(), name: code.name.trim() }, remove: true }];
  }

  private explanation(key: string, text: string | null): Edit[] {
    const old = this.explanations[key] ?? null;
    const next = text === null || text.trim() === '' ? null : text;
    if (old === next) return [{ kind: 'explanation', key, text: old }];
    const copy = { ...this.explanations };
    if (next === null) delete copy[key];
    else copy[key] = next;
    this.explanations = copy;
    this.explanationsChanged.add(key);
    return [{ kind: 'explanation', key, text: old }];
  }

  /**
   * Entering data into an absent table makes it present (the clerk is now filling it in); the inverse
   * makes it absent again. Which rules run changes, so the engine rebuilds (structural).
   */
  private setPresence(table: string, present: boolean): Edit[] {
    const isAbsent = this.absent.includes(table);
    if (isAbsent !== present) return [];
    this.absent = present ? this.absent.filter((t) => t !== table) : [...this.absent, table].sort();
    this.structural = true;
    return [{ kind: 'presence', table, present: !present }];
  }

  private setStated(table: string, row: string, col: number, value: string | null): Edit[] {
    const t = this.table(table);
    if (value !== null && !isStoredAmount(value)) throw new EditError(`${describe(this.template, t, row, col)}：“${String(value).slice(0, 30)}”不是有效金额。`, -1);
    const old = this.stated[table]?.[row]?.[String(col)] ?? null;
    if (old !== value) {
      this.write('stated', table, row, col, value, false);
      this.statedChanged.add(cellKey(table, row, col));
    }
    return [{ kind: 'stated', table, row, col, value: old }];
  }
}

