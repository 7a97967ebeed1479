// The app's own workbook carries the whole filing: export → import gives back the same filing (概况,
// 单位构成, 情况说明 inputs, 名词解释, 出错说明 included; printed subtotals as stated figures), a second
// round trip gives the identical filing JSON, and export → import → export gives the same sheets (cell
// values, styles, merges, row heights) — for the sample in 元 and in 万元.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importWorkbook } from '../../src/shared/io/xlsx/import-workbook';
import type { SheetData } from '../../src/shared/io/xlsx/sheet-data';
import { sheetData } from '../../src/node/export/xlsx-read';
import { serializeFiling } from '../../src/shared/filing/schema';
import type { Filing } from '../../src/shared/filing/types';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const template = getTemplate('shanxi-2022');
const AT = new Date('2023-03-24T09:30:00Z');

async function sheetsOf(buf: Buffer): Promise<{ wb: ExcelJS.Workbook; sheets: SheetData[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return { wb, sheets: wb.worksheets.map((ws) => sheetData(ws, Date.now() + 60_000)) };
}

/** Everything a sheet shows: values, number formats, fonts, borders, alignment, merges, widths, heights, hidden columns. */
function sheetPicture(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (c, col) => cells.push([r, col, c.value, c.numFmt, c.font, c.border, c.alignment]));
  });
  const rows: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(ws.getRow(r).height ?? null);
  const cols = (ws.columns ?? []).map((c) => [c.width ?? null, c.hidden ?? false]);
  return { name: ws.name, cells, rows, cols, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(), views: ws.views, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter };
}

async function roundTrip(filing: Filing): Promise<{ back: Filing; first: Buffer; second: Buffer }> {
  const first = await buildWorkbook(filing, template, AT);
  const { filing: back } = importWorkbook((await sheetsOf(first)).sheets, () => template);
  const second = await buildWorkbook(back, template, AT);
  return { back, first, second };
}

function withEverything(): Filing {
  const f = sampleFiling();
  f.meta.cover = { publishDate: '2023年9月', contact: '0353-6663501' };
  f.explanations['P.T06-T05.30110+30111'] = '职工基本医疗保险缴费中含公务员医疗补助 1,376.00 元，按科目分别列支。';
  f.narrative.reasons.total = '主要原因是'.padEnd(2500, '新增政务云服务项目，'); // longer than one cell holds
  return f;
}

describe('export → import of the app’s own workbook', () => {
  for (const unit of ['元', '万元'] as const) {
    it(`gives back the same filing, every part of it (${unit})`, async () => {
      const f = withEverything();
      f.meta.unit = unit;
      const { back } = await roundTrip(f);
      expect(back.overview).toEqual(f.overview);
      expect(back.meta).toEqual(f.meta);
      expect(back.narrative).toEqual(f.narrative);
      expect(back.glossary).toEqual(f.glossary);
      expect(back.explanations).toEqual(f.explanations);
      expect(back.tables).toEqual(f.tables);
      expect(back.evaluations).toEqual(f.evaluations);
      // Printed totals come back as stated figures: every one the sample keeps, and the subtotals the sheet
      // prints besides (each equal to its sum, so no finding changes).
      for (const [t, rows] of Object.entries(f.stated)) for (const [r, cols] of Object.entries(rows)) expect(back.stated[t]?.[r], `${t} ${r}`).toMatchObject(cols);
      // And a second round trip changes nothing at all.
      const again = await roundTrip(back);
      expect(serializeFiling(again.back)).toBe(serializeFiling(back));
    });

    it(`and export again gives the same sheets (${unit})`, async () => {
      const f = withEverything();
      f.meta.unit = unit;
      const { first, second } = await roundTrip(f);
      const a = (await sheetsOf(first)).wb.worksheets.map(sheetPicture);
      const b = (await sheetsOf(second)).wb.worksheets.map(sheetPicture);
      expect(a.length).toBe(18); // ten tables, four forms, 概况, 情况说明数据, 名词解释, 出错说明
      expect(b).toEqual(a);
    });
  }

  it('reads nothing extra from a clerk’s workbook without those sheets, and says what it restored from ours', async () => {
    const f = withEverything();
    const { sheets } = await sheetsOf(await buildWorkbook(f, template, AT));
    const clerk = importWorkbook(sheets.filter((s) => !['概况', '情况说明数据', '名词解释', '出错说明'].includes(s.name)), () => template);
    expect(clerk.report.restored).toBeUndefined();
    expect(clerk.filing.overview.duties).toBe('');
    const ours = importWorkbook(sheets, () => template);
    expect(ours.report.restored?.join('\n')).toContain('2 个构成单位');
  });
});
