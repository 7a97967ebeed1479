// The 普陀 2024 sample exported in the Shanghai layout: nine table sheets in the published order, no 行次
// or 栏次, 表五's 合计 last, 表六's two panels with their footer, 表八/表九 empty with the statement naming
// the department, no input table (SHN) and no Shanxi table id anywhere; the print document's 目录, 概况
// (单位构成 table) and 名词解释 follow the template.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { printDocument } from '../../src/shared/io/print/print-document';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const TITLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '财政拨款“三公”经费支出决算表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款收入支出决算表',
];

function sheetText(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out;
}

/** The texts of one sheet row, left to right; a merged range once. */
function rowTexts(ws: ExcelJS.Worksheet, r: number): string[] {
  const out: string[] = [];
  ws.getRow(r).eachCell((c) => {
    if (!c.isMerged || c.master === c) out.push(String(c.value ?? ''));
  });
  return out;
}

function rowWith(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (rowTexts(ws, r).includes(text)) return r;
  throw new Error(`${text} not found in ${ws.name}`);
}

describe('xlsx export of the Shanghai sample', () => {
  let wb: ExcelJS.Workbook;
  let tables: ExcelJS.Worksheet[];
  beforeAll(async () => {
    const filing = putuoSample();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(filing, getTemplate(filing.template))) as unknown as ExcelJS.Buffer);
    tables = wb.worksheets.filter((ws) => /^表[一二三四五六七八九]$/.test(ws.name));
  });

  it('writes the nine published tables in order, and no sheet for the input table', () => {
    expect(tables.map((ws) => ws.name)).toEqual(['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九']);
    expect(tables.map((ws) => ws.getCell(1, 1).value)).toEqual(TITLES);
    expect(wb.worksheets.map((ws) => ws.name).filter((n) => /SHN|情况说明输入/.test(n))).toEqual([]);
  });

  it('prints no 行次, 栏次, 表号 or Shanxi table id, and 单位：万元', () => {
    for (const ws of tables) {
      const text = sheetText(ws);
      expect(text.filter((t) => /行次|栏次|公开\d\d表|\bT\d\d\b|部门名称/.test(t))).toEqual([]);
      expect(text).toContain('单位：万元');
    }
  });

  it('keeps the figures as printed: 表一 本年收入合计 9746.50 and 总计 9859.38 on both sides', () => {
    const ws = tables[0];
    const r = rowWith(ws, '本年收入合计');
    expect(rowTexts(ws, r)).toEqual(['本年收入合计', '9746.5', '本年支出合计', '9759.38']);
    const total = rowTexts(ws, rowWith(ws, '总计'));
    expect(total).toEqual(['总计', '9859.38', '总计', '9859.38']);
  });

  // An export prints what the app computes: the 尾差 of the published totals is not carried over.
  it('prints 表五 合计 after the codes, as the filing holds it (the published 9746.50, though its 项 add to 9746.49)', () => {
    const ws = tables[4];
    let r = 0;
    for (let k = 1; k <= ws.rowCount; k++) if (rowTexts(ws, k)[0] === '合计' && typeof ws.getCell(k, 3).value === 'number') r = k;
    expect(rowTexts(ws, r)).toEqual(['合计', '9746.5', '5364.75', '4381.74']);
    for (let k = r + 1; k <= ws.rowCount; k++) expect(rowTexts(ws, k).some((t) => /^\d{3,7}$/.test(t))).toBe(false);
    expect(rowWith(ws, '208')).toBeLessThan(r);
  });

  it('prints 表六 as two panels 人员经费 | 公用经费 with both totals on the footer line', () => {
    const ws = tables[5];
    const head = rowTexts(ws, rowWith(ws, '经济分类科目编码'));
    expect(head).toEqual(['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']);
    const first = rowTexts(ws, rowWith(ws, '301'));
    expect(first.slice(0, 4)).toEqual(['301', '工资福利支出', '4816.14', '302']);
    const foot = rowTexts(ws, rowWith(ws, '人员经费合计'));
    // The totals as published (4,884.09 and 480.66; their 款 add to 4,884.10 and 480.64: STATED findings).
    expect(foot).toEqual(['人员经费合计', '4884.09', '公用经费合计', '480.66']);
    // A 0.00 the filing printed stays 0.00 (30103 奖金).
    expect(ws.getCell(rowWith(ws, '30103'), 3).value).toBe(0);
  });

  it('prints 表七 as one line of twelve interleaved 预算数/决算数', () => {
    const ws = tables[6];
    let r = 0;
    for (let k = 1; k <= ws.rowCount && !r; k++) if (rowTexts(ws, k).length === 12 && rowTexts(ws, k)[0] === '预算数') r = k;
    expect(rowTexts(ws, r)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? '决算数' : '预算数')));
    expect(rowTexts(ws, r + 1)).toEqual(['2.85', '0.39', '0', '0', '0', '0', '0', '0', '0', '0', '2.85', '0.39']);
  });

  it('keeps 表八/表九 as empty frames with the template statement naming the department', () => {
    expect(sheetText(tables[7])).toContain('说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。');
    expect(sheetText(tables[8])).toContain('说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。');
    expect(sheetText(tables[7])).not.toContain('说明：本表无数据');
  });
});

describe('print document of the Shanghai sample', () => {
  const filing = putuoSample();
  const doc = printDocument({ filing, template: getTemplate(filing.template), draftMark: null, charts: {} });
  const text = doc.html.replace(/<[^>]+>/g, ' ');

  it('has the published 目录: parts named after the department, nine tables, no 第五部分', () => {
    const l1 = doc.toc.filter((e) => e.level === 1).map((e) => e.title);
    expect(l1).toEqual([
      '第一部分 上海市普陀区规划和自然资源局概况',
      '第二部分 上海市普陀区规划和自然资源局2024年度部门决算表',
      '第三部分 上海市普陀区规划和自然资源局2024年度部门决算情况说明',
      '第四部分 名词解释',
    ]);
    const tables = doc.toc.filter((e) => e.id.startsWith('t-'));
    expect(tables.map((e) => e.title)).toEqual(TITLES.map((t, i) => `${'一二三四五六七八九'[i]}、${t}`));
    expect(tables.map((e) => e.id)).toEqual(['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SH08', 'SH09'].map((id) => `t-${id}`));
    expect(doc.toc.filter((e) => e.id.startsWith('p1-')).map((e) => e.title)).toEqual(['一、主要职能', '二、部门决算单位构成']);
  });

  it('prints the 单位构成 table 序号 | 单位名称 | 备注 with the five units', () => {
    const m = /<table class="grid members">(.*?)<\/table>/.exec(doc.html);
    expect(m).not.toBeNull();
    const cells = [...m![1].matchAll(/<t[hd](?: [^>]*)?>(.*?)<\/t[hd]>/g)].map((x) => x[1]);
    expect(cells.slice(0, 3)).toEqual(['序号', '单位名称', '备注']);
    expect(cells.slice(3, 6)).toEqual(['1', '上海市普陀区规划和自然资源局（本级）', '']);
    expect(cells).toContain('上海市普陀区规划和自然资源局执法大队（下属参公事业单位）');
    expect(cells.length).toBe(3 + 5 * 3);
  });

  it('prints the eleven 名词解释 of the template', () => {
    const terms = [...doc.html.matchAll(/<p class="plain">([一二三四五六七八九十]+)、([^：]+)：/g)].map((x) => x[2]);
    expect(terms).toEqual(['财政拨款收入', '事业收入', '经营收入', '其他收入', '年初结转和结余', '年末结转和结余', '基本支出', '项目支出', '经营支出', '“三公”经费', '机关运行经费']);
  });

  it('prints amounts without separators and no 行次/栏次 or Shanxi table number', () => {
    expect(text).toContain('9746.50');
    expect(text).not.toContain('9,746.50');
    expect(text).not.toMatch(/行次|栏次|公开\d\d表/);
  });

  it('leaves the Shanxi print as it was (行次, 栏次, 公开01表, 第五部分)', () => {
    const sx = sampleFiling();
    const d = printDocument({ filing: sx, template: getTemplate(sx.template), draftMark: null, charts: {} });
    expect(d.html).toContain('公开01表');
    expect(d.html).toContain('栏次');
    expect(d.toc.map((e) => e.title)).toContain('第五部分 附件');
    expect(d.toc[0].title).toBe('第一部分 概况');
  });
});
