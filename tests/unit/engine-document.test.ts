// The engine is the document: it owns its filing (the caller's is never touched), an edit reports
// exactly the cells whose value changed, and an exception anywhere in an apply leaves it as it was.
import { describe, expect, it, vi } from 'vitest';
import { buildModel, computeValues } from '../../src/shared/filing/compute';
import { serializeFiling } from '../../src/shared/filing/schema';
import { basisOf } from '../../src/shared/rules/check';
import { createEngine } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { keyOf } from '../../src/shared/table/cell-ref';
import { template } from './rules-fixtures';
import type * as CheckModule from '../../src/shared/rules/check';

// One switch to make the check of one rule throw, as a bug would, after the edit itself succeeded.
const failOn = vi.hoisted(() => ({ rule: null as string | null }));
vi.mock('../../src/shared/rules/check', async (importOriginal) => {
  const real = await importOriginal<typeof CheckModule>();
  return {
    ...real,
    evaluateCheck: (...args: Parameters<typeof real.evaluateCheck>) => {
      if (failOn.rule !== null && args[0].rule === failOn.rule) throw new Error('审核中途出错（测试）');
      return real.evaluateCheck(...args);
    },
  };
});

function snapshot(engine: ReturnType<typeof createEngine>) {
  return {
    file: serializeFiling(engine.filing),
    findings: engine.findings.map((f) => [f.key, f.severity, f.message]),
    total: engine.value({ table: 'T05', row: '合计', col: 1 }).toFixed(2),
  };
}

describe('the engine as the document', () => {
  it('never changes the filing it was given', () => {
    const f = sampleFiling();
    const before = serializeFiling(f);
    const engine = createEngine(f, template);
    const row = Object.keys(f.tables.T05).sort()[0];
    engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '1.00' }]);
    engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '2.00' }]);
    expect(serializeFiling(f)).toBe(before);
    expect(engine.filing.tables.T05[row]['2']).toBe('2.00');
  });

  it('reports exactly the cells whose value changed', () => {
    const f = sampleFiling();
    const engine = createEngine(f, template);
    const row = Object.keys(f.tables.T05).sort()[0];
    const before = computeValues(buildModel(f, template), f);
    const u = engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '12345.67' }]);
    const after = computeValues(buildModel(engine.filing, template), engine.filing);
    const differ = new Set<string>();
    for (const k of new Set([...before.keys(), ...after.keys()])) if ((before.get(k) ?? 0n) !== (after.get(k) ?? 0n)) differ.add(k);
    expect(new Set(u.changedKeys)).toEqual(differ);
    expect(u.structural).toBe(false);
    // Flags: the cells of every finding that came, went or changed.
    const flagged = new Set([...u.addedFindings, ...u.removedFindings, ...u.updatedFindings].flatMap((x) => x.cells.map(keyOf)));
    expect(new Set(u.flaggedKeys)).toEqual(flagged);
  });

  it('is unchanged after a batch with a refused edit', () => {
    const engine = createEngine(sampleFiling(), template);
    const row = Object.keys(engine.filing.tables.T05).sort()[0];
    const before = snapshot(engine);
    expect(() =>
      engine.apply([
        { kind: 'cell', table: 'T05', row, col: 2, value: '999.00' },
        { kind: 'cell', table: 'T05', row: '合计', col: 2, value: '1.00' },
      ]),
    ).toThrow(/汇总/);
    expect(snapshot(engine)).toEqual(before);
  });

  it('is unchanged after an exception in the middle of re-checking, and works on', () => {
    const engine = createEngine(sampleFiling(), template);
    const row = Object.keys(engine.filing.tables.T05).sort()[0];
    const before = snapshot(engine);
    failOn.rule = 'X.T04-T05.total';
    try {
      expect(() => engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '999.00' }])).toThrow(/审核中途出错/);
    } finally {
      failOn.rule = null;
    }
    expect(snapshot(engine)).toEqual(before);
    engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '999.00' }]);
    expect(engine.filing.tables.T05[row]['2']).toBe('999.00');
  });

  it('gives findings that read as plain objects, worded only when the message is read', () => {
    const engine = createEngine(sampleFiling(), template);
    const row = Object.keys(engine.filing.tables.T05).sort()[0];
    const u = engine.apply([{ kind: 'cell', table: 'T05', row, col: 2, value: '999.00' }]);
    const f = u.addedFindings.find((x) => x.rule === 'X.T04-T05.total');
    expect(f).toBeDefined();
    if (!f) return;
    // Not worded by the edit: the basis holds no words until the message is read.
    expect(basisOf(f)?.worded).toBeUndefined();
    expect(f.message).toMatch(/^公开04表 .* ≠ 公开05表 .*，差 /);
    expect(basisOf(f)?.worded).toBe(f.message);
    // JSON, a structured clone (IPC) and a spread carry the message; the basis stays out of sight.
    expect(Object.keys(f)).toEqual(['rule', 'key', 'cells', 'severity', 'message']);
    expect(JSON.parse(JSON.stringify(f)).message).toBe(f.message);
    expect(structuredClone(f).message).toBe(f.message);
    expect({ ...f }).toEqual({ rule: f.rule, key: f.key, cells: f.cells, severity: f.severity, message: f.message });
  });
});
