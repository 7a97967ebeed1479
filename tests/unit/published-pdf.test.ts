// Published PDFs made by the app's own export (Chromium), read back through their text layer (pdfjs in
// a worker): clean apart from the sample's known table errors; the same PDF with errors planted in its
// narrative has each one found, quoting page and sentence; unreadable input is refused in one line.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../src/node/export/pdf-writer';
import { checkedFile, renderPlanted } from './published-render';
import { PUBLISHED_LIMITS, readPublished } from '../../src/node/published/read-published';
import type { DocumentCheck } from '../../src/shared/published/check-document';
import { sampleFiling } from '../../src/shared/sample/index';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-published-'));
const ready = existsSync(CHROMIUM_PATH);
if (!ready) console.log(`跳过已公开 PDF 的测试：需要 ${CHROMIUM_PATH}`);

const PLANTS: Array<[string, string]> = [
  ['占比13.33%', '占比15.33%'],
  ['增加924,437.60元，增长4.18%', '增加924,437.60元，下降4.18%'],
  ['我部门严格落实财政政策', 'XX局严格落实财政政策'],
];

async function render(page: Page, file: string, plant: boolean, unit: '元' | '万元' = '元'): Promise<void> {
  const filing = sampleFiling();
  filing.meta.unit = unit;
  await renderPlanted(page, file, filing, plant ? PLANTS : []);
}

const checked = checkedFile;

describe.skipIf(!ready)('PDFs of the sample made by the app', () => {
  let browser: Browser;
  const clean = join(dir, 'sample.pdf');
  const planted = join(dir, 'planted.pdf');
  let a: DocumentCheck;
  let b: DocumentCheck;
  let w: DocumentCheck;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await render(page, clean, false);
    await render(page, planted, true);
    await render(page, join(dir, 'wan.pdf'), false, '万元');
    a = await checked(clean);
    b = await checked(planted);
    w = await checked(join(dir, 'wan.pdf'));
  }, 240_000);
  afterAll(async () => browser?.close());

  it('reads every table and the narrative with page numbers', () => {
    expect(a.read.blocks.map((x) => x.block.table.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
    expect(a.read.report.notRead).toEqual([]);
    expect(a.read.department).toBe('阳泉市大数据应用局');
    expect(a.read.doc.printedPage.filter((p) => p !== null).length).toBeGreaterThan(20);
  });

  it('is clean apart from the tables’ known errors', () => {
    // The export marks every page of a filing with 强制 errors as a draft: that mark is found too.
    // The same findings as the app's own check of the filing (2 强制, the 30110 mirror, PE-1 of form 4),
    // and the export's draft mark as a 提示.
    expect(a.findings.map((f) => `${f.severity} ${f.rule}`).sort()).toEqual(['error X.T02-T01.2', 'error X.T02-T01.3', 'warning P.T06-T05.30110+30111', 'warning PE-1', 'warning ST-draft']);
    expect(a.draft).toMatch(/^审核未通过：强制\s*2\s*条$/);
  });

  it('reads the four 绩效自评表 from the PDF’s ruled cells, field by field as the sample holds them', () => {
    const strip = (e: unknown) => JSON.parse(JSON.stringify(e, (k, v: unknown) => (k === 'id' ? undefined : typeof v === 'string' ? v.replace(/\s+/g, '') : v))) as unknown;
    expect(a.read.doubtfulForms).toEqual([]);
    expect(a.read.filing.evaluations.map(strip)).toEqual(sampleFiling().evaluations.map(strip));
    // Their checks run (not 未核对): the execution score of form 4 is the sample's known slip.
    expect(a.findings.find((f) => f.rule === 'PE-1')?.message).toContain('政府投资信息化项目管理费');
    expect(a.unchecked.some((u) => /自评/.test(u.what + u.why))).toBe(false);
  });

  it('in 万元, what the rounding explains is 尾差 提示, never an error', () => {
    expect(w.read.unit).toBe('万元');
    expect(w.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['X.T02-T01.2', 'X.T02-T01.3']);
    const nr = w.findings.filter((f) => f.rule.startsWith('NR-'));
    expect(nr.length).toBeGreaterThan(0);
    expect(nr.every((f) => f.rounding === true && f.severity === 'warning')).toBe(true);
  });

  it('finds each planted narrative error, with page and sentence', () => {
    const nr = b.findings.filter((f) => f.rule.startsWith('NR-'));
    const share = nr.find((f) => f.rule === 'NR-share');
    expect(share?.quotes[0].text).toBe('基本支出5,591,809.19元，占比15.33%；');
    expect(share?.quotes[0].page).toMatch(/^第1[6-8]页$/);
    const dir = nr.find((f) => f.rule === 'NR-direction');
    expect(dir?.quotes[0].text).toContain('增加924,437.60元，下降4.18%');
    expect(dir?.quotes[0].page).toMatch(/^第1[6-8]页$/);
    const ph = nr.find((f) => f.rule === 'NR-placeholder');
    expect(ph?.quotes[0].text).toContain('XX局严格落实财政政策');
    expect(nr.map((f) => f.rule).sort()).toEqual(['NR-direction', 'NR-placeholder', 'NR-share']);
  });

  it('the same findings from its `pdftotext -layout` text (page marks kept)', async () => {
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', planted, '-'], { encoding: 'utf8' });
    } catch {
      console.log('跳过：没有 pdftotext（poppler-utils）');
      return;
    }
    const txt = join(dir, 'planted.txt');
    writeFileSync(txt, text);
    const c = await checked(txt);
    expect(c.read.doc.exactPages).toBe(true);
    // The forms' cells cannot be told apart in -layout text (no rules, no column grid): their checks are
    // 未核对 there, and said to be.
    expect(c.findings.map((f) => `${f.rule} ${f.quotes[0]?.page ?? ''}`).sort()).toEqual(b.findings.filter((f) => !f.rule.startsWith('PE-')).map((f) => `${f.rule} ${f.quotes[0]?.page ?? ''}`).sort());
    expect(c.read.report.notRead).toContain('附件中有 4 张项目支出绩效自评表：文本没有保留表格的栏，表单未读入，其审核未核对');
  });

  it('`check a.pdf b.pdf --json` gives one object per file', async () => {
    let out = '';
    const code = await runCli(['check', clean, planted, '--json'], COMMANDS, { stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: Array<{ file: string; errors: number }> };
    expect(json.files.map((f) => [f.file, f.errors])).toEqual([[clean, 2], [planted, 5]]);
    expect(json.files.every((f) => /审核未通过/.test((f as { draft?: string }).draft ?? ''))).toBe(true);
  });

  it('`import a.pdf --out F.jsgk` makes a filing with a read report', async () => {
    let out = '';
    const jsgk = join(dir, 'from-pdf.jsgk');
    const code = await runCli(['import', clean, '--out', jsgk], COMMANDS, { stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain('已读入 10 张表');
    expect(existsSync(jsgk)).toBe(true);
  });
});

describe('unreadable input', () => {
  const write = (name: string, body: string | Buffer) => {
    const f = join(dir, name);
    writeFileSync(f, body);
    return f;
  };
  const minimal = (extraTrailer = '', content = '') => {
    const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', `<< /Length ${content.length} >>\nstream\n${content}\nendstream`];
    let pdf = '%PDF-1.4\n';
    const offs: number[] = [];
    objs.forEach((o, i) => {
      offs.push(pdf.length);
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = pdf.length;
    pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    pdf += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R ${extraTrailer} >>\nstartxref\n${xref}\n%%EOF\n`;
    return pdf;
  };
  const cases: Array<[string, () => string, RegExp]> = [
    ['no text layer', () => write('scan.pdf', minimal('', '0 0 m 100 100 l S')), /没有文字层/],
    ['encrypted', () => write('locked.pdf', minimal(`/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`)), /加密/],
    ['not a PDF', () => write('fake.pdf', 'PK\u0003\u0004 this is a zip, not a pdf'), /不是 PDF/],
    ['a 100 MB PDF', () => {
      const f = join(dir, 'huge.pdf');
      writeFileSync(f, '%PDF-1.4\n');
      const fd = openSync(f, 'r+');
      ftruncateSync(fd, 100 * 1024 * 1024);
      closeSync(fd);
      return f;
    }, /100 MB.*上限/],
    ['a broken PDF', () => write('broken.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF'), /不是有效的 PDF|没有文字层/],
    ['binary text', () => write('junk.txt', Buffer.from([0, 1, 2, 3, 255, 254])), /不是文本/],
  ];
  it('a PDF whose parse runs past the time limit is stopped', async () => {
    const file = write('slow.pdf', minimal('', '0 0 m 100 100 l S'));
    const saved = PUBLISHED_LIMITS.timeMs;
    PUBLISHED_LIMITS.timeMs = 1;
    try {
      const r = await readPublished(file);
      expect(r).toMatchObject({ ok: false });
      expect(!r.ok && r.message).toMatch(/超过 0\.001 秒仍未读完，已停止/);
    } finally {
      PUBLISHED_LIMITS.timeMs = saved;
    }
  });

  it('a PDF whose parse needs more memory than the worker may use is stopped', async () => {
    const file = write('big.pdf', minimal('', '0 0 m 100 100 l S'));
    const saved = PUBLISHED_LIMITS.workerHeapMb;
    PUBLISHED_LIMITS.workerHeapMb = 2;
    try {
      const r = await readPublished(file);
      expect(!r.ok && r.message).toMatch(/内存超过 2 MB 的上限/);
    } finally {
      PUBLISHED_LIMITS.workerHeapMb = saved;
    }
  });

  for (const [name, make, reason] of cases) {
    it(`${name}: one line, exit 2, in bounded time`, async () => {
      const file = make();
      let err = '';
      const t0 = Date.now();
      const code = await runCli(['check', file], COMMANDS, { stdout: () => undefined, stderr: (t) => (err += t) });
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(reason);
      expect(Date.now() - t0).toBeLessThan(20_000);
    });
  }
});
