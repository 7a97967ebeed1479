// The print document (the HTML that both the PDF and the app's print preview use), checked without a
// browser: every part and table in order, repeated table headers, landscape pages for wide tables,
// the 目录 placeholders and numbers, and text from the filing escaped.
import { describe, expect, it } from 'vitest';
import { ABSENT_NOTE, printDocument, chineseNumber } from '../../src/shared/io/print/print-document';
import { sampleFiling } from '../../src/shared/sample/index';
import { blankFiling } from '../../src/shared/io/xlsx/import-workbook';
import { getTemplate } from '../../src/shared/templates/registry';

const template = getTemplate('shanxi-2022');

describe('print document', () => {
  const { html, toc } = printDocument({ filing: sampleFiling(), template });

  it('has the seed\'s parts in order, with every table and narrative section in the 目录', () => {
    const parts = ['第一部分 概况', '第二部分 2022年部门决算表', '第三部分 情况说明', '第四部分 名词解释', '第五部分 附件'];
    const at = parts.map((p) => html.indexOf(`>${p}</h1>`));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(toc.filter((e) => e.id.startsWith('t-')).map((e) => e.title)).toEqual(template.tables.map((t, i) => `${chineseNumber(i + 1)}、${t.title}`));
    expect(toc.filter((e) => e.id.startsWith('n-'))).toHaveLength(10);
    expect(html).toContain('阳泉市大数据应用局');
  });

  it('prints a table the filing does not have as 未提供, not as 本表无数据', () => {
    const f = { ...sampleFiling(), absent: ['T09'] };
    const doc = printDocument({ filing: f, template }).html;
    const t09 = /<section class="sheet[^"]*">(?:(?!<\/section>)[\s\S])*?公开09表[\s\S]*?<\/section>/.exec(doc)?.[0] ?? '';
    expect(t09).toContain(ABSENT_NOTE);
    expect(t09).not.toContain('本表无数据');
    expect(html).not.toContain(ABSENT_NOTE);
  });

  it('gives every table a <thead> so its header repeats on each printed page', () => {
    const tables = html.match(/<section class="sheet[^"]*">[\s\S]*?<\/section>/g) ?? [];
    expect(tables).toHaveLength(10);
    for (const t of tables.filter((x) => !x.includes('公开10表'))) expect(t).toContain('<thead>');
  });

  it('prints wide tables on landscape pages and narrow ones on portrait pages', () => {
    const section = (n: string) => (html.match(new RegExp(`<section class="sheet([^"]*)">(?:(?!</section>)[\\s\\S])*?${n}`)) ?? [])[1];
    expect(section('公开02表')).toContain('wide');
    expect(section('公开06表')).toContain('wide');
    expect(section('公开05表')).not.toContain('wide');
    expect(html).toMatch(/@page wide \{ size: A4 landscape/);
  });

  it('prints the 目录 numbers it is given, and same-width placeholders before that', () => {
    expect(html).toContain('visibility:hidden');
    const numbered = printDocument({ filing: sampleFiling(), template, pageNumbers: { p1: 1, 't-T06': 10 } }).html;
    expect(numbered).toMatch(/一般公共预算财政拨款支出决算明细表<\/span><span class="dots"><\/span><span class="n">10<\/span>/);
  });

  it('escapes what the clerk typed', () => {
    const f = sampleFiling();
    f.meta.department = '<img src=x onerror=alert(1)>局';
    f.overview.duties = '职责<script>alert(1)</script>';
    const out = printDocument({ filing: f, template }).html;
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;局');
  });

  it('refers to nothing outside itself', () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:|file:|\/\/)/);
  });

  it('prints a filing with no figures, narrative inputs or forms (as an import leaves it)', () => {
    const out = printDocument({ filing: blankFiling(template, '新单位', 2022, '万元'), template }).html;
    expect(out.match(/说明：本表无数据/g)).toHaveLength(10);
    expect(out).toContain('金额单位：万元');
    expect(out).toMatch(/第五部分 附件<\/h1>\n<p class="plain">无<\/p>/);
  });
});
