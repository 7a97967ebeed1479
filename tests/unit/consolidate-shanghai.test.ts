// 汇总 on the 上海 2024 layout: two unit filings built here (a 本级 that pays its 所属单位 a 补助 of 600 and
// receives an 上缴 of 100 from it). 上海's 表一–表三 carry the same transfer columns and lines as 山西's
// 公开01–03表 (表二 上级补助收入 栏3 / 附属单位上缴收入 栏6, 表三 上缴上级支出 栏4 / 对附属单位补助支出 栏6,
// 表一's income lines and 类 spending lines), so the offsets are applied there and HZ-1/2 check them.
import { describe, expect, it } from 'vitest';
import { consolidate, ConsolidateError } from '../../src/shared/consolidate/consolidate';
import type { UnitInput } from '../../src/shared/consolidate/consolidate';
import { adjustmentRows, formatConsolidationReport } from '../../src/shared/consolidate/report';
import { newFiling } from '../../src/shared/filing/new-filing';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import type { Filing, TableValues } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { shanghai2024 as template } from '../../src/shared/templates/shanghai-2024/index';
import type { Template } from '../../src/shared/templates/types';

const AT = '2026-12-01T00:00:00.000Z';
const PARENT = '示例区局';
const UNIT = '示例区局事务中心';

function unit(department: string, tables: Record<string, TableValues>): Filing {
  const f = newFiling({ template: 'shanghai-2024', year: 2024, department, tables });
  f.meta.members = [{ name: department, nature: department === PARENT ? '行政' : '事业' }];
  return f;
}

const parent = () =>
  unit(PARENT, {
    SH01: { 附属单位上缴收入: { '1': '100.00' }, 其他收入: { '1': '1000.00' }, '201': { '2': '1100.00' } },
    SH02: { '2010101': { '6': '100.00', '7': '1000.00' } },
    SH03: { '2010101': { '2': '500.00', '6': '600.00' } },
  });

/** `received` is the unit's 上级补助收入 (600 matches what the 本级 paid). */
const child = (received = '600.00') =>
  unit(UNIT, {
    SH01: { 上级补助收入: { '1': received }, '201': { '2': received } },
    SH02: { '2010102': { '3': received } },
    SH03: { '2010102': { '2': String(Number(received) - 100) + '.00', '4': '100.00' } },
  });

const inputs = (...fs: Filing[]): UnitInput[] => fs.map((filing, i) => ({ filing, path: `u${i}.jsgk`, sha256: String(i).repeat(64) }));
const errorsOf = (f: Filing) => evaluateAll(f, template).filter((x) => x.severity === 'error');

describe('汇总 on shanghai-2024', () => {
  it('each unit passes its own rules, HZ-1/2 included (they find nothing on a unit)', () => {
    for (const f of [parent(), child()]) expect(evaluateAll(f, template)).toEqual([]);
  });

  it('offsets 补助 and 上缴 on 表一–表三 and every rule holds on the department', () => {
    const { filing } = consolidate(inputs(parent(), child()), { template, at: AT });
    expect(filing.tables.SH01).toEqual({ '201': { '2': '1000.00' }, 其他收入: { '1': '1000.00' } });
    expect(filing.tables.SH02).toEqual({ '2010101': { '7': '1000.00' } });
    expect(filing.tables.SH03).toEqual({ '2010101': { '2': '500.00' }, '2010102': { '2': '500.00' } });
    expect(filing.consolidation?.pairs.subsidy).toMatchObject({ paid: '600.00', received: '600.00', offset: '600.00' });
    expect(filing.consolidation?.pairs.remit).toMatchObject({ paid: '100.00', received: '100.00', offset: '100.00' });
    expect(evaluateAll(filing, template)).toEqual([]);
    expect(filing.meta.members.map((m) => m.name)).toEqual([PARENT, UNIT]);
    // The file round-trips: its offsets lie on SH tables.
    const back = parseFiling(serializeFiling(filing));
    expect(back.ok && back.filing.consolidation?.offsets.map((o) => o.table)).toEqual(filing.consolidation?.offsets.map((o) => o.table));
    expect(new Set(filing.consolidation?.offsets.map((o) => o.table))).toEqual(new Set(['SH01', 'SH02', 'SH03']));
  });

  it('shows 单位合计 | 调整 | 汇总 with cells named as printed, and the income and spending offsets cancel', () => {
    const { filing } = consolidate(inputs(parent(), child()), { template, at: AT });
    const rows = adjustmentRows(filing, template);
    const at = (table: string, row: string, col: number) => rows.find((r) => r.cell.table === table && r.cell.row === row && r.cell.col === col)!;
    expect(at('SH01', '上级补助收入', 1)).toMatchObject({ label: '表一 上级补助收入' });
    expect([at('SH01', '收入总计', 1).unitSum, at('SH01', '收入总计', 1).adjustment, at('SH01', '收入总计', 1).total].map((d) => d.toFixed(2))).toEqual(['1700.00', '-700.00', '1000.00']);
    // 表一's spending 类 line is named by its code, not as a 行次.
    expect(at('SH01', '201', 2).label).toBe('表一 201 一般公共服务支出');
    expect(at('SH01', '支出总计', 2).adjustment.toFixed(2)).toBe('-700.00');
    expect(formatConsolidationReport(filing, template)).toContain('本级 对附属单位补助支出 600.00，下属单位 上级补助收入 600.00，抵销 600.00：相互抵销，已平');
  });

  it('finds a mismatched pair: 强制 inside the department, 提示 when marked 部门外', () => {
    const { filing } = consolidate(inputs(parent(), child('550.00')), { template, at: AT });
    const hz = errorsOf(filing);
    expect(hz.map((f) => f.rule)).toEqual(['HZ-1']);
    expect(hz[0].message).toContain('本级 对附属单位补助支出 600.00 ≠ 下属单位 上级补助收入 550.00，差 50.00');
    expect(hz[0].cells).toEqual([
      { table: 'SH03', row: '合计', col: 6 },
      { table: 'SH02', row: '合计', col: 3 },
      { table: 'SH01', row: '上级补助收入', col: 1 },
    ]);
    const outside = consolidate(inputs(parent(), child('550.00')), { template, at: AT, outside: ['subsidy'] }).filing;
    expect(evaluateAll(outside, template).filter((f) => f.rule === 'HZ-1').map((f) => f.severity)).toEqual(['warning']);
    // HZ-2 (上缴) fails on its own when only its sides disagree.
    const p = parent();
    p.tables.SH02['2010101']['6'] = '80.00';
    p.tables.SH01['附属单位上缴收入'] = { '1': '80.00' };
    p.tables.SH01['201'] = { '2': '1080.00' };
    p.tables.SH03['2010101']['2'] = '480.00';
    expect(errorsOf(consolidate(inputs(p, child()), { template, at: AT }).filing).map((f) => f.rule)).toEqual(['HZ-2']);
  });

  it('refuses, with the reason, a template without the tables transfers pass through', () => {
    const bare: Template = { ...template, id: 'bare', name: '无收入决算表的模板', tables: template.tables.filter((t) => t.id !== 'SH02') };
    const units = inputs(parent(), child()).map((u) => ({ ...u, filing: { ...u.filing, template: 'bare' } }));
    expect(() => consolidate(units, { template: bare, at: AT })).toThrow(ConsolidateError);
    expect(() => consolidate(units, { template: bare, at: AT })).toThrow('模板“无收入决算表的模板”没有“收入决算表”，无法汇总');
  });
});
