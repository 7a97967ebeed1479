// The Shanghai 2024 layout read from published PDFs: the real 普陀区规划和自然资源局 2024 filing (its PDF
// and its `pdftotext -layout` text) read cell by cell into the same figures as the built-in sample, with
// its real slips found and nothing that holds flagged; and the app's own PDF export of that sample, clean
// apart from the tables' known errors, with narrative errors planted in it each caught with page and sentence.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../src/node/export/pdf-writer';
import { checkedFile, renderPlanted } from './published-render';
import type { DocumentCheck } from '../../src/shared/published/check-document';
import { putuoPrinted, putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { docFromText } from '../../src/shared/published/doc-from-text';
import { readPublishedTable } from '../../src/shared/published/read-table';
import { getTemplate } from '../../src/shared/templates/registry';
import { evaluateAll } from '../../src/shared/rules/engine';

const SEEDS = join(process.cwd(), '..', 'shared', 'seeds', 'shanghai-2024');
const PDF = join(SEEDS, 'putuo-ghzy-2024.pdf');
const TXT = join(SEEDS, 'putuo-ghzy-2024.txt');

const checked = checkedFile;

const rulesOf = (c: DocumentCheck) => c.findings.map((f) => `${f.severity} ${f.rule}`).sort();

/** What the real filing gets: its table slips (as the sample's own check gives them) and its text slips. */
const REAL = [
  // Tables (docs/templates/shanghai-2024.md A1–A8): printed figures of one quantity that differ …
  'error X.SH03-SH01', // 表三 210 236.64 ≠ 表一 236.63
  'error X.SH03-SH01', // 表三 212 3845.24 ≠ 表一 3845.25
  'error X.SH04-SH05', // 表四 210 236.63 ≠ 表五 236.64
  // … and printed totals 0.01–0.02 off the sum of their printed parts (尾差), each where the printed parts
  // do not add up (表四 本年支出合计 ×2, 表五 2120101, 表六 302 and 人员经费合计), not again above it.
  ...Array(5).fill('warning STATED'),
  'warning P.SH06-SH05.30110+30111',
  // Text: figures that are not the tables' (六 uses 表三's all-funds 基本支出), a template alternative
  // left in, the unit's name written wrong, a missing %, rates cut instead of rounded, 0.00% of a zero budget.
  'error NR-table-figure',
  'error NR-table-figure',
  'error NR-placeholder',
  'error NR-unit-name',
  'error NR-unit-name',
  'warning NR-table-figure',
  'warning NR-share',
  'warning NR-completion',
  'warning NR-parts-sum',
  'warning NR-percent-sign',
  'warning NR-zero-budget',
  'warning NR-zero-budget',
  // Structure: the 目录's 第二部分 has no heading in the body; 十一 is worded otherwise in the body.
  'warning ST-toc',
  'warning ST-toc',
].sort();

describe.skipIf(!existsSync(PDF))('the real 普陀 2024 filing, read from its PDF and from its text', () => {
  const files: Array<[string, string]> = [['PDF', PDF], ['text', TXT]];
  const got = new Map<string, DocumentCheck>();
  beforeAll(async () => {
    for (const [k, f] of files) got.set(k, await checked(f));
  }, 60_000);

  for (const [kind] of files) {
    it(`${kind}: every printed figure of the nine tables is read into the sample's cell`, () => {
      const c = got.get(kind)!;
      expect(c.fits).toBe(true);
      expect(c.read.report.notRead).toEqual([]);
      expect([c.read.department, c.read.year, c.read.unit]).toEqual(['上海市普陀区规划和自然资源局', 2024, '万元']);
      const f = c.read.filing;
      const readOf = (t: string, row: string, col: string) => f.stated[t]?.[row]?.[col] ?? f.tables[t]?.[row]?.[col];
      let cells = 0;
      for (const [t, rows] of Object.entries(putuoPrinted())) {
        if (t === 'SHN') continue;
        for (const [row, cols] of Object.entries(rows)) {
          for (const [col, printed] of Object.entries(cols)) {
            cells++;
            // A printed 0.00 is read as a stated 0.00, not left blank.
            const read = readOf(t, row, col);
            expect({ cell: `${t} ${row} ${col}`, value: read === undefined ? '（空）' : new Decimal(read).toFixed(2) }).toEqual({ cell: `${t} ${row} ${col}`, value: new Decimal(printed).toFixed(2) });
          }
        }
      }
      expect(cells).toBeGreaterThan(300);
      // Nothing read that the filing does not print.
      const printed = putuoPrinted();
      for (const part of [f.tables, f.stated]) {
        for (const [t, rows] of Object.entries(part)) for (const [row, cols] of Object.entries(rows)) for (const col of Object.keys(cols)) expect(`${t} ${row} ${col} ${printed[t]?.[row]?.[col] !== undefined}`).toBe(`${t} ${row} ${col} true`);
      }
    });

    it(`${kind}: its real slips are found, nothing that holds is flagged`, () => {
      const c = got.get(kind)!;
      expect(rulesOf(c)).toEqual(REAL);
      expect(c.draft).toBeNull();
      const msg = (rule: string) => c.findings.filter((f) => f.rule === rule).map((f) => `${f.message} | ${f.quotes[0]?.text ?? ''}`);
      expect(msg('NR-placeholder')[0]).toContain('下降（增长）27.78%');
      expect(msg('NR-unit-name').every((m) => m.includes('上海市普陀区规划与自然资源局'))).toBe(true);
      expect(msg('NR-table-figure').join('\n')).toMatch(/基本支出”5377\.64万元，表五 合计 基本支出 为 5,364\.75万元/);
      expect(msg('NR-table-figure').join('\n')).toMatch(/人员经费”4896\.98万元，表六 人员经费合计 为 4,884\.09万元/);
      expect(msg('NR-parts-sum')[0]).toMatch(/合计 2,319\.22万元，超过总额 2,319\.21万元/);
      expect(msg('NR-percent-sign')[0]).toContain('增长13.95。');
      expect(msg('NR-zero-budget').join('\n')).toMatch(/因公出国（境）费[\s\S]*公务用车购置及运行维护费/);
      // Each text finding quotes its page (the PDF's printed page numbers are absent: its physical page).
      for (const f of c.findings.filter((x) => x.rule.startsWith('NR-'))) expect(f.quotes[0].page).toMatch(/^(PDF)?第\d+页$/);
    });

    it(`${kind}: shares of an unstated whole and changes without a rate are 未核对, never guessed`, () => {
      const c = got.get(kind)!;
      const shares = c.unchecked.filter((u) => u.what.startsWith('占比'));
      expect(shares.map((u) => u.quotes?.[0].text)).toContain('公务接待费支出决算0.39万元，占100.00%。');
      expect(c.unchecked.some((u) => u.what.includes('增加1133.95万元') && u.why.includes('没有上年数'))).toBe(true);
    });
  }
});

describe('a Shanghai table whose 功能分类 code is printed 类 | 款 | 项', () => {
  const sh05 = getTemplate('shanghai-2024').tables.find((t) => t.id === 'SH05')!;
  const read = (codes: string[]) => {
    const text = [
      '               一般公共预算财政拨款支出决算表',
      '                                                   单位：万元',
      '        项目',
      '                                    合计        基本支出      项目支出',
      ' 功能分类科目编码     科目名称',
      '                    合计            30.00        20.00        10.00',
      ...codes.map((c, k) => `${c.padEnd(16)}${['社会保障和就业支出', '行政事业单位养老支出', '行政单位离退休'][k].padEnd(14, '　')}30.00        20.00        10.00`),
    ].join('\n');
    return readPublishedTable(docFromText(text).lines, sh05, '万元');
  };
  it('reads the same cells as with the code in one column', () => {
    const split = read(['208', '208  05', '208  05  01']);
    const joined = read(['208', '20805', '2080501']);
    expect(split.unread).toEqual([]);
    expect(split.entered).toEqual(joined.entered);
    expect(split.stated).toEqual(joined.stated);
    expect(split.entered['2080501']).toEqual({ 2: '200000.00', 3: '100000.00' });
    expect(split.stated['208']).toEqual({ 1: '300000.00', 2: '200000.00', 3: '100000.00' });
  });
});

const ready = existsSync(CHROMIUM_PATH);
if (!ready) console.log(`跳过上海示例 PDF 的测试：需要 ${CHROMIUM_PATH}`);

const PLANTS: Array<[string, string]> = [
  ['项目支出4381.74万元，占44.90%', '项目支出4381.74万元，占45.90%'],
  ['收入支出总计增加1062.85万元，增长12.08%', '收入支出总计增加1062.85万元，下降12.08%'],
  // Both words turned: they agree with each other, but the rate then does not recompute.
  ['财政拨款收入支出总计增加1193.20万元，增长13.95%', '财政拨款收入支出总计减少1193.20万元，下降13.95%'],
  ['主要原因：项目支出增加', '主要原因：XX项目支出增加'],
];

async function render(page: Page, file: string, plant: boolean): Promise<void> {
  await renderPlanted(page, file, putuoSample(), plant ? PLANTS : []);
}

/**
 * The export prints each table as the filing holds it: a total the source printed (a stated figure) prints
 * as stated, slip included, and the narrative quotes the printed figure. So the PDF read back gives exactly
 * the app's own findings on the sample (its slips A1–A8 in docs/templates/shanghai-2024.md), no more. The
 * 政府采购 figures are 情况说明 inputs (SHN), printed in the text only: the reader finds that slip as the
 * narrative's parts against their whole.
 */
const EXPORT_TABLES = evaluateAll(putuoSample(), getTemplate('shanghai-2024')).map((f) =>
  f.cells?.[0]?.table === 'SHN' && f.rule === 'STATED' ? `${f.severity} NR-parts-sum` : `${f.severity} ${f.rule}`,
);

describe.skipIf(!ready)('PDFs of the 普陀 sample made by the app', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-published-sh-'));
  let a: DocumentCheck;
  let b: DocumentCheck;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await render(page, join(dir, 'sample.pdf'), false);
    await render(page, join(dir, 'planted.pdf'), true);
    a = await checked(join(dir, 'sample.pdf'));
    b = await checked(join(dir, 'planted.pdf'));
  }, 240_000);
  afterAll(async () => browser?.close());

  it('reads the nine tables and is clean apart from the tables’ known errors; the draft mark is a 提示', () => {
    expect(a.read.blocks.map((x) => x.block.table.id)).toEqual(['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SH08', 'SH09']);
    expect(a.read.report.notRead).toEqual([]);

    expect(rulesOf(a)).toEqual([...EXPORT_TABLES, 'warning ST-draft'].sort());
    expect(a.draft).toMatch(/^审核未通过：强制\s*3\s*条$/);
    expect(a.findings.find((f) => f.rule === 'ST-draft')?.message).toContain('不能作为正式公开文件');
  });

  it('finds each planted narrative error, with page and sentence', () => {
    const nr = b.findings.filter((f) => f.rule.startsWith('NR-'));
    expect(nr.map((f) => f.rule).sort()).toEqual(['NR-change-rate', 'NR-direction', 'NR-parts-sum', 'NR-placeholder', 'NR-share']);
    const q = (rule: string) => nr.find((f) => f.rule === rule)!.quotes[0];
    expect(q('NR-share').text).toBe('项目支出4381.74万元，占45.90%。');
    expect(q('NR-direction').text).toContain('增加1062.85万元，下降12.08%');
    expect(q('NR-change-rate').text).toContain('减少1193.20万元，下降13.95%');
    expect(nr.find((f) => f.rule === 'NR-change-rate')!.message).toContain('应为 10.91%');
    expect(q('NR-placeholder').text).toContain('XX项目支出增加');
    for (const f of nr) expect(f.quotes[0].page).toMatch(/^第\d+页$/);
    expect(rulesOf(b).filter((r) => !r.includes(' NR-'))).toEqual(rulesOf(a).filter((r) => !r.includes(' NR-')));
  });
});
