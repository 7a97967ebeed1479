// Workbooks the app did not write, in the layouts clerks, WPS and other regions use, built with exceljs
// and read back from real files. Each misreading of issue 12 has its case: a missing table is absent (not
// zeros), rows go by their names (行次 only confirms), a two-sided sheet without 行次/栏次 reads both
// sides, a sheet of another year's layout is refused with the reason, never read into the wrong rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { emptyT09Sheet } from './clerk-sheets';
import { describe, expect, it } from 'vitest';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { checkAll } from '../../src/shared/rules/engine';
import { getTemplate } from '../../src/shared/templates/registry';
import { importReportLines } from '../../src/shared/io/xlsx/report-text';
import type { ImportResult } from '../../src/shared/host-api';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-layouts-'));
const template = getTemplate('shanxi-2022');

async function load(name: string, wb: ExcelJS.Workbook): Promise<Extract<ImportResult, { ok: true }>> {
  const p = join(dir, name);
  writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r;
}

type Line = [label: string, no: number | '', amount: number | ''];

/** 公开01表 as the seed prints it: 项目 | 行次 | 决算数 on each side, with a 栏次 row. */
function t01Sheet(wb: ExcelJS.Workbook, income: Line[], spending: Line[], year = 2022, unit = '元'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('收支总表');
  ws.addRow(['收入支出决算总表']);
  ws.addRow(['', '', '', '', '', '公开01表']);
  ws.addRow(['部门名称：测试局', '', `${year}年度`, '', '', `金额单位：${unit}`]);
  ws.addRow(['收入', '', '', '支出']);
  ws.addRow(['项目', '行次', '决算数', '项目', '行次', '决算数']);
  ws.addRow(['栏次', '', 1, '栏次', '', 2]);
  for (let i = 0; i < Math.max(income.length, spending.length); i++) ws.addRow([...(income[i] ?? ['', '', '']), ...(spending[i] ?? ['', '', ''])]);
  return ws;
}

const balancedIncome: Line[] = [
  ['一、一般公共预算财政拨款收入', 1, 800],
  ['四、上级补助收入', 4, 32.82],
  ['本年收入合计', 27, 832.82],
  ['总计', 31, 832.82],
];
const balancedSpending: Line[] = [
  ['一、一般公共服务支出', 32, 832.82],
  ['本年支出合计', 58, 832.82],
  ['总计', 62, 832.82],
];

describe('a workbook with only 公开01表', () => {
  it('gets findings about 公开01表 alone and lists the rules it could not check as 未核对', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, balancedIncome, balancedSpending);
    const r = await load('only-t01.xlsx', wb);
    expect(r.filing.absent).toEqual(['PE', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
    const { findings, unchecked } = checkAll(r.filing, template);
    // Before: five 强制 errors "公开02表 合计 本年收入合计 0.00 ≠ 公开01表 行27 832.82".
    expect(findings).toEqual([]);
    const x = unchecked.find((u) => u.rule === 'X.T02-T01.1');
    expect(x?.reason).toBe('公开02表 未提供');
    expect(unchecked.find((u) => u.rule === 'W.T01.31-62')).toBeUndefined();
    expect(unchecked.find((u) => u.rule === 'PE-3')?.reason).toBe('项目支出绩效自评表 未提供');
    expect(r.report.absent).toContain('公开02表');
    expect(importReportLines(r.report).join('\n')).toContain('未提供：公开02表、公开03表');
  });

  it('still checks 公开01表 itself: an unbalanced total is an error at its cells', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, balancedIncome, [['一、一般公共服务支出', 32, 800], ['本年支出合计', 58, 800], ['总计', 62, 800]]);
    const r = await load('only-t01-bad.xlsx', wb);
    const { findings } = checkAll(r.filing, template);
    expect(findings.map((f) => f.rule)).toEqual(['W.T01.31-62']);
    expect(findings.every((f) => f.cells.every((c) => c.table === 'T01'))).toBe(true);
  });
});

describe('rows by their names, 行次 as a cross-check', () => {
  it('reads 上级补助收入 into 行4 when an older layout prints it as 行3, and says so', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, [
      ['一、一般公共预算财政拨款收入', 1, 800],
      ['二、政府性基金预算财政拨款收入', 2, ''],
      ['三、上级补助收入', 3, 32.82],
      ['本年收入合计', 27, 832.82],
      ['总计', 31, 832.82],
    ], balancedSpending);
    const r = await load('old-numbers.xlsx', wb);
    expect(r.filing.tables.T01['4']).toEqual({ 1: '32.82' });
    expect(r.filing.tables.T01['3']).toBeUndefined();
    const sheet = r.report.sheets[0];
    expect(sheet.status).toBe('read');
    expect(sheet.decisions).toEqual(['公开01表 第9行“三、上级补助收入”印的行次是 3，模板的行3是“三、国有资本经营预算财政拨款收入”；按项目名称读入行4']);
    expect(checkAll(r.filing, template).findings).toEqual([]);
  });

  it('refuses a 公开01表 of another year whose spending line the template has not, instead of dropping it', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, balancedIncome, [
      ['一、一般公共服务支出', 32, 800],
      ['九、医疗卫生与计划生育支出', 40, 32.82],
      ['本年支出合计', 58, 832.82],
      ['总计', 62, 832.82],
    ], 2018);
    const p = join(dir, 'year-2018.xlsx');
    writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await importXlsxFile(p);
    // The only table does not fit: nothing is imported, and the message says why.
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('这张公开01表的行与 山西省 2022年度 部门决算公开 模板不同（工作表标明 2018年度；表中有 “医疗卫生与计划生育支出”（现为“卫生健康支出”），像是 2018 年及以前的格式）');
      expect(r.message).toContain('第8行“九、医疗卫生与计划生育支出”：模板中没有这一行');
    }
  });

  // The 2018-and-before family (before the 2019 科目 changes and 政府会计制度): each line that shows it.
  const FAMILY_2018: Array<{ side: 'income' | 'spending'; line: Line; now: string }> = [
    { side: 'spending', line: ['九、医疗卫生与计划生育支出', 40, 32.82], now: '卫生健康支出' },
    { side: 'spending', line: ['十八、国土海洋气象等支出', 49, 32.82], now: '自然资源海洋气象等支出' },
    { side: 'spending', line: ['七、文化体育与传媒支出', 38, 32.82], now: '文化旅游体育与传媒支出' },
    { side: 'income', line: ['用事业基金弥补收支差额', 28, 32.82], now: '使用非财政拨款结余' },
  ];
  for (const { side, line, now } of FAMILY_2018) {
    it(`names the 2018-and-before family from “${line[0]}” on a sheet labelled 2022`, async () => {
      const wb = new ExcelJS.Workbook();
      const income: Line[] = side === 'income' ? [['一、一般公共预算财政拨款收入', 1, 800], line, ['本年收入合计', 27, 800], ['总计', 31, 832.82]] : balancedIncome;
      const spending: Line[] = side === 'spending' ? [['一、一般公共服务支出', 32, 800], line, ['本年支出合计', 58, 832.82], ['总计', 62, 832.82]] : balancedSpending;
      t01Sheet(wb, income, spending);
      emptyT09Sheet(wb);
      const r = await load(`family-${line[1]}.xlsx`, wb);
      expect(r.filing.absent).toContain('T01');
      const label = String(line[0]).replace(/^[一二三四五六七八九十]+、/, '');
      expect(r.report.sheets[0].notRead.join('\n')).toContain(`模板不同（表中有 “${label}”（现为“${now}”），像是 2018 年及以前的格式）`);
    });
  }

  it('names no family from a line whose history it does not know (only the sheet’s own 年度, if any)', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, balancedIncome, [['一、一般公共服务支出', 32, 800], ['二十七、某某特别支出', 59, 32.82], ['本年支出合计', 58, 832.82], ['总计', 62, 832.82]]);
    emptyT09Sheet(wb);
    const r = await load('family-unknown.xlsx', wb);
    const why = r.report.sheets[0].notRead.join('\n');
    expect(why).toContain('这张公开01表的行与 山西省 2022年度 部门决算公开 模板不同：');
    expect(why).not.toContain('像是');
    const wb2 = new ExcelJS.Workbook();
    t01Sheet(wb2, balancedIncome, [['一、一般公共服务支出', 32, 800], ['二十七、某某特别支出', 59, 32.82], ['本年支出合计', 58, 832.82], ['总计', 62, 832.82]], 2019);
    emptyT09Sheet(wb2);
    const r2 = await load('family-unknown-2019.xlsx', wb2);
    expect(r2.report.sheets[0].notRead.join('\n')).toContain('模板不同（工作表标明 2019年度，可能是 2019 年的格式）');
  });

  it('with another table beside it, the misfit sheet is absent and its rules 未核对', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, balancedIncome, [['九、医疗卫生与计划生育支出', 40, 832.82], ['本年支出合计', 58, 832.82], ['总计', 62, 832.82]]);
    emptyT09Sheet(wb);
    const r = await load('misfit-and-t09.xlsx', wb);
    expect(r.filing.absent).toContain('T01');
    // A table read without figures is present: 本表无数据.
    expect(r.filing.absent).not.toContain('T09');
    expect(r.report.read[0]).toContain('读入 0 个数（本表无数据）');
    expect(r.filing.tables.T01).toBeUndefined();
    expect(r.report.sheets[0].status).toBe('refused');
    expect(checkAll(r.filing, template).unchecked.find((u) => u.rule === 'W.T01.31-62')?.reason).toBe('公开01表 未提供');
  });

  it('reads labels written with other numbering, spaces, full-width brackets and 其中：', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, [
      ['（一）一般公共预算财政拨款收入', '', 800],
      ['上级 补助 收入', '', 32.82],
      ['本年收入合计', '', 832.82],
      ['总计', '', 832.82],
    ], [['1.一般公共服务支出', '', 832.82], ['本年支出合计', '', 832.82], ['总　计', '', 832.82]]);
    const r = await load('numbering.xlsx', wb);
    expect(r.filing.tables.T01).toEqual({ 1: { 1: '800.00' }, 4: { 1: '32.82' }, 32: { 2: '832.82' } });
    expect(checkAll(r.filing, template).findings).toEqual([]);
  });
});

describe('columns by their headers, 栏次 as a cross-check', () => {
  it('reads a column under 上级补助收入 as 栏3 even where the 栏次 row says 2, and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收入');
    ws.addRow(['收入决算表']);
    ws.addRow(['公开02表']);
    ws.addRow(['部门名称：测试局', '2022年度', '金额单位：元']);
    ws.addRow(['科目编码', '科目名称', '本年收入合计', '上级补助收入', '财政拨款收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    ws.addRow(['栏次', '', 1, 2, 3, 4, 5, 6, 7]);
    ws.addRow(['合计', '', 100, 30, 70]);
    ws.addRow(['2010101', '一般行政管理事务', 100, 30, 70]);
    const r = await load('t02-swapped.xlsx', wb);
    expect(r.filing.tables.T02).toEqual({ 2010101: { 2: '70.00', 3: '30.00' } });
    expect(r.report.sheets[0].decisions).toEqual([
      '公开02表：第4列印的栏次是 2，表头是“上级补助收入”（模板的栏3）；按表头读作栏3',
      '公开02表：第5列印的栏次是 3，表头是“财政拨款收入”（模板的栏2）；按表头读作栏2',
      // A coded row goes by its code; a name that disagrees is reported, not followed.
      '公开02表 2010101：表中名称“一般行政管理事务”与 2022 年科目目录的“行政运行”不同，按科目编码读入',
    ]);
  });
});

describe('a two-sided sheet without 行次 or 栏次 (项目 | 决算数 | 项目 | 决算数)', () => {
  it('reads the spending side into 栏2 instead of losing it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['收入支出决算总表']);
    ws.addRow(['部门名称：测试局', '', '2022年度', '金额单位：元']);
    ws.addRow(['收入', '', '支出']);
    ws.addRow(['项目', '决算数', '项目', '决算数']);
    ws.addRow(['一、一般公共预算财政拨款收入', 800, '一、一般公共服务支出', 832.82]);
    ws.addRow(['四、上级补助收入', 32.82, '', '']);
    ws.addRow(['本年收入合计', 832.82, '本年支出合计', 832.82]);
    ws.addRow(['总计', 832.82, '总计', 832.82]);
    const r = await load('two-sided.xlsx', wb);
    expect(r.filing.tables.T01).toEqual({ 1: { 1: '800.00' }, 4: { 1: '32.82' }, 32: { 2: '832.82' } });
    expect(r.filing.stated.T01).toEqual({ 27: { 1: '832.82' }, 31: { 1: '832.82' }, 58: { 2: '832.82' }, 62: { 2: '832.82' } });
    // Before: "行31 ≠ 行62 0.00".
    expect(checkAll(r.filing, template).findings).toEqual([]);
    expect(r.report.sheets[0].decisions[0]).toContain('按上方的表头依次读作栏1（收入）、栏2（支出）');
  });
});

describe('尾差 in a 万元 workbook', () => {
  it('a 0.10万元 gap between 公开02表 合计 and 公开01表 行27, both printed, is an error, not a 尾差 提示', async () => {
    const wb = new ExcelJS.Workbook();
    t01Sheet(wb, [['一、一般公共预算财政拨款收入', 1, 832.82], ['本年收入合计', 27, 832.82], ['总计', 31, 832.82]], balancedSpending, 2022, '万元');
    const ws = wb.addWorksheet('收入');
    ws.addRow(['收入决算表']);
    ws.addRow(['公开02表']);
    ws.addRow(['部门名称：测试局', '2022年度', '金额单位：万元']);
    ws.addRow(['项目', '', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    ws.addRow(['功能分类科目编码', '科目名称']);
    ws.addRow(['栏次', '', 1, 2, 3, 4, 5, 6, 7]);
    ws.addRow(['合计', '', 832.92, 832.92]);
    ws.addRow(['201', '一般公共服务支出', 832.92, 832.92]);
    ws.addRow(['20101', '人大事务', 832.92, 832.92]);
    // Eleven 项 of 75.72: the old tolerance grew with them (0.01 × (12 − 2) = 0.10) and let the gap pass as 尾差.
    for (const item of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '50', '99']) ws.addRow([`20101${item}`, '', 75.72, 75.72]);
    const r = await load('wan-gap.xlsx', wb);
    const { findings } = checkAll(r.filing, template);
    const x = findings.find((f) => f.key === 'X.T02-T01.1');
    expect(x?.severity).toBe('error');
    expect(x?.message).toBe('公开02表 合计 本年收入合计 832.92 ≠ 公开01表 行27 832.82，差 0.10（单位：万元）');
    expect(findings.filter((f) => f.rounding)).toEqual([]);
  });
});
