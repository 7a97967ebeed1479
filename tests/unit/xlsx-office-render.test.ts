// The workbook as a reviewer sees it in an office suite: rendered by LibreOffice, no text crosses a cell
// border on any sheet (measured: word boxes against the page's ruling lines), no figure shows as ###,
// and every heading line is whole. The measure itself is shown to fail on a sheet built badly on purpose.
// Page images go to tests/artifacts/office/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import type { Crossing, Word } from '../support/office-render';
import { crossings, hasLibreOffice, renderWithLibreOffice, rulingLines, wordsOf } from '../support/office-render';

if (!hasLibreOffice) console.log('跳过 LibreOffice 渲染测试：没有 soffice（apt-get install libreoffice-calc-nogui）');

const ART = join(process.cwd(), 'tests', 'artifacts', 'office');

function describeCrossing(c: Crossing): string {
  return `第 ${c.word.page} 页“${c.word.text}”被${c.line.dir === 'h' ? '横' : '竖'}线穿过（${c.line.at.toFixed(1)}pt）`;
}

describe.skipIf(!hasLibreOffice)('the sample workbook rendered by LibreOffice', () => {
  let words: Word[];
  let found: Crossing[];
  let text: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-office-'));
    for (const unit of ['元', '万元'] as const) {
      const filing = sampleFiling();
      filing.meta.unit = unit;
      const xlsx = join(dir, `sample-${unit === '元' ? 'yuan' : 'wan'}.xlsx`);
      writeFileSync(xlsx, await buildWorkbook(filing, getTemplate('shanxi-2022')));
      const pdf = renderWithLibreOffice(xlsx, dir);
      const pages = mkdtempSync(join(dir, 'pages-'));
      const lines = rulingLines(pdf, pages);
      const w = wordsOf(pdf);
      words = [...(words ?? []), ...w];
      found = [...(found ?? []), ...crossings(w, lines)];
      text = (text ?? '') + execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      if (unit === '元') {
        mkdirSync(ART, { recursive: true });
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(ART, 'sample')]);
      }
    }
  }, 300_000);

  it('prints every sheet with its words, and no text crosses a cell border', () => {
    expect(words.length).toBeGreaterThan(2000);
    expect(found.map(describeCrossing)).toEqual([]);
  });

  it('shows every figure (no ###) and every 部门名称 whole', () => {
    expect(words.filter((w) => /^#{2,}$/.test(w.text))).toEqual([]);
    // Ten tables in two units: 部门名称 (or 单位名称) printed whole on each.
    expect(text.match(/(部门|单位)名称：阳泉市大数据应用局/g)?.length).toBe(20);
  });
});

describe.skipIf(!hasLibreOffice)('the measure', () => {
  it('finds the crossings of a sheet whose rows are too low for their wrapped text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('bad');
    ws.getColumn(1).width = 8;
    ws.getColumn(2).width = 8;
    for (let r = 1; r <= 6; r++) {
      const c = ws.getCell(r, 1);
      c.value = '一般公共预算财政拨款基本支出决算明细';
      c.alignment = { wrapText: true, vertical: 'top' };
      for (const col of [1, 2]) ws.getCell(r, col).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      ws.getRow(r).height = 14;
    }
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-office-bad-'));
    const xlsx = join(dir, 'bad.xlsx');
    writeFileSync(xlsx, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const pdf = renderWithLibreOffice(xlsx, dir);
    const found = crossings(wordsOf(pdf), rulingLines(pdf, mkdtempSync(join(dir, 'p-'))));
    expect(found.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('cells and properties a spreadsheet can use', () => {
  it('stores the forms’ amounts and scores as numbers, and dates the workbook when it was made', async () => {
    const at = new Date('2023-03-24T09:30:00Z');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(sampleFiling(), getTemplate('shanxi-2022'), at)) as unknown as ArrayBuffer);
    expect(wb.created?.toISOString()).toBe(at.toISOString());
    expect(wb.modified?.toISOString()).toBe(at.toISOString());
    const form = wb.worksheets.find((w) => w.name.startsWith('自评表1'))!;
    const numbers: number[] = [];
    form.eachRow((row) => row.eachCell((c) => typeof c.value === 'number' && numbers.push(c.value)));
    // 年度资金总额 2.5 (万元) three times over, and the 总分 100.
    expect(numbers.filter((n) => n === 2.5).length).toBeGreaterThanOrEqual(3);
    expect(numbers).toContain(100);
  });
});
