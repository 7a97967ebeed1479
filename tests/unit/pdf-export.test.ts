// The PDF of the whole disclosure, checked as a reader would: the text is there (pdftotext), the fonts
// are embedded TrueType and never Type 3 (pdffonts), the 目录 numbers point at the right pages, wide
// tables are on landscape pages, long tables repeat their header. Page images go to
// tests/artifacts/pdf/ for a person to look at. One Chromium for the whole file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH, launchBrowser, openPdfRenderer, renderWithPrinter } from '../../src/node/export/pdf-writer';
import { namedDestinationPages } from '../../src/node/export/pdf-dests';
import { sampleFiling } from '../../src/shared/sample/index';
import { scaledFiling } from '../../src/shared/io/scaled-filing';
import { getTemplate } from '../../src/shared/templates/registry';

const ART = join(process.cwd(), 'tests', 'artifacts', 'pdf');
const hasTool = (t: string) => {
  try {
    execFileSync(t, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ready = existsSync(CHROMIUM_PATH) && hasTool('pdftotext') && hasTool('pdffonts');
if (!ready) console.log(`跳过 PDF 测试：需要 ${CHROMIUM_PATH} 和 poppler-utils（pdftotext、pdffonts）`);

function pagesText(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
}

function pageSizes(file: string, pages: number): Array<{ w: number; h: number }> {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
}

describe.skipIf(!ready)('PDF of the sample disclosure', () => {
  let browser: Browser;
  let renderer: PdfRenderer;
  let file: string;
  let text: string[];
  let numbers: Record<string, number>;
  let pages: number;
  const template = getTemplate('shanxi-2022');

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    browser = await launchBrowser();
    renderer = await openPdfRenderer(browser);
    const out = await renderer.render({ filing: sampleFiling(), template });
    file = join(ART, 'sample.pdf');
    writeFileSync(file, out.pdf);
    numbers = out.pageNumbers;
    pages = out.pages;
    text = pagesText(file);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '30', file, join(ART, 'sample')]);
  }, 180_000);

  afterAll(async () => {
    await renderer?.close();
    await browser?.close();
  });

  it('holds every table title, the department and the seed total', () => {
    const all = text.join('\n');
    for (const t of template.tables) {
      expect(all).toContain(t.title);
      expect(all).toContain(t.number);
    }
    expect(all).toContain('阳泉市大数据应用局');
    expect(all).toContain('41,943,654.36');
    expect(all).toContain('第三部分 情况说明');
    expect(all).toContain('第四部分 名词解释');
    expect(all).toContain('项目支出绩效自评表');
    // A real filing (not a built-in sample) carries no sample mark.
    expect(all).not.toContain('示例');
  });

  it('embeds the bundled TrueType font and no Type 3 font', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Type 3/);
    expect(fonts).toMatch(/CID TrueType/);
    // Only the bundled font, so the file looks the same on every machine (charts included).
    const names = fonts.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.split(/\s+/)[0]);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+NotoSansSC/);
  });

  it('prints the cover and the 目录 first, unnumbered, and the 目录 page numbers lead to the right pages', () => {
    expect(text[0]).toContain('2022年度部门决算公开');
    expect(text[1]).toMatch(/目\s*录/);
    const front = 2;
    for (const t of template.tables) {
      const n = numbers[`t-${t.id}`];
      expect(n, t.id).toBeGreaterThan(0);
      const page = text[front + n - 1];
      expect(page, `${t.number} on page ${n}`).toContain(t.title);
      // The page number is printed at the bottom of that page, with the count of numbered pages.
      expect(page.trim().split('\n').pop()!.trim(), t.id).toBe(`第 ${n} 页 共 ${pages - front} 页`);
    }
    expect(text[front + numbers.p3 - 1]).toContain('第三部分 情况说明');
    expect(text[front + numbers.p5 - 1]).toContain('第五部分 附件');
    // The 目录 shows the same numbers.
    expect(text[1]).toMatch(new RegExp(`六、一般公共预算财政拨款支出决算明细表[ .·-]*${numbers['t-T06']}`));
  });

  it('puts wide tables on landscape pages and text on portrait pages', () => {
    const sizes = pageSizes(file, pages);
    const at = (id: string) => sizes[2 + numbers[id] - 1];
    expect(at('t-T02').w).toBeGreaterThan(at('t-T02').h);
    expect(at('t-T06').w).toBeGreaterThan(at('t-T06').h);
    expect(at('t-T10').w).toBeLessThan(at('t-T10').h);
    expect(at('p3').w).toBeLessThan(at('p3').h);
  });

  it('says 本表无数据 under 公开07表 and 公开09表 only', () => {
    const page = (id: string) => text[2 + numbers[`t-${id}`] - 1];
    expect(page('T07')).toContain('本表无数据');
    expect(page('T09')).toContain('本表无数据');
    expect(page('T08')).not.toContain('本表无数据');
  });

  it('has a link target for every 目录 entry', async () => {
    const { readFileSync } = await import('node:fs');
    const dests = namedDestinationPages(readFileSync(file));
    expect(Object.keys(dests)).toEqual(expect.arrayContaining(['p1', 'p2', 'p3', 'p4', 'p5', 't-T01', 't-T10', 'n-1']));
  });

  it('numbers the 目录 the same way through a host\'s own printer (as Electron\'s printToPDF)', async () => {
    const page = await browser.newPage();
    try {
      const pdf = await renderWithPrinter({ filing: sampleFiling(), template }, async (html) => {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        return page.pdf({ preferCSSPageSize: true });
      });
      const f = join(ART, 'sample-host-printer.pdf');
      writeFileSync(f, pdf);
      const pagesOf = pagesText(f);
      expect(pagesOf[1]).toMatch(new RegExp(`六、一般公共预算财政拨款支出决算明细表[ .·-]*${numbers['t-T06']}`));
      expect(pagesOf[2 + numbers['t-T06'] - 1]).toContain('一般公共预算财政拨款支出决算明细表');
      // The footers carry the count too (the second pass knows it).
      expect(pagesOf[2].trim().split('\n').pop()!.trim()).toBe(`第 1 页 共 ${pages - 2} 页`);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('repeats a long table header on every page it runs over (6× filing)', async () => {
    const big = scaledFiling(sampleFiling(), 6);
    const out = await renderer.render({ filing: big, template });
    const bigFile = join(ART, 'scaled-6.pdf');
    writeFileSync(bigFile, out.pdf);
    const pagesOfBig = pagesText(bigFile);
    const first = 2 + out.pageNumbers['t-T02'] - 1;
    const last = 2 + out.pageNumbers['t-T03'] - 2;
    expect(last).toBeGreaterThan(first);
    for (let p = first; p <= last; p++) {
      expect(pagesOfBig[p], `page ${p + 1}`).toContain('科目名称');
      expect(pagesOfBig[p]).toContain('本年收入合计');
      expect(pagesOfBig[p]).toContain('栏次');
    }
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', String(first + 2), '-l', String(first + 2), bigFile, join(ART, 'scaled-6-t02-cont')]);
  }, 400_000);
});
