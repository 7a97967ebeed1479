// The mutation check, as a test: for every rule of the template, a copy of the (corrected) sample with one
// entered cell changed so that the rule breaks. The rule must fire, at that cell (or a total it feeds),
// and nothing may fire that does not read what changed. Cells are found from the rule's own data (its
// terms walked down to what a clerk types), not written by hand, so a new rule is covered by adding it.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Edit, Filing } from '../../src/shared/filing/types';
import type { LinearRule } from '../../src/shared/rules/types';
import { type FilingModel, buildModel, downstream } from '../../src/shared/filing/compute';
import { type CellKey, cellKey, cellOf } from '../../src/shared/table/cell-ref';
import { type CheckInstance, buildInstances } from '../../src/shared/rules/instances';
import { createEngine } from '../../src/shared/rules/engine';
import { findCode, getCatalog, childrenOf } from '../../src/shared/catalog/index';
import { cleanSample, template } from './rules-fixtures';

const base = cleanSample();

interface Mutation {
  edits: Edit[];
  cell: CellKey;
}

/** Entered cells under a cell with their sign in it (computed cells walked down). */
function enteredUnder(model: FilingModel, key: CellKey, sign: number, out: Map<CellKey, number>): void {
  const c = model.computed.get(key);
  if (!c) {
    const at = cellOf(key);
    if (model.isEntered(at.table, at.row, at.col)) out.set(key, (out.get(key) ?? 0) + sign);
    return;
  }
  for (const t of c.terms) enteredUnder(model, t.key, sign * t.sign, out);
}

/** Each entered cell's coefficient in (left − right). */
function coefficients(model: FilingModel, inst: CheckInstance): Map<CellKey, number> {
  const out = new Map<CellKey, number>();
  for (const t of inst.left.terms) if (t.kind === 'cell') enteredUnder(model, t.key, t.sign, out);
  for (const t of inst.right.terms) if (t.kind === 'cell') enteredUnder(model, t.key, -t.sign, out);
  return out;
}

function amount(f: Filing, key: CellKey): Decimal {
  const c = cellOf(key);
  return new Decimal(f.tables[c.table]?.[c.row]?.[String(c.col)] ?? '0');
}

/** A 项 of the catalogue under a 类 code, for a coded table that holds no row there yet. */
function leafUnder(code: string): string | null {
  const catalog = getCatalog('function', template.year);
  let at = findCode(catalog, code, []) ? code : null;
  while (at) {
    const kids = childrenOf(catalog, at, []);
    if (kids.length === 0) return at;
    at = kids[0].code;
  }
  return null;
}

/** One edit (a row added first where the table has none) that breaks the instance. */
function mutationFor(model: FilingModel, inst: CheckInstance, filing: Filing): Mutation | null {
  const engine = createEngine(filing, template);
  const side = (terms: CheckInstance['left']['terms']) => terms.reduce((v, t) => (t.kind === 'cell' ? v.plus(engine.value(cellOf(t.key)).times(t.sign)) : v), new Decimal(0));
  const slack = side(inst.right.terms).minus(side(inst.left.terms));
  for (const [key, coef] of coefficients(model, inst)) {
    if (coef === 0) continue;
    // eq: any change breaks it; le: push the left side past the right.
    const delta = inst.op === 'eq' ? new Decimal(100) : slack.abs().plus(100).times(coef > 0 ? 1 : -1).div(coef);
    const value = amount(filing, key).plus(delta);
    if (value.isNegative()) continue;
    const c = cellOf(key);
    return { edits: [{ kind: 'cell', table: c.table, row: c.row, col: c.col, value: value.toFixed(2) }], cell: key };
  }
  // Nothing entered feeds it (公开09表 is empty in the sample): add the 项 the rule's own terms name.
  for (const t of inst.left.terms) {
    if (t.kind !== 'cell') continue;
    const c = cellOf(t.key);
    const def = template.tables.find((x) => x.id === c.table);
    if (def?.kind !== 'coded') continue;
    const code = c.row === '合计' ? leafUnder('201') : leafUnder(c.row);
    if (!code) continue;
    return {
      edits: [{ kind: 'addRow', table: c.table, code }, { kind: 'cell', table: c.table, row: code, col: c.col, value: '100.00' }],
      cell: cellKey(c.table, code, c.col),
    };
  }
  return null;
}

const linearRules = template.rules.filter((r): r is LinearRule => r.kind === 'linear');

describe('the mutation check: one changed cell breaks each rule, at that cell, and nothing else', () => {
  const model = buildModel(base, template);
  const instances = buildInstances(model, base).filter((i): i is CheckInstance => i.kind === 'check');
  const before = createEngine(base, template);
  const standing = new Set(before.findings.map((f) => f.key));

  it('starts from a sample on which every rule holds', () => {
    expect(before.findings.map((f) => f.key)).toEqual([]);
  });

  for (const rule of linearRules) {
    it(`${rule.id}：${rule.title}`, () => {
      // 上年 rules need last year's figures; give them the ones that make the rule hold.
      const ofRule = instances.filter((i) => i.rule === rule.id && !standing.has(i.key));
      const inst = ofRule.find((i) => mutationFor(model, i, base) !== null);
      if (rule.requires === 'lastYear' && !inst) {
        expect(ofRule).toEqual([]);
        return;
      }
      expect(inst, `没有可变动的实例：${rule.id}`).toBeDefined();
      const m = mutationFor(model, inst!, base)!;
      const engine = createEngine(base, template);
      const u = engine.apply(m.edits);
      const reach = new Set<CellKey>([m.cell, ...downstream(buildModel(u.filing, template), [m.cell])]);
      const fired = u.findings.find((f) => f.key === inst!.key);
      expect(fired, `${rule.id} 没有报出（改动 ${m.cell}）`).toBeDefined();
      expect(fired!.cells.some((c) => reach.has(cellKey(c.table, c.row, c.col)))).toBe(true);
      // Whatever else fires reads the changed cell or a total it feeds: a real consequence, not noise.
      for (const f of u.addedFindings) {
        expect(f.cells.some((c) => reach.has(cellKey(c.table, c.row, c.col))), `${f.key} 与改动无关：${f.message}`).toBe(true);
      }
    });
  }
});

describe('the mutation check for the rules that read last year, the forms and the narrative', () => {
  const withLastYear = (f: Filing): Filing => ({
    ...f,
    narrative: { ...f.narrative, lastYear: { ...f.narrative.lastYear, 'T01.60': '0.00', '三公.7': '999999999.00', 'T04.60.2': '0.00', 'T04.60.3': '0.00', 'T04.60.4': '0.00', 'T04.60.5': '0.00' } },
  });

  it.each([
    ['P.LY.T01', 'T01', '29', 1],
    ['P.LY.T04.29', 'T04', '29', 1],
    ['P.LY.T04.30', 'T04', '30', 1],
    ['P.LY.T04.31', 'T04', '31', 1],
  ] as const)('%s fires when 年初 differs from last year’s 年末', (rule, table, row, col) => {
    const f = withLastYear(base);
    const engine = createEngine(f, template);
    const start = new Set(engine.findings.filter((x) => x.rule === rule).map((x) => x.key));
    expect(start.size).toBe(0);
    const old = new Decimal(f.tables[table]?.[row]?.[String(col)] ?? '0');
    const u = engine.apply([{ kind: 'cell', table, row, col, value: old.plus(100).toFixed(2) }]);
    const hit = u.addedFindings.filter((x) => x.rule === rule);
    expect(hit).toHaveLength(1);
    expect(hit[0].cells).toContainEqual({ table, row, col });
  });

  it('PE-3 fires when one source of a form’s budget changes, and only PE rules of that form fire', () => {
    const f = structuredClone(base);
    const ev = f.evaluations[0];
    ev.budget.central = new Decimal(ev.budget.central || '0').plus(1).toFixed();
    const after = createEngine(f, template).findings;
    expect(after.map((x) => x.rule)).toEqual(['PE-3']);
    expect(after[0].cells.every((c) => c.table === 'PE')).toBe(true);
  });

  const formCase = (rule: string, change: (f: Filing) => void) => {
    const f = structuredClone(base);
    change(f);
    const engine = createEngine(base, template);
    const added = engine.reset(f).addedFindings;
    expect(added.map((x) => x.rule)).toContain(rule);
    // Only rules of the form that changed fire, at that form.
    expect(added.every((x) => x.rule.startsWith('PE-') && x.cells.every((c) => c.table === 'PE' && c.row.startsWith(f.evaluations[0].id)))).toBe(true);
  };

  it('PE-1 fires when a form’s 执行情况 score is three points off its 执行率', () => {
    formCase('PE-1', (f) => (f.evaluations[0].executionScore = String(Number(f.evaluations[0].executionScore || '10') - 3)));
  });

  it('PE-2 fires when a level score exceeds its 分值', () => {
    formCase('PE-2', (f) => (f.evaluations[0].levelScores['产出指标'] = '99'));
  });

  it('PE-4 fires when an indicator falls short with no reason written', () => {
    formCase('PE-4', (f) => {
      const ind = f.evaluations[0].indicators.find((i) => /^\d+(\.\d+)?$/.test(i.target.trim())) ?? f.evaluations[0].indicators[0];
      ind.target = '100';
      ind.actual = '1';
      ind.shortfallReason = '';
    });
  });

  it('PE-5 fires when one indicator’s 得分 exceeds its own 分值 (a form scored per indicator)', () => {
    formCase('PE-5', (f) => {
      const ind = f.evaluations[0].indicators[0];
      ind.weight = '5';
      ind.score = '6';
    });
  });

  it('NR-1 fires when a figure compared with last year changes and no reason is written', () => {
    const f = structuredClone(base);
    f.narrative.lastYear['T10.5'] = '1.00';
    f.narrative.reasons = {};
    const added = createEngine(base, template).reset(f).addedFindings;
    expect(added.map((x) => x.rule)).toContain('NR-1');
    expect(added.every((x) => x.rule === 'NR-1' || x.rule.startsWith('P.'))).toBe(true);
  });
});
