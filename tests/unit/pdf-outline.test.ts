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
});
