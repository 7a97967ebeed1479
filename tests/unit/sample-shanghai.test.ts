// The second built-in sample, 上海市普陀区规划和自然资源局 2024年度部门决算 as published: every printed figure
// recomputed from the entered cells, and the checker's findings = the inconsistencies listed in
// docs/templates/shanghai-2024.md, nothing more.
import { describe, expect, it } from 'vitest';
import { computeFiling } from '../../src/shared/filing/compute';
import { cellKey } from '../../src/shared/table/cell-ref';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { Decimal, formatAmount, isStoredAmount } from '../../src/shared/money/money';
import { evaluateAll } from '../../src/shared/rules/engine';
import { putuoPrinted, putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { getTemplateParams, servesYear } from '../../src/shared/templates/params';
import { getTemplate, listTemplates } from '../../src/shared/templates/registry';
import { SH_GLOSSARY } from '../../src/shared/templates/shanghai-2024/glossary';
import { SH06_PERSONNEL_CLASSES, SH06_PUBLIC_CLASSES } from '../../src/shared/templates/shanghai-2024/sh06';
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../src/shared/templates/shanxi-2022/t06';
import { shTemplate } from './shanghai-fixtures';

/** Printed totals that are not the sum of their printed parts: cell → [printed, recomputed] in 万元. */
const NOT_THE_SUM: Record<string, [string, string]> = {
  'SH04|本年支出合计|2': ['9,746.50', '9,746.49'],
  'SH04|本年支出合计|3': ['9,746.50', '9,746.49'],
  'SH04|支出总计|2': ['9,746.50', '9,746.49'],
  'SH04|支出总计|3': ['9,746.50', '9,746.49'],
  'SH05|2120101|1': ['1,092.80', '1,092.79'],
  'SH05|21201|1': ['1,092.80', '1,092.79'],
  'SH05|212|1': ['3,832.36', '3,832.35'],
  'SH05|合计|1': ['9,746.50', '9,746.49'],
  'SH06|302|1': ['440.90', '440.88'],
  'SH06|人员经费合计|1': ['4,884.09', '4,884.10'],
  'SH06|公用经费合计|1': ['480.66', '480.64'],
  'SHN|政府采购合计|1': ['2,319.21', '2,319.22'],
};

/**
 * Every finding on the published sample: all 尾差 (万元 rounding) 提示, each a real gap in the document.
 * Rules compare printed figures: where two printed totals agree (SH04 总计, SH06 vs SH05 …) nothing is
 * flagged; the gap between a printed total and its printed parts is the STATED 提示 on that total, once,
 * where the parts do not add up: the totals above it (SH05 21201, 212, 合计; SH06 公用经费合计; SH04
 * 支出总计) add up as printed and are not flagged again.
 */
const FINDINGS = [
  'STATED.SH04.本年支出合计.2',
  'STATED.SH04.本年支出合计.3',
  'STATED.SH05.2120101.1',
  'STATED.SH06.302.1',
  'STATED.SH06.人员经费合计.1',
  'STATED.SHN.政府采购合计.1',
  'X.SH03-SH01.class:210',
  'X.SH03-SH01.class:212',
  'X.SH04-SH05.class:210',
  'P.SH06-SH05.30110+30111',
];

describe('putuoSample()', () => {
  it('is the 普陀 2024 filing in 万元 on the shanghai-2024 template, with its five units', () => {
    const f = putuoSample();
    expect(f.template).toBe('shanghai-2024');
    expect(getTemplate(f.template)).toBe(shTemplate);
    expect(f.meta.department).toBe('上海市普陀区规划和自然资源局');
    expect([f.meta.year, f.meta.unit, f.meta.sourceUnit]).toEqual([2024, '万元', '万元']);
    expect(f.meta.members.map((m) => m.nature)).toEqual(['行政', '参公事业', '事业', '事业', '事业']);
    expect(f.overview.duties.split('\n')).toHaveLength(14);
    expect(f.glossary.map((g) => g.term)).toEqual(SH_GLOSSARY.map((g) => g.term));
    expect(f.glossary).toHaveLength(11);
    expect(f.narrative.initialBudget.total).toBe('102103400.00');
    expect(f.narrative.lastYear['SH01.收入总计']).toBe('87965300.00');
  });

  it('stores entered cells in tables and printed totals in stated, as 元 strings', () => {
    const f = putuoSample();
    const { model } = computeFiling(f, shTemplate);
    for (const [which, part] of [['tables', f.tables], ['stated', f.stated]] as const) {
      for (const [table, rows] of Object.entries(part)) {
        for (const [row, cols] of Object.entries(rows)) {
          for (const [col, v] of Object.entries(cols)) {
            const key = cellKey(table, row, Number(col));
            expect(isStoredAmount(v), `${key} ${v}`).toBe(true);
            if (which === 'tables') expect(model.isEntered(table, row, Number(col)), key).toBe(true);
            else expect(model.computed.has(key), key).toBe(true);
          }
        }
      }
    }
    expect(f.tables.SH02['2080505']).toEqual({ 2: '4461100.00' });
    expect(f.stated.SH01['收入总计']).toEqual({ 1: '98593800.00' });
    expect(Object.keys(f.tables.SH08)).toEqual([]);
  });

  it('recomputes every printed figure; only the totals listed do not match their printed parts', () => {
    const f = putuoSample();
    const { value } = computeFiling(f, shTemplate);
    const printed = putuoPrinted();
    const mismatches: Record<string, [string, string]> = {};
    let n = 0;
    for (const [table, rows] of Object.entries(printed)) {
      for (const [row, cols] of Object.entries(rows)) {
        for (const [col, v] of Object.entries(cols)) {
          n++;
          const got = value({ table, row, col: Number(col) });
          if (!got.eq(v)) mismatches[cellKey(table, row, Number(col))] = [formatAmount(new Decimal(v), '万元'), formatAmount(got, '万元')];
        }
      }
    }
    expect(mismatches).toEqual(NOT_THE_SUM);
    // 12 + 50 + 75 + 17 + 75 + 67 + 12 figures in the nine tables, 40 in the 情况说明 data.
    expect(n).toBe(348);
  });

  it('yields exactly the published inconsistencies: 尾差 提示, and errors where two printed totals disagree', () => {
    const findings = evaluateAll(putuoSample());
    expect(findings.map((x) => x.key)).toEqual(FINDINGS);
    // Each printed total that is not the sum of its printed parts is one STATED finding: a total whose
    // re-added value differs only because a part below it was printed off (21201 over 2120101) is not.
    const stated = FINDINGS.filter((k) => k.startsWith('STATED.')).map((k) => k.slice(7));
    expect(Object.keys(NOT_THE_SUM).map((k) => k.replaceAll('|', '.'))).toEqual(expect.arrayContaining(stated));
    expect(stated).toEqual(['SH04.本年支出合计.2', 'SH04.本年支出合计.3', 'SH05.2120101.1', 'SH06.302.1', 'SH06.人员经费合计.1', 'SHN.政府采购合计.1']);
    // Two printed figures of the same quantity (issue 12) must agree exactly: these 0.01万元 gaps are errors.
    const exact = ['X.SH03-SH01.class:210', 'X.SH03-SH01.class:212', 'X.SH04-SH05.class:210'];
    expect(findings.filter((x) => x.severity === 'error').map((x) => x.key)).toEqual(exact);
    expect(findings.filter((x) => x.severity === 'warning' && !x.rounding).map((x) => x.key)).toEqual(['P.SH06-SH05.30110+30111']);
    expect(findings.filter((x) => !exact.includes(x.key) && x.key.startsWith('STATED.')).every((x) => x.rounding === true)).toBe(true);
    expect(findings.find((x) => x.key === 'X.SH03-SH01.class:210')?.message).toBe(
      '支出决算表 210 卫生健康支出 本年支出合计 236.64 ≠ 收入支出决算总表 卫生健康支出 236.63，差 0.01（单位：万元）',
    );
  });

  it('flags a printed subtotal off its printed parts once, where it is off, and the totals it throws out above it', () => {
    const f = putuoSample();
    // 表五 21201 printed 1,092.81 over its one part 2120101 printed 1,092.80: 21201 is off its part, and
    // 212 (printed 3,832.36) is now off 21201 + 21202 as printed; 合计 over the 类 as printed still adds up.
    f.stated.SH05['21201']['1'] = '10928100.00';
    const stated = evaluateAll(f).filter((x) => x.key.startsWith('STATED.SH05.'));
    expect(stated.map((x) => x.key)).toEqual(['STATED.SH05.212.1', 'STATED.SH05.21201.1', 'STATED.SH05.2120101.1']);
    expect(stated.find((x) => x.key === 'STATED.SH05.21201.1')?.message).toContain('填报数 1,092.81 ≠ 2120101 行政运行 之和 1,092.80，差 0.01');
    expect(stated.find((x) => x.key === 'STATED.SH05.212.1')?.message).toContain('填报数 3,832.36 ≠ 21201 城乡社区管理事务+21202 城乡社区规划与管理 之和 3,832.37，差 0.01');
  });

  it('reads back unchanged through the file format', () => {
    const f = putuoSample();
    const parsed = parseFiling(serializeFiling(f));
    expect(parsed.ok ? parsed.filing : parsed).toEqual(f);
  });
});

describe('the shanghai-2024 template', () => {
  it('is registered beside shanxi-2022 and declares the years it serves', () => {
    expect(listTemplates().map((t) => t.id)).toEqual(['shanxi-2022', 'shanghai-2024']);
    const p = getTemplateParams('shanghai-2024');
    expect(p?.years).toEqual({ from: 2024, to: 2025 });
    expect([2023, 2024, 2025, 2026].map((y) => servesYear(p!, y))).toEqual([false, true, true, false]);
    expect(p?.printedTables).toEqual(shTemplate.tables.map((t) => t.id).filter((id) => !p?.inputTables.includes(id)));
    expect(p?.glossary).toHaveLength(11);
    expect(p?.narrative.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
  });

  it('declares its 人员/公用 classes as its 基本支出 table computes them, as Shanxi does in the same shape', () => {
    const sh = getTemplateParams('shanghai-2024')!;
    expect([sh.economicTable.personnelClasses, sh.economicTable.publicClasses]).toEqual([SH06_PERSONNEL_CLASSES, SH06_PUBLIC_CLASSES]);
    const sx = getTemplateParams('shanxi-2022')!;
    expect([sx.economicTable.personnelClasses, sx.economicTable.publicClasses]).toEqual([PERSONNEL_CLASSES, PUBLIC_CLASSES]);
    expect([sx.unit, sx.printsLineNumbers, sx.sanGong.budgetBasis]).toEqual(['元', true, '全年预算（调整后）']);
    expect([sh.unit, sh.printsLineNumbers, sh.sanGong.budgetBasis]).toEqual(['万元', false, '年初预算']);
  });

  it('prints titles as the template does', () => {
    expect(shTemplate.tables.slice(0, 9).map((t) => t.title)).toEqual([
      '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算表', '财政拨款“三公”经费支出决算表', '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
    ]);
  });

  it('pairs the two sides of each 总表 line by line', () => {
    for (const id of ['SH01', 'SH04']) {
      const t = shTemplate.tables.find((x) => x.id === id)!;
      expect(t.sides![0].rows.length, id).toBe(t.sides![1].rows.length);
    }
  });
});
