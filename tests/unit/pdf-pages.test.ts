// Every page of both samples' PDFs, as the app exports them (marked as samples), read back with pdftotext:
// the unit and year and the sample mark on top of every page, 第 N 页 共 M 页 at the bottom of every page
// from 第一部分 on (none on the cover and 目录), and a table that runs over pages repeats its header rows
// on each (Shanghai: a 表三 of 120 rows). Page images go to tests/artifacts/pdf/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH, openPdfRenderer } from '../../src/node/export/pdf-writer';
import type { Filing } from '../../src/shared/filing/types';
import { getCatalog } from '../../src/shared/catalog/index';
import { SAMPLE_MARK } from '../../src/shared/io/sample-mark';
import { markedSample } from '../../src/shared/sample/samples';
import { getTemplate } from '../../src/shared/templates/registry';

const ART = join(process.cwd(), 'tests', 'artifacts', 'pdf');
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ready = existsSync(CHROMIUM_PATH) && hasPoppler;

function pagesOf(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f').filter((p) => p.trim());
}

const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);

/** The 普陀 sample with 表三 holding 120 功能分类 项, the filing's own codes under the catalogue's 款 (figures not meaningful). */
function longShanghai(): Filing {
  const f = markedSample('shanghai-2024');
  const groups = getCatalog('function', 2024).entries.filter((e) => e.code.length === 5);
  const codes = Array.from({ length: 120 }, (_, k) => {
    const g = groups[k % groups.length];
    const suffix = 60 + Math.floor(k / groups.length);
    return { catalog: 'function' as const, code: `${g.code}${suffix}`, name: `${g.name}自定义项${suffix}` };
  });
  f.customCodes = [...f.customCodes, ...codes];
  f.tables.SH03 = Object.fromEntries(codes.map((c, i) => [c.code, { 2: `${(i + 1) * 10000}.00`, 3: '0.00' }]));
  delete f.stated.SH03;
  return f;
}

describe.skipIf(!ready)('the pages of both samples’ PDFs', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    renderer = await openPdfRenderer();
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
  });

  async function render(name: string, filing: Filing): Promise<{ file: string; pages: string[]; numbers: Record<string, number>; count: number }> {
    const out = await renderer.render({ filing, template: getTemplate(filing.template) });
    const file = join(ART, `${name}.pdf`);
    writeFileSync(file, out.pdf);
    return { file, pages: pagesOf(file), numbers: out.pageNumbers, count: out.pages };
  }

  it.each([
    ['shanxi-2022', '阳泉市大数据应用局', '2022年度部门决算公开'],
    ['shanghai-2024', '上海市普陀区规划和自然资源局', '2024年度部门决算'],
  ])('%s: unit, year and sample mark on top of every page; 第 N 页 共 M 页 below every numbered page', async (id, unit, what) => {
    const { file, pages, count } = await render(`pages-${id}`, markedSample(id));
    expect(pages.length).toBe(count);
    const front = 2; // the cover and the 目录
    const numbered = count - front;
    pages.forEach((p, i) => {
      const [top] = lines(p);
      expect(top, `第 ${i + 1} 页`).toContain(unit);
      expect(top, `第 ${i + 1} 页`).toContain(what);
      expect(top, `第 ${i + 1} 页`).toContain(SAMPLE_MARK);
      const last = lines(p).pop()!;
      if (i < front) expect(p, `第 ${i + 1} 页`).not.toMatch(/第 \d+ 页 共/);
      else expect(last, `第 ${i + 1} 页`).toBe(`第 ${i - front + 1} 页 共 ${numbered} 页`);
    });
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '6', file, join(ART, `pages-${id}`)]);
  }, 120_000);

  it('a Shanghai table over several pages repeats its header rows on each (表三 of 120 rows)', async () => {
    const { file, pages, numbers } = await render('pages-shanghai-long', longShanghai());
    const first = 2 + numbers['t-SH03'] - 1;
    const last = 2 + numbers['t-SH04'] - 2;
    expect(last).toBeGreaterThan(first + 1);
    for (let p = first; p <= last; p++) {
      for (const label of ['本年支出合计', '基本支出', '对附属单位补助支出', '科目名称']) expect(pages[p], `第 ${p + 1} 页 ${label}`).toContain(label);
    }
    // The continued pages hold body rows under the repeated header, not the header alone.
    expect(pages[first + 1]).toMatch(/\d{7}/);
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', String(first + 2), '-l', String(first + 2), file, join(ART, 'pages-shanghai-long-cont')]);
  }, 120_000);
});
