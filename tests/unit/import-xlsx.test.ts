// Import of official-layout workbooks: the app's own export round-trips to the same tables and forms; a
// clerk-kept workbook in 万元 with 类/款/项 split over three columns reads with 尾差 kept as stated
// figures; unreadable cells are listed, never guessed; hostile files are refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile, checkZip } from '../../src/node/export/import-xlsx';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { evaluateAll } from '../../src/shared/rules/engine';
import type { Filing, TableValues } from '../../src/shared/filing/types';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-import-'));

/** Tables without zero/blank cells, amounts as fixed two-decimal strings. */
function figures(tables: Filing['tables']): Record<string, TableValues> {
  const out: Record<string, TableValues> = {};
  for (const [t, rows] of Object.entries(tables)) {
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, v] of Object.entries(cols)) {
        if (Number(v) !== 0) ((out[t] ??= {})[row] ??= {})[col] = Number(v).toFixed(2);
      }
    }
  }
  return out;
}

async function save(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return p;
}

describe('round trip through the exported workbook', () => {
  it('gives back the same tables, department, year and unit', async () => {
    const sample = sampleFiling();
    const p = join(dir, 'sample.xlsx');
    writeFileSync(p, await buildWorkbook(sample, getTemplate(sample.template)));
    const r = await importXlsxFile(p);
    if (!r.ok) throw new Error(r.message);
    expect(figures(r.filing.tables)).toEqual(figures(sample.tables));
    expect(Object.keys(r.filing.tables.T02).sort()).toEqual(Object.keys(sample.tables.T02).sort());
    expect(r.filing.meta).toMatchObject({ department: '阳泉市大数据应用局', year: 2022, unit: '元', sourceUnit: '元' });
    expect(r.report.read.filter((x) => x.startsWith('公开'))).toHaveLength(10);
    expect(r.report.read.filter((x) => x.startsWith('项目支出绩效自评表'))).toHaveLength(4);
    expect(r.filing.evaluations).toEqual(sample.evaluations);
    expect(r.report.unreadable).toEqual([]);
    // Totals the sheet printed are kept as stated figures.
    expect(r.filing.stated.T01['27']['1']).toBe('41943654.36');
    expect(r.filing.stated.T02['合计']['1']).toBe('41943654.36');
  });

  it('round-trips a 万元 export to the same fen', async () => {
    const sample = sampleFiling();
    sample.meta.unit = '万元';
    const p = join(dir, 'sample-wan.xlsx');
    writeFileSync(p, await buildWorkbook(sample, getTemplate(sample.template)));
    const r = await importXlsxFile(p);
    if (!r.ok) throw new Error(r.message);
    expect(figures(r.filing.tables)).toEqual(figures(sample.tables));
    // The workbook holds the exact figures (shown to two decimals of 万元) and says, on its 概况 sheet, that
    // they came in 元: so nothing is taken for 尾差. The sheets alone read as a 万元 source.
    expect(r.filing.meta.sourceUnit).toBe('元');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    wb.removeWorksheet(wb.getWorksheet('概况')!.id);
    const bare = join(dir, 'sample-wan-bare.xlsx');
    await wb.xlsx.writeFile(bare);
    const b = await importXlsxFile(bare);
    if (!b.ok) throw new Error(b.message);
    expect(b.filing.meta.sourceUnit).toBe('万元');
  });
});

/** A clerk's 公开02表 in 万元: codes split into 类 | 款 | 项, stray blank rows, totals rounded part by part. */
function clerkWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['2022年部门收入决算表']);
  ws.addRow([]);
  ws.addRow(['部门名称：测试局', '', '', '', '2022年度', '', '', '', '', '', '金额单位：万元']);
  ws.addRow(['类', '款', '项', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  ws.addRow(['', '', '', '栏次', 1, 2, 3, 4, 5, 6, 7]);
  ws.addRow(['', '', '', '合计', 1.0, 1.0, 0, '', '', '', '']);
  ws.addRow([]);
  ws.addRow(['201', '', '', '一般公共服务支出', 1.0, 1.0]);
  ws.addRow(['', '05', '', '统计信息事务', 1.0, 1.0]);
  // 3,333.33 + 3,333.33 + 3,333.34 元 print as 0.33 万元 each under a 款 of 1.00.
  ws.addRow(['', '', '01', '行政运行', 0.33, 0.33]);
  ws.addRow(['', '', '04', '信息事务', 0.33, 0.33]);
  ws.addRow(['', '', '50', '事业运行', '0.33', '0.33', '-']);
  ws.addRow([]);
  ws.addRow(['注：本表反映部门本年度取得的各项收入情况。']);
  return wb;
}

describe('a clerk-kept workbook in 万元 with codes split over three columns', () => {
  it('reads the 项 as entered cells in 元 and the printed totals as stated figures (尾差 kept)', async () => {
    const r = await importXlsxFile(await save('clerk.xlsx', clerkWorkbook()));
    if (!r.ok) throw new Error(r.message);
    const { filing, report } = r;
    expect(filing.meta).toMatchObject({ department: '测试局', unit: '万元', sourceUnit: '万元' });
    expect(filing.tables.T02).toEqual({
      '2010501': { 2: '3300.00' },
      '2010504': { 2: '3300.00' },
      // The clerk's “-” under 上级补助收入 states a zero (sheet-data.ts DASH).
      '2010550': { 2: '3300.00', 3: '0.00' },
    });
    expect(filing.stated.T02['20105']).toEqual({ 1: '10000.00', 2: '10000.00' });
    expect(filing.stated.T02['201']['1']).toBe('10000.00');
    expect(filing.stated.T02['合计']['1']).toBe('10000.00');
    // col 1 of a 项 is computed (Σ col 2..7): the sheet's figure is stated, not entered.
    expect(filing.stated.T02['2010501']['1']).toBe('3300.00');
    expect(report.read[0]).toContain('金额单位 万元');
    expect(report.read[0]).toContain('标题');
    expect(report.unreadable).toEqual([]);
  });

  it('turns the gap between stated totals and their parts into 尾差 提示, not errors', async () => {
    const r = await importXlsxFile(await save('clerk2.xlsx', clerkWorkbook()));
    if (!r.ok) throw new Error(r.message);
    const findings = evaluateAll(r.filing, getTemplate(r.filing.template));
    const t02 = findings.filter((f) => f.cells.every((c) => c.table === 'T02'));
    expect(t02.some((f) => f.rounding === true && f.severity === 'warning')).toBe(true);
    expect(t02.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does not tolerate a gap larger than the rounding of its parts', async () => {
    const wb = clerkWorkbook();
    wb.getWorksheet('Sheet1')!.getCell('E9').value = 1.5; // 款 printed as 1.50 over parts of 0.99
    const r = await importXlsxFile(await save('clerk3.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    const findings = evaluateAll(r.filing, getTemplate(r.filing.template));
    expect(findings.some((f) => f.severity === 'error' && f.cells.some((c) => c.table === 'T02' && c.row === '20105'))).toBe(true);
  });
});

/** Laid out as the seed prints it: 行次 as "1.00" text, the mark broken over two lines, codes as numbers. */
function seedLikeWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t01 = wb.addWorksheet('收支总表');
  t01.addRow(['收入支出决算总表']);
  t01.addRow(['', '', '', '', '', '公开01表']);
  t01.addRow(['部门名称：阳泉市大数据应用局', '', '2022年度', '', '', '金额单位：元']);
  t01.addRow(['收入', '', '', '支出']);
  t01.addRow(['项目', '行次', '决算数', '项目', '行次', '决算数']);
  t01.addRow(['栏次', '', 1, '栏次', '', 2]);
  t01.addRow(['一、一般公共预算财政拨款收入', '1.00', '23066415.36', '一、一般公共服务支出', '32.00', 3640931.06]);
  t01.addRow(['二、政府性基金预算财政拨款收入', '2.00', 18877239, '二、外交支出', '33.00', '']);
  t01.addRow([]);
  t01.addRow(['本年收入合计', '27', '41,943,654.36', '本年支出合计', '58.00', 41943654.36]);
  const t02 = wb.addWorksheet('Sheet2');
  t02.addRow(['收入决算表']);
  t02.addRow(['', '', '', '', '', '', '', '公开02  \n表']);
  t02.addRow(['部门名称：阳泉市大数据应用局', '', '', '2022年度', '', '', '', '金额单位：元']);
  t02.addRow(['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  t02.addRow(['功能分类科目编码', '科目名称']);
  t02.addRow(['栏次', '', 1, 2, 3, 4, 5, 6, 7]);
  t02.addRow(['合计', '', 26643, 26643]);
  t02.addRow([201, '一般公共服务支出', 26643, 26643]);
  t02.addRow([20105, '统计信息事务', 26643, 26643]);
  t02.addRow([2010501, '行政运行', 26643, 26643]);
  return wb;
}

describe('a workbook laid out as the seed prints it', () => {
  it('reads 行次 written as 1.00, amounts as text with separators, and codes held as numbers', async () => {
    const r = await importXlsxFile(await save('seed-like.xlsx', seedLikeWorkbook()));
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.tables.T01).toEqual({ 1: { 1: '23066415.36' }, 2: { 1: '18877239.00' }, 32: { 2: '3640931.06' } });
    expect(r.filing.stated.T01).toEqual({ 27: { 1: '41943654.36' }, 58: { 2: '41943654.36' } });
    expect(r.filing.tables.T02).toEqual({ 2010501: { 2: '26643.00' } });
    expect(r.report.read.map((x) => x.slice(0, 5))).toEqual(['公开01表', '公开02表']);
    expect(r.report.skipped.some((x) => x.includes('公开03表') && x.includes('按未提供处理'))).toBe(true);
    expect(r.filing.absent).toContain('T03');
  });
});

describe('a clerk-kept 公开01表 without 行次', () => {
  it('finds the lines by their labels, each side among its own lines (总计 twice)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('总表');
    ws.addRow(['收入支出决算总表']);
    ws.addRow(['部门名称：测试局', '2022年度', '', '金额单位：元']);
    ws.addRow(['项目', '决算数', '项目', '决算数']);
    ws.addRow(['栏次', 1, '栏次', 2]);
    ws.addRow(['一、一般公共预算财政拨款收入', 100, '一、一般公共服务支出', 100]);
    ws.addRow(['本年收入合计', 100, '本年支出合计', 100]);
    ws.addRow(['总计', 100, '总计', 100]);
    const r = await importXlsxFile(await save('t01-labels.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.tables.T01).toEqual({ 1: { 1: '100.00' }, 32: { 2: '100.00' } });
    expect(r.filing.stated.T01).toEqual({ 27: { 1: '100.00' }, 31: { 1: '100.00' }, 58: { 2: '100.00' }, 62: { 2: '100.00' } });
    expect(r.report.skipped.filter((x) => x.startsWith('公开01表 '))).toEqual([]);
  });
});

describe('cells that cannot be read', () => {
  it('lists a formula without a cached result and text that is no amount, and reads the rest', async () => {
    const wb = clerkWorkbook();
    const ws = wb.getWorksheet('Sheet1')!;
    ws.getCell('F10').value = { formula: 'F11*1', date1904: false } as ExcelJS.CellFormulaValue;
    ws.getCell('F11').value = '三千';
    ws.getCell('F12').value = { formula: 'F11', result: 0.5, date1904: false } as ExcelJS.CellFormulaValue;
    const r = await importXlsxFile(await save('bad-cells.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.unreadable.map((u) => u.cell).sort()).toEqual(['F10', 'F11']);
    expect(r.report.unreadable.find((u) => u.cell === 'F10')!.reason).toContain('公式');
    expect(r.filing.tables.T02['2010501']).toEqual({});
    expect(r.filing.tables.T02['2010550']).toEqual({ 2: '5000.00', 3: '0.00' });
  });

  it('reports a row whose code it cannot recognise instead of guessing', async () => {
    const wb = clerkWorkbook();
    wb.getWorksheet('Sheet1')!.addRow(['', '', '', '某某支出', 0.5, 0.5]).commit();
    // The row sits under the 注 line, which ends the table: move the 注 away first.
    const ws = wb.getWorksheet('Sheet1')!;
    ws.getCell('A14').value = null;
    const r = await importXlsxFile(await save('unknown-row.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.skipped.some((s) => s.includes('某某支出') && s.includes('认不出'))).toBe(true);
  });
});

describe('untrusted files', () => {
  it('refuses a file that is not an xlsx workbook, saying what to do', async () => {
    const p = join(dir, 'old.xls');
    writeFileSync(p, Buffer.from('D0CF11E0A1B11AE1 not a zip', 'utf8'));
    const r = await importXlsxFile(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('另存为 .xlsx');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const p = join(dir, 'big.xlsx');
    writeFileSync(p, Buffer.alloc(21 * 1024 * 1024));
    const r = await importXlsxFile(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('20 MB');
  });

  it('refuses a zip whose parts claim to unpack past the limit', () => {
    // Central-directory entries claiming 30 MB each: one passes, five add up past the limit.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt32LE(30 * 1024 * 1024, 24);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(46, 12);
    eocd.writeUInt32LE(30, 16);
    const zip = (n: number) => {
      const e = Buffer.from(eocd);
      e.writeUInt16LE(n, 10);
      e.writeUInt32LE(46 * n, 12);
      return Buffer.concat([local, ...Array.from({ length: n }, () => cd), e]);
    };
    expect(checkZip(zip(1))).toBeNull();
    expect(checkZip(zip(5))).toContain('解压后超过');
    cd.writeUInt32LE(50 * 1024 * 1024, 24);
    expect(checkZip(zip(1))).toContain('工作表过大');
  });

  it('refuses a workbook with no official table in it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('工资表').addRow(['姓名', '工资']);
    const r = await importXlsxFile(await save('other.xlsx', wb));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('没有找到任何公开表');
  });

  it('keeps names like __proto__ out of the filing and Object.prototype untouched', async () => {
    const wb = clerkWorkbook();
    const ws = wb.getWorksheet('Sheet1')!;
    ws.getCell('A12').value = '__proto__';
    ws.getCell('D12').value = '__proto__';
    const r = await importXlsxFile(await save('proto.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.filing.tables.T02)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.filing.tables.T02)).toBe(Object.prototype);
  });
});
