// A rule side's label is written by hand beside its terms (the words are the seed's); this test checks
// every label against the terms it names, so the two cannot drift apart: the tables, 行次, codes and
// last-year figures a label mentions are exactly those its terms read.
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../src/shared/templates/registry';
import type { InstanceNames, LinearRule, RuleSide, RuleTerm } from '../../src/shared/rules/types';

const template = getTemplate('shanxi-2022');
const byId = new Map(template.tables.map((t) => [t.id, t]));
// A made-up instance: its code, name and the line it has in every fixed table.
const LINE = '37';
const inst: InstanceNames = { code: '206', name: '科学技术支出', line: () => LINE };

function labelOf(side: RuleSide): string {
  return typeof side.label === 'string' ? side.label : side.label(inst);
}

function tableOf(rule: LinearRule, t: RuleTerm): string | undefined {
  if (t.kind === 'lastYear') return undefined;
  return t.table ?? (rule.forEach?.over === 'rows' ? rule.forEach.table : undefined);
}

function rowOf(t: RuleTerm): string | null {
  if (t.kind === 'cell') return t.row;
  if (t.kind === 'instanceRow') return inst.code;
  if (t.kind === 'instanceLine') return LINE;
  return null;
}

const linear = template.rules.filter((r): r is LinearRule => r.kind === 'linear');

describe('rule side labels', () => {
  it.each(linear.map((r) => [r.id, r] as const))('%s names what its terms read', (_id, rule) => {
    const sides = [rule.left, rule.right];
    // A side without a table number continues the other side's table ("行59+行60 …").
    const numbersNamed = new Set(sides.flatMap((s) => [...labelOf(s).matchAll(/公开\d\d表/g)].map((m) => m[0])));
    for (const side of sides) {
      const label = labelOf(side);
      const cellTerms = side.terms.filter((t) => t.kind !== 'lastYear');
      const tables = new Set(cellTerms.map((t) => byId.get(tableOf(rule, t)!)!.number));
      // Every table the side reads is named (here or on the other side) ...
      for (const n of tables) expect(numbersNamed.has(n), `${rule.id}: ${label} 未提到 ${n}`).toBe(true);
      // ... and every table the side names is one it reads, unless it names the other side's.
      const named = [...label.matchAll(/公开\d\d表/g)].map((m) => m[0]).filter((n) => !n.startsWith('上年'));
      for (const n of named) if (!label.includes(`上年${n}`)) expect(tables.has(n), `${rule.id}: ${label} 多了 ${n}`).toBe(true);
      // 行次 of fixed tables: exactly the rows read, when the label names any.
      const lines = [...label.replace(/上年公开\d\d表 行\d+/g, '').matchAll(/行(\d+)/g)].map((m) => m[1]);
      const fixedRows = cellTerms.filter((t) => byId.get(tableOf(rule, t)!)!.kind === 'fixed' && !byId.get(tableOf(rule, t)!)!.catalog).map(rowOf);
      if (lines.length > 0) expect(new Set(lines), `${rule.id}: ${label}`).toEqual(new Set(fixedRows));
      // Codes and named rows (合计, 30212, 人员经费合计) of coded and 经济分类 tables appear in the label,
      // or in the other side's when this side reads the same row ("金额" beside "公开06表 206 … 基本支出").
      for (const t of cellTerms) {
        const def = byId.get(tableOf(rule, t)!)!;
        if (def.kind === 'coded' || def.catalog) expect(sides.map(labelOf).join(' ∣ '), `${rule.id}`).toContain(rowOf(t)!);
      }
      // Last year's figures are named as such, and only they are.
      const ly = side.terms.some((t) => t.kind === 'lastYear');
      expect(label.includes('上年'), `${rule.id}: ${label}`).toBe(ly);
    }
  });
});
