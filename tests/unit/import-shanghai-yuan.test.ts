// A Shanghai workbook kept in 元 (the template prints 万元): the clerk's copy of the 普陀 tables with every
// figure ×10000 and "单位：元" on each sheet. It is read exactly (the filing holds 元 anyway), shown in the
// template's 万元, the report says it converted, and the findings are the sample's own. A figure finer than
// 0.01万元 is kept exact and named in the report, never rounded; a sheet that states no unit is read in
// the template's 万元, not in 元.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/host-api';
import type { Filing } from '../../src/shared/filing/types';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importReportLines } from '../../src/shared/io/xlsx/report-text';
import { checkAll } from '../../src/shared/rules/engine';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-sh-yuan-'));
const sh = getTemplate('shanghai-2024');
const TABLES = ['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SH08', 'SH09'];
let exported: Buffer;

beforeAll(async () => {
  exported = await buildWorkbook(putuoSample(), sh);
}, 60_000);

async function read(name: string, wb: ExcelJS.Workbook): Promise<Extract<ImportResult, { ok: true }>> {
  const p = join(dir, name);
  writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/**
 * The exported 表一…表九 as a clerk keeps them: no 决算通 sheets; `unit` on the 单位 line (null: the line
 * removed) and every amount ×`factor`, exactly (Decimal, not a float product).
 */
async function clerkCopy(unit: string | null, factor: number): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(exported as unknown as ExcelJS.Buffer);
  for (const ws of [...wb.worksheets]) {
    if (!/^表[一二三四五六七八九]$/.test(ws.name)) {
      wb.removeWorksheet(ws.id);
      continue;
    }
    ws.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'number' && String(c.numFmt).startsWith('#,##0.00')) c.value = Number(new Decimal(c.value).times(factor).toString());
      else if (typeof c.value === 'string' && c.value === '单位：万元') c.value = unit === null ? null : `单位：${unit}`;
    }));
  }
  return wb;
}

/** Sets 表三's 基本支出 (4th column) on the line of `code`; answers the cell's address. */
function setBasic(wb: ExcelJS.Workbook, code: string, value: number): string {
  let at = '';
  wb.getWorksheet('表三')!.eachRow((row) => {
    if (String(row.getCell(1).value) !== code) return;
    row.getCell(4).value = value;
    at = row.getCell(4).address;
  });
  return at;
}

/** Findings of the public tables (SHN, the 情况说明 inputs, is not in a clerk's table workbook). */
function tableFindings(f: Filing): string[] {
  return checkAll(f, sh).findings.filter((x) => x.cells.every((c) => c.table !== 'SHN')).map((x) => `${x.rule} ${x.message}`);
}

describe('a Shanghai workbook in 元', () => {
  it('figures ×10000 under 单位：元 read as the sample (万元 shown, 尾差 as 万元 data), with the same findings', async () => {
    const r = await read('yuan.xlsx', await clerkCopy('元', 10000));
    const sample = putuoSample();
    expect(r.filing.template).toBe('shanghai-2024');
    expect(r.filing.meta).toMatchObject({ unit: '万元', sourceUnit: '万元' });
    for (const t of TABLES) {
      expect(r.filing.tables[t] ?? {}, t).toEqual(sample.tables[t] ?? {});
      expect(r.filing.stated[t] ?? {}, t).toEqual(sample.stated[t] ?? {});
    }
    expect(tableFindings(r.filing)).toEqual(tableFindings(sample));
    // 尾差 提示 among them, worded in 万元 as on the sample.
    expect(tableFindings(r.filing).some((m) => m.includes('尾差') && m.includes('万元'))).toBe(true);
    const lines = importReportLines(r.report);
    expect(lines.find((l) => l.startsWith('金额单位：'))).toMatch(/^金额单位：工作表“表一”、.*“表九”以元填写，上海市区级部门决算 2024年度的表以万元列示：已按 1万元 = 10000元 折合（精确换算，不舍入）；\d+ 个数都是整百元（折合万元正好两位小数），按万元数据核对/);
    expect(r.report.read[0]).toContain('金额单位 元（折合为万元）');
  });

  it('a figure finer than 0.01万元 is kept exact and named; the data then counts as exact 元 (no 尾差)', async () => {
    const wb = await clerkCopy('元', 10000);
    // 其他行政事业单位养老支出 基本支出 0.88万元 → 8,812.34元; its 本年支出合计 stays as printed.
    const at = setBasic(wb, '2080599', 8812.34);
    const r = await read('yuan-fine.xlsx', wb);
    expect(r.filing.tables.SH03['2080599']['2']).toBe('8812.34');
    expect(r.filing.meta).toMatchObject({ unit: '万元', sourceUnit: '元' });
    const line = importReportLines(r.report).find((l) => l.startsWith('金额单位：'))!;
    expect(line).toContain(`其中 1 个数折合万元超过两位小数（表三 ${at} 8,812.34元 = 0.881234万元），按精确数保存和核对（数据按元计，不计尾差）`);
    // Checked exact: the 项's printed 本年支出合计 (8,800元) against 8,812.34 + 0 is a gap of 12.34元, an error.
    const f = checkAll(r.filing, sh).findings.filter((x) => x.cells.some((c) => c.table === 'SH03' && c.row === '2080599'));
    expect(f.map((x) => x.severity)).toContain('error');
    // Worded in full, not "0.88 ≠ 0.88，差 0.00".
    expect(f.map((x) => x.message)).toContain('表三 2080599 其他行政事业单位养老支出 本年支出合计 填报数 0.88 ≠ 基本支出+项目支出+上缴上级支出+经营支出+对附属单位补助支出 之和 0.881234，差 0.001234（单位：万元）');
  });

  it('a 万元 figure finer than the fen (a formula’s result) is stored to the fen and the report names it', async () => {
    const wb = await clerkCopy('万元', 1);
    const at = setBasic(wb, '2080505', 446.1123456);
    const r = await read('wan-fine.xlsx', wb);
    expect(r.filing.tables.SH03['2080505']['2']).toBe('4461123.46');
    const sheet = r.report.sheets.find((s) => s.sheet === '表三')!;
    expect(sheet.decisions).toContain(`表三 ${at}：446.1123456万元折合 4461123.456元，细于分，按分取整为 4461123.46元`);
    // The figures as printed (two decimals of 万元) are not rounded: no such line for them.
    expect(r.report.sheets.flatMap((s) => s.decisions).filter((d) => d.includes('细于分'))).toHaveLength(1);
  });

  it('sheets that state no unit are read in the template’s 万元 (before: as 元, 10000 times too small)', async () => {
    const r = await read('no-unit.xlsx', await clerkCopy(null, 1));
    const sample = putuoSample();
    for (const t of TABLES) expect(r.filing.tables[t] ?? {}, t).toEqual(sample.tables[t] ?? {});
    expect(r.report.read[0]).toContain('金额单位 万元（表中未注明，按万元读入）');
    expect(tableFindings(r.filing)).toEqual(tableFindings(sample));
  });
});
