import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/shared/consolidate/consolidate';
import type { UnitInput } from '../../src/shared/consolidate/consolidate';
import { adjustmentRows, traceCell } from '../../src/shared/consolidate/report';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import type { Filing } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { shanxi2022 as template } from '../../src/shared/templates/shanxi-2022/index';
import { buildConsolidation, updateConsolidation } from '../../src/node/consolidate/build';
import { PARENT, UNIT_A, UNIT_B, parent, unitA, unitB } from '../support/consolidate-fixtures';

const AT = '2026-12-01T00:00:00.000Z';
const inputs = (...fs: Filing[]): UnitInput[] => fs.map((filing, i) => ({ filing, path: `u${i}.jsgk`, sha256: String(i).repeat(64) }));
const errorsOf = (f: Filing) => evaluateAll(f, template).filter((x) => x.severity === 'error');

describe('汇总 of a 本级 and two 所属单位', () => {
  it('each unit passes its own rules', () => {
    for (const f of [parent(), unitA(), unitB()]) expect(errorsOf(f).map((x) => x.message)).toEqual([]);
  });

  it('sums the units and offsets the internal 补助 and 上缴 to the expected department', () => {
    const { filing } = consolidate(inputs(parent(), unitA(), unitB()), { template, at: AT });
    expect(filing.tables.T01).toEqual({ '8': { '1': '1000.00' }, '32': { '2': '1000.00' } });
    expect(filing.tables.T02).toEqual({ '2010101': { '7': '1000.00' } });
    expect(filing.tables.T03).toEqual({ '2010101': { '2': '500.00' }, '2010102': { '2': '300.00' }, '2010103': { '3': '200.00' } });
    expect(filing.consolidation?.pairs.subsidy).toMatchObject({ paid: '600.00', received: '600.00', offset: '600.00' });
    expect(filing.consolidation?.pairs.remit).toMatchObject({ paid: '100.00', received: '100.00', offset: '100.00' });
    expect(errorsOf(filing)).toEqual([]);
    expect(filing.meta.members.map((m) => m.name)).toEqual([PARENT, UNIT_A, UNIT_B]);
    expect(filing.overview.organization.join('\n')).toContain(`3. ${UNIT_B}（所属单位）`);
    expect(filing.consolidation?.units.map((u) => u.role)).toEqual(['本级', '下属', '下属']);
  });

  it('shows the offsets as 单位合计 | 调整 | 汇总 and they cancel', () => {
    const { filing } = consolidate(inputs(parent(), unitA(), unitB()), { template, at: AT });
    const rows = adjustmentRows(filing, template);
    const t01 = (row: string, col: number) => rows.find((r) => r.cell.table === 'T01' && r.cell.row === row && r.cell.col === col);
    expect(t01('4', 1)).toMatchObject({ label: '公开01表 行4 决算数（栏1）' });
    expect([t01('4', 1)!.unitSum.toFixed(2), t01('4', 1)!.adjustment.toFixed(2), t01('4', 1)!.total.toFixed(2)]).toEqual(['600.00', '-600.00', '0.00']);
    expect([t01('27', 1)!.unitSum.toFixed(2), t01('27', 1)!.adjustment.toFixed(2), t01('27', 1)!.total.toFixed(2)]).toEqual(['1700.00', '-700.00', '1000.00']);
    // Income and spending lose the same amount: the offsets cancel.
    expect(t01('58', 2)!.adjustment.toFixed(2)).toBe('-700.00');
    const income = filing.consolidation!.offsets.filter((o) => o.table === 'T01' && o.col === 1).reduce((a, o) => a + Number(o.amount), 0);
    const spending = filing.consolidation!.offsets.filter((o) => o.table === 'T01' && o.col === 2).reduce((a, o) => a + Number(o.amount), 0);
    expect(income).toBe(spending);
  });

  it('finds a mismatched pair (强制 inside the department, 提示 when marked 部门外)', () => {
    const { filing } = consolidate(inputs(parent(), unitA(), unitB('150.00')), { template, at: AT });
    const hz = evaluateAll(filing, template).filter((f) => f.rule === 'HZ-1');
    expect(hz).toHaveLength(1);
    expect(hz[0].severity).toBe('error');
    expect(hz[0].message).toContain('本级 对附属单位补助支出 600.00 ≠ 下属单位 上级补助收入 550.00，差 50.00');
    expect(hz[0].message).toContain(`${UNIT_B} 150.00`);
    // The smaller side is offset, so 收 = 支 still holds and no other rule fires.
    expect(errorsOf(filing).map((f) => f.rule)).toEqual(['HZ-1']);
    expect(filing.tables.T03['2010101']).toEqual({ '2': '500.00', '6': '50.00' });
    const marked = consolidate(inputs(parent(), unitA(), unitB('150.00')), { template, at: AT, outside: ['subsidy'] }).filing;
    const hint = evaluateAll(marked, template).find((f) => f.rule === 'HZ-1')!;
    expect(hint.severity).toBe('warning');
    expect(hint.message).toContain('出错说明');
    // The 部门外 mark and the 出错说明 survive a reconsolidation.
    marked.explanations['HZ-1'] = '其中 50 元由省厅直接补助';
    const again = consolidate(inputs(parent(), unitA(), unitB('150.00')), { template, at: AT, previous: marked }).filing;
    expect(evaluateAll(again, template).find((f) => f.rule === 'HZ-1')).toMatchObject({ severity: 'warning', explanation: '其中 50 元由省厅直接补助' });
  });

  it('traces a figure to the units that contribute it', () => {
    const units = [parent(), unitA(), unitB()];
    const { filing } = consolidate(inputs(...units), { template, at: AT });
    const t = traceCell({ table: 'T03', row: '合计', col: 1 }, units.map((f) => ({ name: f.meta.department, filing: f })), filing, template);
    expect(t.contributions.map((c) => [c.unit, c.value.toFixed(2)])).toEqual([[PARENT, '1100.00'], [UNIT_A, '400.00'], [UNIT_B, '200.00']]);
    expect(t.adjustment.toFixed(2)).toBe('-700.00');
  });

  it('merges custom codes, lists evaluations together and refuses mixed years', () => {
    const a = unitA();
    a.customCodes = [{ catalog: 'function', code: '2019999', name: '其他' }];
    const p = parent();
    p.customCodes = [{ catalog: 'function', code: '2019999', name: '其他一般公共服务支出' }];
    const r = consolidate(inputs(p, a, unitB()), { template, at: AT });
    expect(r.filing.customCodes).toEqual([{ catalog: 'function', code: '2019999', name: '其他一般公共服务支出' }]);
    expect(r.notes.join()).toContain('2019999');
    const b = unitB();
    b.meta.year = 2021;
    expect(() => consolidate(inputs(parent(), b), { template, at: AT })).toThrow(/2021 年度/);
  });

  it('round-trips the consolidation record through the file format', () => {
    const { filing } = consolidate(inputs(parent(), unitA(), unitB()), { template, at: AT });
    const back = parseFiling(serializeFiling(filing));
    expect(back.ok && back.filing.consolidation).toEqual(filing.consolidation);
    const bad = JSON.parse(serializeFiling(filing));
    bad.consolidation.units[0].sha256 = 'x';
    expect(parseFiling(JSON.stringify(bad))).toMatchObject({ ok: false });
  });
});

describe('汇总 on disk', () => {
  it('editing a unit then reconsolidating changes only what it should, and says which unit changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hz-'));
    const paths = ['p.jsgk', 'a.jsgk', 'b.jsgk'].map((n) => join(dir, 'units', n));
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'units')));
    await Promise.all([parent(), unitA(), unitB()].map((f, i) => writeFile(paths[i], serializeFiling(f))));
    const out = join(dir, 'dept.jsgk');
    const first = await buildConsolidation(paths, out, { at: AT });
    expect(first.changes).toBeNull();
    expect(first.filing.consolidation?.units.map((u) => u.path)).toEqual(['units/p.jsgk', 'units/a.jsgk', 'units/b.jsgk']);
    const a = unitA();
    a.tables.T03['2010102'] = { '2': '250.00', '3': '50.00', '4': '100.00' };
    await writeFile(paths[1], serializeFiling(a));
    const second = await updateConsolidation(out, { at: AT });
    expect(second.changes?.map((c) => [c.name, c.state])).toEqual([[PARENT, 'unchanged'], [UNIT_A, 'changed'], [UNIT_B, 'unchanged']]);
    const before = first.filing.tables;
    const after = second.filing.tables;
    expect(after.T03['2010102']).toEqual({ '2': '250.00', '3': '50.00' });
    expect({ ...after, T03: { ...after.T03, '2010102': before.T03['2010102'] } }).toEqual(before);
    const saved = parseFiling(await readFile(out, 'utf8'));
    expect(saved.ok && saved.filing.tables).toEqual(after);
  });
});

describe('consolidate (CLI)', () => {
  it('writes the department, reports the offsets as 单位合计 | 调整 | 汇总, and exits 1 on a mismatched pair', async () => {
    const { COMMANDS } = await import('../../src/node/cli/commands/index');
    const { runCli } = await import('../../src/node/cli/run');
    const ExcelJS = (await import('exceljs')).default;
    const dir = await mkdtemp(join(tmpdir(), 'hz-cli-'));
    const paths = ['p', 'a', 'b'].map((n) => join(dir, `${n}.jsgk`));
    await Promise.all([parent(), unitA(), unitB('150.00')].map((f, i) => writeFile(paths[i], serializeFiling(f))));
    let out = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) };
    const code = await runCli(['consolidate', ...paths, '--out', join(dir, 'dept.jsgk'), '--report', join(dir, 'r.xlsx')], COMMANDS, io);
    expect(code).toBe(1);
    expect(out).toContain('差 50.00（双方都在部门内：强制错误）');
    expect(out).toMatch(/公开01表 行4 决算数（栏1）\s+550\.00\s+-550\.00\s+0\.00/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'r.xlsx'));
    const adj = wb.getWorksheet('调整')!;
    const rows = adj.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows.find((r) => r[0] === '公开01表 行4 决算数（栏1）')).toEqual(['公开01表 行4 决算数（栏1）', 550, -550, 0]);
    expect(rows.find((r) => r[0] === '公开03表 合计 对附属单位补助支出（栏6）')).toEqual(['公开03表 合计 对附属单位补助支出（栏6）', 600, -550, 50]);
    // Marked 部门外, the same difference is a 提示 and the exit is 0.
    out = '';
    expect(await runCli(['consolidate', '--update', join(dir, 'dept.jsgk'), '--outside', 'subsidy'], COMMANDS, io)).toBe(0);
    expect(out).toContain('自上次汇总以来各单位文件均未变化');
    expect(await runCli(['consolidate', paths[0], '--out', join(dir, 'x.jsgk')], COMMANDS, io)).toBe(2);
  });
});
