// The filing as HyperFormula sheets for the engine benchmark: one sheet per table (entered figures as
// numbers, computed cells as sum formulas) and a Checks sheet with one formula per rule instance the
// engine checks (the same instances, so both sides check the same things).
import type { CellKey } from '../src/shared/table/cell-ref';
import { cellOf } from '../src/shared/table/cell-ref';
import { buildModel, rowsOf } from '../src/shared/filing/compute';
import type { Edit, Filing } from '../src/shared/filing/types';
import type { Engine } from '../src/shared/rules/engine';
import { buildInstances } from '../src/shared/rules/instances';
import type { Template } from '../src/shared/templates/types';

function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function spreadsheetOf(f: Filing, t: Template) {
  const model = buildModel(f, t);
  const rowIndex = new Map<string, Map<string, number>>();
  for (const table of t.tables) rowIndex.set(table.id, new Map(rowsOf(model, table.id).map((r, i) => [r, i])));
  const ref = (key: CellKey): string => {
    const c = cellOf(key);
    const r = rowIndex.get(c.table)?.get(c.row);
    return r === undefined ? '0' : `${c.table}!${colName(c.col)}${r + 1}`;
  };
  const sheets: Record<string, Array<Array<string | number | null>>> = {};
  for (const table of t.tables) sheets[table.id] = Array.from({ length: rowIndex.get(table.id)!.size }, () => Array(13).fill(null));
  for (const key of model.entered) {
    const c = cellOf(key);
    const v = f.tables[c.table]?.[c.row]?.[String(c.col)];
    if (v !== undefined) sheets[c.table][rowIndex.get(c.table)!.get(c.row)!][c.col - 1] = Number(v);
  }
  for (const comp of model.computed.values()) {
    const c = cellOf(comp.key);
    sheets[c.table][rowIndex.get(c.table)!.get(c.row)!][c.col - 1] = `=0${comp.terms.map((x) => (x.sign === -1 ? '-' : '+') + ref(x.key)).join('')}`;
  }
  const checks: string[][] = [];
  const checkKeys = new Set<string>();
  for (const inst of buildInstances(model, f)) {
    if (inst.kind !== 'check') continue;
    checkKeys.add(inst.key);
    const side = (s: typeof inst.left) =>
      '0' + s.terms.map((x) => (x.sign === -1 ? '-' : '+') + (x.kind === 'lastYear' ? String(Number(f.narrative.lastYear[x.name] ?? 0)) : ref(x.key))).join('');
    const diff = `(${side(inst.left)})-(${side(inst.right)})`;
    checks.push([inst.op === 'eq' ? `=IF(ABS(${diff})<0.005,0,1)` : `=IF(${diff}<0.005,0,1)`]);
  }
  sheets.Checks = checks;
  let rows = 0;
  for (const table of t.tables) if (table.kind === 'coded') rows += rowIndex.get(table.id)!.size;
  return {
    sheets,
    rows,
    checks: checks.length,
    address(edit: Extract<Edit, { kind: 'cell' }>) {
      return { sheet: t.tables.findIndex((x) => x.id === edit.table), row: rowIndex.get(edit.table)!.get(edit.row)!, col: edit.col - 1 };
    },
    countChecksFailing(engine: Engine): number {
      return engine.findings.filter((x) => checkKeys.has(x.key)).length;
    },
  };
}
