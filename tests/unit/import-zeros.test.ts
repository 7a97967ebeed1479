// A stated zero is not a blank. A clerk who enters 0 (0.00, "0", a dash) states that the unit had none;
// a blank says nothing. Both survive export → import in both templates (山西 prints the zero blank but the
// workbook keeps the 0 in the cell; 上海 prints 0.00), and a clerk's own workbook with a numeric 0, the
// text "0.00", a dash and a blank reads as 0.00, 0.00, 0.00 and nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/host-api';
import type { Filing } from '../../src/shared/filing/types';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { tableLayouts } from '../../src/shared/io/layout/table-layout';
import { gridHtml } from '../../src/shared/io/print/grid-html';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { checkAll } from '../../src/shared/rules/engine';
import { t01SeedSheet } from './clerk-sheets';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-zeros-'));

async function read(name: string, data: Buffer | ExcelJS.Workbook): Promise<Extract<ImportResult, { ok: true }>> {
  const p = join(dir, name);
  writeFileSync(p, data instanceof ExcelJS.Workbook ? Buffer.from((await data.xlsx.writeBuffer()) as ArrayBuffer) : data);
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r;
}

function set(f: Filing, table: string, row: string, col: number, v: string): void {
  ((f.tables[table] ??= {})[row] ??= {})[String(col)] = v;
}

/** Every cell of the filing's tables holding a zero, as table.row.col. */
function zeros(tables: Filing['tables']): string[] {
  const out: string[] = [];
  for (const [t, rows] of Object.entries(tables)) for (const [r, cols] of Object.entries(rows)) for (const [c, v] of Object.entries(cols)) if (Number(v) === 0) out.push(`${t}.${r}.${c}`);
  return out.sort();
}

describe('export → import keeps every stated zero and every blank', () => {
  it('山西: zeros entered in 公开01/02/03/07/10表 come back as 0.00 (the sheet shows them blank, as the template prints)', async () => {
    const f = sampleFiling();
    // 事业收入 stated as none; 经营收入 (行6) left blank.
    set(f, 'T01', '5', 1, '0.00');
    set(f, 'T02', '2010501', 4, '0.00');
    set(f, 'T03', '2010501', 3, '0.00');
    set(f, 'T07', '1', 2, '0.00');
    set(f, 'T10', '8', 1, '0.00');
    const t = getTemplate(f.template);
    const data = await buildWorkbook(f, t);
    const r = await read('shanxi-zeros.xlsx', data);
    expect(zeros(r.filing.tables)).toEqual(['T01.5.1', 'T02.2010501.4', 'T03.2010501.3', 'T07.1.2', 'T10.8.1']);
    expect(r.filing.tables.T01['6']).toBeUndefined();
    // Every other cell, zero or not, exactly as it was.
    for (const id of Object.keys(f.tables)) expect(r.filing.tables[id] ?? {}, id).toEqual(f.tables[id]);
    expect(checkAll(r.filing, t).findings.map((x) => x.message)).toEqual(checkAll(f, t).findings.map((x) => x.message));

    // The cell holds the number 0 under a format with an empty zero section; the printed table shows nothing.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('公开01表')!;
    let cell: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value === '五、事业收入') cell = row.getCell(Number(c.col) + 2);
    }));
    expect(cell?.value).toBe(0);
    expect(cell?.numFmt).toBe('#,##0.00;-#,##0.00;');
    const layout = tableLayouts(f, t).find((l) => l.id === 'T01')!;
    const printed = layout.grid.body.flat().find((c) => c?.ref?.row === '5' && c.ref.col === 1)!;
    expect(printed).toMatchObject({ hideZero: true });
    expect(gridHtml(layout.grid, '元')).not.toContain('>0.00<');
  });

  it('上海: the 普陀 sample’s 80 entered zeros (printed 0.00) come back as 0.00, its blanks as blanks', async () => {
    const f = putuoSample();
    const t = getTemplate(f.template);
    expect(zeros(f.tables)).toHaveLength(80);
    const r = await read('shanghai-zeros.xlsx', await buildWorkbook(f, t));
    expect(zeros(r.filing.tables)).toEqual(zeros(f.tables));
    for (const id of Object.keys(f.tables)) expect(r.filing.tables[id] ?? {}, id).toEqual(f.tables[id]);
    expect(zeros(r.filing.stated)).toEqual(zeros(f.stated));
  });
});

describe('a clerk workbook with a numeric 0, the text "0.00", a dash and a blank', () => {
  /** A clerk's 公开01表: these income lines beside a balanced spending side. */
  function t01(income: Array<[string, number, number | string | null]>): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const spending: Array<[string, number, number]> = [['一、一般公共服务支出', 32, 800], ['本年支出合计', 58, 800], ['总计', 62, 800]];
    const n = Math.max(income.length, spending.length);
    t01SeedSheet(wb, Array.from({ length: n }, (_, i) => [...(income[i] ?? ['', '', null]), ...(spending[i] ?? ['', '', null])]));
    return wb;
  }

  it('山西 公开01表: 0 and "0.00" and “-”/“—”/“——” are 0.00, the blank is not there', async () => {
    const r = await read('clerk-t01.xlsx', t01([
      ['一、一般公共预算财政拨款收入', 1, 800],
      ['二、政府性基金预算财政拨款收入', 2, 0],
      ['三、国有资本经营预算财政拨款收入', 3, '0.00'],
      ['四、上级补助收入', 4, null],
      ['五、事业收入', 5, '-'],
      ['六、经营收入', 6, '—'],
      ['七、附属单位上缴收入', 7, '——'],
      ['八、其他收入', 8, '－'],
      ['本年收入合计', 27, 800],
      ['总计', 31, 800],
    ]));
    expect(r.filing.tables.T01).toEqual({
      1: { 1: '800.00' }, 2: { 1: '0.00' }, 3: { 1: '0.00' }, 5: { 1: '0.00' }, 6: { 1: '0.00' }, 7: { 1: '0.00' }, 8: { 1: '0.00' }, 32: { 2: '800.00' },
    });
    expect(r.filing.tables.T01['4']).toBeUndefined();
    expect(r.report.unreadable).toEqual([]);
    expect(checkAll(r.filing, getTemplate('shanxi-2022')).findings.filter((x) => x.cells.every((c) => c.table === 'T01'))).toEqual([]);
  });

  it('a word in the cell is still no figure: it is listed, not read as 0', async () => {
    const r = await read('clerk-t01-word.xlsx', t01([
      ['一、一般公共预算财政拨款收入', 1, 800],
      ['五、事业收入', 5, '无'],
      ['本年收入合计', 27, 800],
      ['总计', 31, 800],
    ]));
    expect(r.filing.tables.T01['5']).toBeUndefined();
    expect(r.report.unreadable.map((u) => `${u.cell} ${u.value}`)).toEqual(['C8 无']);
  });

  it('上海 表三 edited by a clerk: a 0.00 retyped as text, one cleared, one dashed', async () => {
    const f = putuoSample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(f, getTemplate(f.template))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('表三')!;
    const rowOf = (code: string) => {
      let at = 0;
      ws.eachRow((row, n) => {
        if (String(row.getCell(1).value) === code) at = n;
      });
      return ws.getRow(at);
    };
    // 项目支出 of each 项 sits in the 4th column (编码 | 名称 | 本年支出合计 | 基本支出 | 项目支出).
    expect(rowOf('2080501').getCell(5).value).toBe(0);
    rowOf('2080501').getCell(5).value = '0.00';
    rowOf('2080502').getCell(5).value = null;
    rowOf('2080505').getCell(5).value = '-';
    const r = await read('clerk-sh03.xlsx', wb);
    expect(r.filing.tables.SH03['2080501']['3']).toBe('0.00');
    expect(r.filing.tables.SH03['2080502']['3']).toBeUndefined();
    expect(r.filing.tables.SH03['2080505']['3']).toBe('0.00');
    expect(r.filing.tables.SH03['2080502']).toEqual({ 1: f.tables.SH03['2080502']['1'], 2: f.tables.SH03['2080502']['2'] });
  });
});
