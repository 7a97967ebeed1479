// One model of a table: every position (line × 栏次) of every table of the template, with the sample's
// rows, has one kind — entered, computed, —— or no cell — and the engine, the edit check, the grid,
// the print/xlsx layout and the import mapping all give that same kind. Enumerated, not sampled.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/shared/filing/compute';
import { EditError, applyEdits } from '../../src/shared/filing/edits';
import { gridContext, tableGrid } from '../../src/shared/io/layout/table-layout';
import type { GridCell } from '../../src/shared/io/layout/grid';
import { readTable } from '../../src/shared/io/xlsx/read-table';
import { sheetLayout } from '../../src/shared/io/xlsx/segments';
import type { SheetCell, SheetData } from '../../src/shared/io/xlsx/sheet-data';
import { createEngine } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { keyOf } from '../../src/shared/table/cell-ref';
import { type CellKind, kindOf, tableModel } from '../../src/shared/table/model';
import { headerTree, treeDepth } from '../../src/shared/table/headers';
import { getTemplate } from '../../src/shared/templates/registry';
import { buildLayout, cellAt } from '../../src/renderer/src/grid/table-model';

const template = getTemplate('shanxi-2022');
const filing = sampleFiling();
filing.stated = {};

type Kind = CellKind | 'none';
const pos = (table: string, row: string, col: number) => `${table}|${row}|${col}`;

/** The model's answer for every position of every table. */
function modelKinds(): Map<string, Kind> {
  const out = new Map<string, Kind>();
  for (const t of template.tables) {
    const m = tableModel(t, t.kind === 'coded' ? Object.keys(filing.tables[t.id] ?? {}) : []);
    for (const line of m.lines) for (const c of t.columns) out.set(pos(t.id, line.row, c.col), kindOf(line, c.col) ?? 'none');
  }
  return out;
}

const expected = modelKinds();

describe('the table model', () => {
  it('covers every table, with all three kinds of cell', () => {
    const kinds = new Set(expected.values());
    expect([...kinds].sort()).toEqual(['computed', 'entered', 'na', 'none']);
    for (const t of template.tables) expect([...expected.keys()].some((k) => k.startsWith(`${t.id}|`))).toBe(true);
  });

  it('agrees with the engine on every position', () => {
    const model = buildModel(filing, template);
    const engine = createEngine(filing, template);
    for (const [p, kind] of expected) {
      const [table, row, col] = p.split('|');
      const cell = { table, row, col: Number(col) };
      expect([p, model.kind(cell) ?? 'none']).toEqual([p, kind]);
      expect([p, model.computed.has(keyOf(cell))]).toEqual([p, kind === 'computed']);
      expect([p, model.entered.has(keyOf(cell))]).toEqual([p, kind === 'entered']);
      expect([p, engine.kind(cell)]).toEqual([p, kind === 'na' ? 'none' : kind]);
    }
  });

  it('agrees with the edit check: exactly the entered cells take a figure', () => {
    for (const [p, kind] of expected) {
      const [table, row, col] = p.split('|');
      const edit = () => applyEdits(filing, [{ kind: 'cell', table, row, col: Number(col), value: '1.00' }], { template });
      if (kind === 'entered') expect(edit).not.toThrow();
      else expect(edit, p).toThrow(EditError);
    }
  });

  it('agrees with the grid on every position', () => {
    const seen = new Map<string, Kind>();
    for (const t of template.tables) {
      const layout = buildLayout(t, filing, (code) => code);
      for (const line of layout.lines) {
        for (const c of t.columns) {
          const info = cellAt(layout, line, c.col);
          if (!info) continue;
          const kind: Kind = info.na ? 'na' : info.computed ? 'computed' : 'entered';
          expect(info.editable).toBe(kind === 'entered');
          seen.set(pos(t.id, info.ref.row, c.col), kind);
        }
      }
    }
    for (const [p, kind] of expected) expect([p, seen.get(p) ?? 'none']).toEqual([p, kind]);
  });

  it('agrees with the print/xlsx layout: a figure or —— exactly where the model has a cell', () => {
    const ctx = gridContext(filing, template);
    for (const t of template.tables) {
      const grid = tableGrid(t, ctx);
      const printed = new Map<string, GridCell>();
      for (const row of grid.body) for (const c of row) if (c?.ref) printed.set(pos(t.id, c.ref.row, c.ref.col), c);
      const na = grid.body.flat().filter((c) => c?.kind === 'na').length;
      let expectNa = 0;
      for (const [p, kind] of expected) {
        if (!p.startsWith(`${t.id}|`)) continue;
        if (kind === 'na') expectNa++;
        else if (kind === 'none') expect([p, printed.has(p)]).toEqual([p, false]);
        else expect([p, printed.has(p)]).toEqual([p, true]);
      }
      expect([t.id, na]).toEqual([t.id, expectNa]);
    }
  });

  it('agrees with the import mapping: figures under entered cells are entered, under computed cells stated', () => {
    const ctx = gridContext(filing, template);
    for (const t of template.tables) {
      // The printed sheet with a figure in every cell it prints.
      const layout = tableGrid(t, ctx);
      const toSheet = (c: GridCell | null): SheetCell => {
        if (!c) return { v: null };
        if (c.kind === 'amount' || c.kind === 'count') return { v: c.ref ? 1 : null };
        if (c.kind === 'rowno' && /^\d+$/.test(c.text ?? '')) return { v: Number(c.text) };
        return { v: c.text ?? null };
      };
      const sheet: SheetData = {
        name: t.number,
        rows: [[{ v: t.title }], [{ v: t.number }], [{ v: '部门名称：测试' }], ...[...layout.head, ...layout.body].map((r) => r.map(toSheet))],
      };
      const sl = sheetLayout(sheet, t);
      expect(sl, t.id).not.toBeNull();
      const read = readTable(sheet, t, sl!, '元');
      expect([t.id, read.unreadable, read.skipped]).toEqual([t.id, [], []]);
      for (const [p, kind] of expected) {
        const [table, row, col] = p.split('|');
        if (table !== t.id) continue;
        const got: Kind = read.entered[row]?.[col] !== undefined ? 'entered' : read.stated[row]?.[col] !== undefined ? 'computed' : 'none';
        expect([p, got]).toEqual([p, kind === 'na' ? 'none' : kind]);
      }
    }
  });

  it('builds header groups once: a group spans the columns that share it', () => {
    const t05 = template.tables.find((t) => t.id === 'T05')!;
    const tree = headerTree(t05.columns);
    // Every column once, in order, under the groups it names.
    const leaves: number[] = [];
    const walk = (ns: typeof tree): void => ns.forEach((n) => (n.col !== undefined ? leaves.push(n.col) : walk(n.children)));
    walk(tree);
    expect(leaves).toEqual(t05.columns.map((c) => c.col));
    expect(treeDepth(tree)).toBe(Math.max(...t05.columns.map((c) => (c.group?.length ?? 0) + 1)));
    const m = tableModel(template.tables.find((t) => t.id === 'T01')!);
    // Two sides, each without the side's own title as a group.
    expect(m.sides.map((s) => s.title)).toEqual(['收入', '支出']);
    for (const s of m.sides) expect(s.header.some((n) => n.text === s.title)).toBe(false);
  });
});
