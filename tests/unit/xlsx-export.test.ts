// The exported workbook, read back with exceljs as a clerk's Excel would show it: sheet per table, the
// seed's figures at the right 行次/栏次, merged headers, number formats, 本表无数据, 万元 conversion.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import type { Filing } from '../../src/shared/filing/types';

async function workbookOf(filing: Filing): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook(filing, getTemplate(filing.template))) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The cell right of the 行次 cell holding `rowNo` in the column labelled 行次 at `rowNoCol`. */
function figureAt(ws: ExcelJS.Worksheet, rowNoCol: number, rowNo: number, valueCol: number): ExcelJS.CellValue {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, rowNoCol).value === rowNo) return ws.getCell(r, valueCol).value;
  }
  throw new Error(`行次 ${rowNo} not found`);
}

function rowOfCode(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return r;
  throw new Error(`code ${code} not found`);
}

function sheetText(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out.join('\n');
}

describe('xlsx export of the sample', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await workbookOf(sampleFiling());
  });

  it('has one sheet per table, 公开01表 … 公开10表, then the self-evaluation forms, then the filing’s other parts', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => `公开${String(i + 1).padStart(2, '0')}表`));
    expect(names.slice(10, 14).every((n) => n.startsWith('自评表'))).toBe(true);
    expect(names[10]).toMatch(/^自评表1/);
    expect(names.slice(14)).toEqual(['概况', '情况说明数据', '名词解释', '出错说明']);
  });

  it('prints the title block: title, 公开NN表, 部门名称, 年度, 金额单位', () => {
    const ws = wb.getWorksheet('公开01表')!;
    expect(ws.getCell('A1').value).toBe('收入支出决算总表');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').isMerged).toBe(true);
    const text = sheetText(ws);
    expect(text).toContain('公开01表');
    expect(text).toContain('部门名称：阳泉市大数据应用局');
    expect(text).toContain('2022年度');
    expect(text).toContain('金额单位：元');
    expect(sheetText(wb.getWorksheet('公开10表')!)).toContain('单位名称：阳泉市大数据应用局');
  });

  it('puts the seed figures at their 行次 on both sides of 公开01表, as numbers with #,##0.00', () => {
    const ws = wb.getWorksheet('公开01表')!;
    // Income side: 项目 A, 行次 B, 决算数 C; spending side: 项目 D, 行次 E, 决算数 F.
    expect(figureAt(ws, 2, 1, 3)).toBe(23066415.36);
    expect(figureAt(ws, 2, 2, 3)).toBe(18877239);
    expect(figureAt(ws, 2, 27, 3)).toBe(41943654.36);
    expect(figureAt(ws, 2, 31, 3)).toBe(41943654.36);
    expect(figureAt(ws, 5, 32, 6)).toBe(3640931.06);
    expect(figureAt(ws, 5, 58, 6)).toBe(41943654.36);
    expect(figureAt(ws, 5, 33, 6)).toBeNull();
    let fmt = '';
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === 1) fmt = ws.getCell(r, 3).numFmt;
    expect(fmt).toBe('#,##0.00');
  });

  it('merges the multi-row headers: 收入 and 支出 over their sides, 项目 and 行次 down', () => {
    const ws = wb.getWorksheet('公开01表')!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A4:C4');
    expect(merges).toContain('D4:F4');
    expect(ws.getCell('A4').value).toBe('收入');
    expect(ws.getCell('D4').value).toBe('支出');
    expect(ws.getCell('A6').value).toBe('栏次');
    expect(ws.getCell('C6').value).toBe('1');
    expect(ws.getCell('F6').value).toBe('2');
    const t05 = wb.getWorksheet('公开05表')!;
    expect((t05.model as unknown as { merges: string[] }).merges).toContain('C4:E4');
    expect(t05.getCell('C4').value).toBe('本年支出');
    expect(t05.getCell('C5').value).toBe('小计');
  });

  it('computes the totals of coded tables: 合计, 类, 款 from the 项 entered', () => {
    const ws = wb.getWorksheet('公开03表')!;
    const total = rowOfCode(ws, '合计');
    expect(ws.getCell(total, 3).value).toBe(41943654.36);
    expect(ws.getCell(total, 4).value).toBe(5591809.19);
    expect(ws.getCell(total, 5).value).toBe(36351845.17);
    const cls = rowOfCode(ws, '201');
    expect(ws.getCell(cls, 2).value).toBe('一般公共服务支出');
    expect(ws.getCell(cls, 3).value).toBe(3640931.06);
    expect(ws.getCell(rowOfCode(ws, '2010504'), 5).value).toBe(647699.48);
  });

  it('lays 公开06表 out in four blocks with 人员经费 and 公用经费 over them', () => {
    const ws = wb.getWorksheet('公开06表')!;
    expect(ws.getCell('A4').value).toBe('人员经费');
    expect(ws.getCell('E4').value).toBe('公用经费');
    expect((ws.model as unknown as { merges: string[] }).merges).toContain('E4:P4');
    expect(['A5', 'E5', 'I5', 'M5'].map((a) => ws.getCell(a).value)).toEqual(['科目编码', '科目编码', '科目编码', '科目编码']);
    const text = sheetText(ws);
    expect(text).toContain('4662904.9');
    expect(text).toContain('4968278.8');
    expect(text).toContain('18098136.56');
  });

  it('says 本表无数据 under the tables without data (公开07/09表), and not under the others', () => {
    expect(sheetText(wb.getWorksheet('公开07表')!)).toContain('说明：本表无数据');
    expect(sheetText(wb.getWorksheet('公开09表')!)).toContain('说明：本表无数据');
    expect(sheetText(wb.getWorksheet('公开08表')!)).not.toContain('本表无数据');
    expect(sheetText(wb.getWorksheet('公开01表')!)).toContain('注：本表反映部门本年度的总收支和年末结转结余情况');
  });

  it('freezes the header and sets up A4 printing, landscape for wide tables', () => {
    const t02 = wb.getWorksheet('公开02表')!;
    expect(t02.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(t02.pageSetup.paperSize).toBe(9);
    expect(t02.pageSetup.orientation).toBe('landscape');
    expect(t02.pageSetup.fitToWidth).toBe(1);
    expect(wb.getWorksheet('公开10表')!.pageSetup.orientation).toBe('portrait');
  });

  it('lays the self-evaluation form out like the seed', () => {
    const text = sheetText(wb.worksheets[10]);
    expect(text).toContain('项目支出绩效自评表');
    expect(text).toContain('精准扶贫干部驻村生活补贴');
    expect(text).toContain('产出指标（50分）');
    expect(text).toContain('驻村工作人员');
    expect(text).toContain('填报人：周彤');
  });

  it('makes rows with long merged text tall enough to show it (Excel does not fit merged cells)', () => {
    const ws = wb.worksheets[10];
    let goal = 0;
    ws.eachRow((row, r) => {
      if (String(row.getCell(3).value ?? '').startsWith('驻村工作人员1名')) goal = r;
    });
    expect(goal).toBeGreaterThan(0);
    expect(ws.getRow(goal).height).toBeGreaterThan(20);
    // A one-line answer keeps the default height.
    let name = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '项目名称') name = r;
    });
    expect(ws.getRow(name).height ?? 15).toBeLessThanOrEqual(20);
  });
});

describe('公开07表 with figures', () => {
  it('prints its one line with the computed 合计 and no 本表无数据', async () => {
    const filing = sampleFiling();
    filing.tables.T07 = { 1: { 2: '1000.00', 4: '300.00', 8: '800.00' } };
    const ws = (await workbookOf(filing)).getWorksheet('公开07表')!;
    const values: unknown[] = [];
    ws.getRow(8).eachCell((c) => values.push(c.value)); // three header rows, the 栏次 row, then the line
    // 栏次 1 合计 = 2 + 3 + 6, 3 小计 = 4 + 5; 7 合计 = 8 + 9 + 12.
    expect(values).toEqual([1300, 1000, 300, 300, 800, 800]);
    expect(sheetText(ws)).not.toContain('本表无数据');
  });
});

describe('xlsx export in 万元', () => {
  it('converts every figure exactly and says 金额单位：万元', async () => {
    const filing = sampleFiling();
    filing.meta.unit = '万元';
    const wb = await workbookOf(filing);
    const ws = wb.getWorksheet('公开01表')!;
    expect(sheetText(ws)).toContain('金额单位：万元');
    expect(figureAt(ws, 2, 1, 3)).toBe(2306.641536);
    // Counts are not money: 公开10表 keeps them as they are (none in the sample), amounts convert.
    expect(sheetText(wb.getWorksheet('公开10表')!)).toContain('2821.787216');
  });
});
