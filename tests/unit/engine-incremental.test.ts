// Incremental re-evaluation gives exactly what a full evaluation gives, after any sequence of edits
// (cells, pasted blocks, rows added and removed, explanations, unit changes, undo).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, computeValues, valueOf } from '../../src/shared/filing/compute';
import { cellOf } from '../../src/shared/table/cell-ref';
import { EditError } from '../../src/shared/filing/edits';
import type { Edit, Filing } from '../../src/shared/filing/types';
import { createEngine, evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { template } from './rules-fixtures';

type Op =
  | { op: 'cells'; picks: Array<[number, number]> }
  | { op: 'addRow'; table: number; code: number }
  | { op: 'removeRow'; table: number; pick: number }
  | { op: 'explain'; pick: number }
  | { op: 'sourceUnit' }
  | { op: 'undo' };

const CODED = ['T02', 'T03', 'T05', 'T08', 'T09'];
const NEW_CODES = ['2010502', '2080501', '2130101', '2240101', '2101103', '2120801'];
const AMOUNTS = ['0.00', '0.01', '1.00', '100.00', '26643.00', '18877239.00', '-5.00'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('cells' as const), picks: fc.array(fc.tuple(fc.nat(), fc.nat(AMOUNTS.length)), { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addRow' as const), table: fc.nat(CODED.length - 1), code: fc.nat(NEW_CODES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('removeRow' as const), table: fc.nat(CODED.length - 1), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('explain' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'sourceUnit' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
);

function toEdits(op: Op, f: Filing, findings: string[]): Edit[] | null {
  switch (op.op) {
    case 'cells': {
      const entered = [...buildModel(f, template).entered].sort();
      return op.picks.map(([i, a]) => {
        const c = cellOf(entered[i % entered.length]);
        return { kind: 'cell', ...c, value: a === AMOUNTS.length ? null : AMOUNTS[a] };
      });
    }
    case 'addRow':
      return [{ kind: 'addRow', table: CODED[op.table], code: NEW_CODES[op.code] }];
    case 'removeRow': {
      const rows = Object.keys(f.tables[CODED[op.table]] ?? {});
      return rows.length === 0 ? null : [{ kind: 'removeRow', table: CODED[op.table], code: rows[op.pick % rows.length] }];
    }
    case 'explain':
      return findings.length === 0 ? null : [{ kind: 'explanation', key: findings[op.pick % findings.length], text: `说明${op.pick}` }];
    case 'sourceUnit':
      return [{ kind: 'meta', patch: { sourceUnit: f.meta.sourceUnit === '元' ? '万元' : '元' } }];
    case 'undo':
      return null;
  }
}

function start(): Filing {
  const f = sampleFiling();
  // Imported totals, some off by a 尾差 or more, so stated figures are dropped and restored along the way.
  f.stated = {
    T01: { '27': { 1: '41943654.36' }, '58': { 2: '41943654.30' } },
    T02: { '合计': { 1: '41943654.36', 2: '23066415.36' }, '201': { 1: '3640931.06' } },
    T05: { '合计': { 2: '5591909.19' }, '2010504': { 1: '3595506.66' } },
  };
  return f;
}

describe('incremental re-evaluation', () => {
  it('equals full evaluation after random edit sequences, and undo returns to the start', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
        const engine = createEngine(start(), template);
        const undo: Edit[][] = [];
        for (const op of ops) {
          if (op.op === 'undo') {
            const inverse = undo.pop();
            if (inverse) engine.apply(inverse);
          } else {
            const edits = toEdits(op, engine.filing, engine.findings.map((x) => x.key));
            if (!edits) continue;
            try {
              undo.push(engine.apply(edits).inverse);
            } catch (e) {
              if (!(e instanceof EditError)) throw e;
            }
          }
          const full = evaluateAll(engine.filing, template);
          expect(engine.findings).toEqual(full);
          const values = computeValues(buildModel(engine.filing, template), engine.filing);
          for (const k of values.keys()) expect(engine.value(cellOf(k)).eq(valueOf(values, cellOf(k))), k).toBe(true);
        }
        while (undo.length > 0) engine.apply(undo.pop()!);
        expect(engine.filing).toEqual(start());
        expect(engine.findings).toEqual(evaluateAll(start(), template));
      }),
      { numRuns: 40 },
    );
  });

  it('reports what an edit changed: cells, findings added and removed', () => {
    const engine = createEngine(sampleFiling(), template);
    const fix = engine.apply([
      { kind: 'cell', table: 'T02', row: '2120899', col: 3, value: null },
      { kind: 'cell', table: 'T02', row: '2120899', col: 2, value: '18877239.00' },
    ]);
    expect(fix.removedFindings.map((f) => f.key)).toEqual(['X.T02-T01.2', 'X.T02-T01.3']);
    expect(fix.addedFindings).toEqual([]);
    expect(fix.changedCells).toContainEqual({ table: 'T02', row: '合计', col: 2 });
    expect(fix.changedCells).toContainEqual({ table: 'T02', row: '212', col: 3 });
    const back = engine.apply(fix.inverse);
    expect(back.addedFindings.map((f) => f.key)).toEqual(['X.T02-T01.2', 'X.T02-T01.3']);
    const explained = engine.apply([{ kind: 'explanation', key: 'X.T02-T01.2', text: '已通知修改' }]);
    expect(explained.updatedFindings.map((f) => [f.key, f.explanation])).toEqual([['X.T02-T01.2', '已通知修改']]);
  });

  it('leaves the engine unchanged when an edit is refused', () => {
    const engine = createEngine(sampleFiling(), template);
    const before = engine.filing;
    expect(() => engine.apply([{ kind: 'cell', table: 'T01', row: '27', col: 1, value: '1.00' }])).toThrow(/由公式计算/);
    expect(engine.filing).toBe(before);
    expect(engine.findings).toHaveLength(4);
  });

  it('reset re-evaluates a filing changed outside edits (last year’s figures loaded)', () => {
    const engine = createEngine(sampleFiling(), template);
    const f = sampleFiling();
    f.narrative.lastYear = { ...f.narrative.lastYear, 'T01.60': '5.00' };
    const u = engine.reset(f);
    expect(u.addedFindings.map((x) => x.key)).toEqual(['P.LY.T01']);
  });
});
