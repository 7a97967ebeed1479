// The PDF as a reviewer pages through it: its bookmarks are the 目录 (same entries, same order, same
// pages), no page holds only a stray note or signature line, and the attachments carry their contacts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH, openPdfRenderer } from '../../src/node/export/pdf-writer';
import { printDocument } from '../../src/shared/io/print/print-document';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const ready = existsSync(CHROMIUM_PATH);

interface Bookmark {
  title: string;
  page: number;
  level: number;
}

/** The PDF's outline as poppler reads it (pdftohtml -xml nests <outline> lists). */
function bookmarks(pdf: string): Bookmark[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: Bookmark[] = [];
  let level = 0;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') level++;
    else if (m[0] === '</outline>') level--;
    else out.push({ title: m[2], page: Number(m[1]), level });
  }
  return out;
}

describe.skipIf(!ready)('the PDF of the sample', () => {
  let renderer: PdfRenderer;
  let file: string;
  let numbers: Record<string, number>;
  let pages: string[];
  const template = getTemplate('shanxi-2022');
  const filing = sampleFiling();

  beforeAll(async () => {
    renderer = await openPdfRenderer();
    const r = await renderer.render({ filing, template });
    numbers = r.pageNumbers;
    file = join(mkdtempSync(join(tmpdir(), 'juesuan-outline-')), 'sample.pdf');
    writeFileSync(file, r.pdf);
    pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }, 180_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('has bookmarks that are the 目录: the same entries at the same levels, pointing at the pages the 目录 prints', () => {
    const toc = printDocument({ filing, template }).toc;
    const marks = bookmarks(file);
    // The 目录 numbers pages from 第一部分; the bookmarks count the cover and the 目录 too.
    const front = marks[0].page - numbers[toc[0].id];
    expect(marks.map((m) => ({ title: m.title, level: m.level }))).toEqual(
      toc.map((e) => ({ title: e.id.startsWith('t-') ? e.title.replace(/^[一二三四五六七八九十]+、/, '') : e.title, level: e.level })),
    );
    toc.forEach((e, i) => expect(marks[i].page - front, e.title).toBe(numbers[e.id]));
  });

  it('leaves no page with only a note, a signature or a contact line on it', () => {
    // What must never stand alone: a table's 注/说明, a form's 填报人 line (besides the page number and mark).
    const stray = (l: string) => /^\s*(注[:：]|说明[:：]|填报人[:：])/.test(l) || /^\s*\d+\s*$/.test(l) || l.includes('审核未通过');
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((p, i) => {
      if (i === 0) return; // the cover
      const lines = p.split('\n').filter((l) => l.trim());
      expect(lines.filter((l) => !stray(l)).length, `第 ${i + 1} 页：${lines.join(' / ')}`).toBeGreaterThanOrEqual(3);
    });
  });

  it('prints each attachment’s 填报人 and 联系电话 as the seed does', () => {
    const text = pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(text.match(/填报人：殷初超 联系电话：6663501/g)?.length).toBe(2);
    expect(text.match(/填报人：周彤 联系电话：2297560/g)?.length).toBe(2);
  });

  it('holds every part of the seed’s outline, 十（四） and the 附件 report with its figures', () => {
    // Justified lines come out of pdftotext with spaces between characters: compare without white space.
    const text = pages.join('').replace(/\s+/g, '');
    const parts = [
      '第一部分概况', '一、本部门（单位）职责', '二、机构设置情况', '第二部分2022年部门决算表', '第三部分情况说明', '第四部分名词解释', '第五部分附件',
      // 九（二）4: 国内 (with 外事) and 国（境）外 receptions.
      '国内接待费0.00元，共接待0批次，0人次，其中外事接待费0.00元', '国（境）外接待费0.00元，共接待国（境）外0批次，0人次',
      // 十（四）: 整体支出, 部门评价, 一级项目, then (4) and (5).
      '整体支出绩效自评，涉及资金41,943,654.36元，其中一般公共预算支出23,066,415.36元、政府性基金预算支出18,877,239.00元',
      '组织对政府投资信息化项目专项资金等1个项目开展了部门评价，涉及资金18,877,239.00元',
      '一级项目绩效自评个数0个', '4.部门评价项目绩效评价结果', '《2022年度大数据局重点项目绩效评价报告》（详见附件）', '5.其他需要说明的事项',
      // 第五部分: the 重点财政支出项目绩效自评报告, parts 一–四 and its figures.
      '重点财政支出项目绩效自评报告', '二〇二三年九月', '阳财绩〔2023〕4号', '一、项目支出基本情况', '实际执行1887.7万元', '项目支出率为31.46%',
      '二、绩效自评结果及分析', '三、绩效自评发现的问题及整改措施', '四、绩效自评结果应用建议',
    ];
    for (const part of parts) expect(text, part).toContain(part);
  });
});
