// A built-in sample (Filing.sample) says 示例文件，不是正式决算 in every export: on every sheet of the
// workbook (a cell and the printed header/footer) and every page of the PDF, in the package's manifest and
// 审核报告; the workbook still imports as before and comes back marked. A real filing's exports carry no mark.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/host-api';
import type { Filing } from '../../src/shared/filing/types';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { buildFindingsWorkbook } from '../../src/node/export/findings-xlsx';
import { readWorkbookBytes } from '../../src/node/export/xlsx-read';
import { writePackage } from '../../src/node/export/package';
import type { PackageManifest } from '../../src/node/export/package';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH, openPdfRenderer } from '../../src/node/export/pdf-writer';
import { SAMPLE_MARK, exportMark } from '../../src/shared/io/sample-mark';
import { reviewReportHtml } from '../../src/shared/review/report';
import { checkDocument } from '../../src/shared/published/check-document';
import { docFromText } from '../../src/shared/published/doc-from-text';
import { evaluateAll } from '../../src/shared/rules/engine';
import { markedSample } from '../../src/shared/sample/samples';
import { sampleFiling } from '../../src/shared/sample/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { cleanSample } from './rules-fixtures';

const templateOf = (f: Filing) => getTemplate(f.template);

async function sheetTexts(buf: Buffer): Promise<Array<{ name: string; top: string; text: string; printed: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const parts: string[] = [];
    const top: string[] = [];
    ws.eachRow((row, r) => row.eachCell((c) => (r <= 2 ? top : parts).push(String(c.value ?? ''))));
    return { name: ws.name, top: top.join('|'), text: [...top, ...parts].join('|'), printed: `${ws.headerFooter?.oddHeader ?? ''}${ws.headerFooter?.oddFooter ?? ''}` };
  });
}

async function imported(buf: Buffer, name: string): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await readWorkbookBytes(buf, name);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** A sample without 强制 errors and with every 提示 explained: one a package can be made of. */
function packableSample(): Filing {
  const f = { ...cleanSample(), sample: 'shanxi-2022' };
  for (const w of evaluateAll(f, templateOf(f)).filter((x) => x.severity === 'warning')) f.explanations[w.key] = '按科目分别列支。';
  return f;
}

describe('the sample mark', () => {
  it('is the sample mark, then the draft mark, either or both, or none', () => {
    expect(exportMark({ sample: 'shanxi-2022' }, null)).toBe(SAMPLE_MARK);
    expect(exportMark({ sample: 'shanxi-2022' }, '审核未通过：强制 2 条')).toBe(`${SAMPLE_MARK}　审核未通过：强制 2 条`);
    expect(exportMark({}, '审核未通过：强制 2 条')).toBe('审核未通过：强制 2 条');
    expect(exportMark({}, null)).toBeNull();
  });

  it('a sample without 强制 errors: the sample mark alone, no draft mark', async () => {
    const clean = await sheetTexts(await buildWorkbook(packableSample(), getTemplate('shanxi-2022')));
    for (const s of clean) {
      expect(s.top, s.name).toContain(SAMPLE_MARK);
      expect(s.text, s.name).not.toContain('审核未通过');
    }
  });
});

describe.each([
  ['shanxi-2022', 18],
  ['shanghai-2024', 13],
])('a %s sample workbook', (id, sheetCount) => {
  let marked: Buffer;
  let plain: Buffer;
  beforeAll(async () => {
    const sample = markedSample(id);
    marked = await buildWorkbook(sample, templateOf(sample));
    const { sample: _, ...unmarked } = sample;
    plain = await buildWorkbook(unmarked, templateOf(sample));
  });

  it('says so in the first rows and the printed header and footer of every sheet', async () => {
    const sheets = await sheetTexts(marked);
    expect(sheets.length).toBe(sheetCount);
    for (const s of sheets) {
      expect(s.top, s.name).toContain(SAMPLE_MARK);
      expect(s.printed, s.name).toContain(SAMPLE_MARK);
    }
  });

  it('imports as the unmarked workbook does (same template, tables, sheets read), and comes back a sample', async () => {
    const a = await imported(marked, `${id}.xlsx`);
    const b = await imported(plain, `${id}.xlsx`);
    expect(a.filing.template).toBe(id);
    expect(a.filing.sample).toBe(id);
    expect(b.filing.sample).toBeUndefined();
    const { sample: _, ...rest } = a.filing;
    expect(rest).toEqual(b.filing);
    expect(a.report.sheets.map((s) => [s.sheet, s.status])).toEqual(b.report.sheets.map((s) => [s.sheet, s.status]));
    expect(a.report.sheets.every((s) => s.status === 'read')).toBe(true);
    expect(a.report.identity).toContain(`示例：工作簿标有“${SAMPLE_MARK}”，读入后仍标为示例`);
    expect(b.report.identity!.some((l) => l.includes('示例'))).toBe(false);
  });

  it('comes back a sample by its printed mark when the hidden 概况 key is lost (the sheet deleted)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(marked as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('概况')!.id);
    const r = await imported(Buffer.from(await wb.xlsx.writeBuffer()), `${id}.xlsx`);
    expect(r.filing.sample).toBe(id);
  });
});

describe('a real filing workbook', () => {
  it('carries no sample mark on any sheet, and imports unmarked', async () => {
    for (const f of [sampleFiling(), cleanSample(), putuoSample()]) {
      const buf = await buildWorkbook(f, templateOf(f));
      for (const s of await sheetTexts(buf)) {
        expect(s.text, s.name).not.toContain('示例');
        expect(s.printed, s.name).not.toContain('示例');
      }
      expect((await imported(buf, 'x.xlsx')).filing.sample).toBeUndefined();
    }
  });
});

describe('the 审核结果 workbook and the 审核报告 of a sample', () => {
  it('print the mark on every page of the sample, nothing on a real filing', async () => {
    for (const [f, marked] of [[markedSample(), true], [sampleFiling(), false]] as const) {
      for (const s of await sheetTexts(await buildFindingsWorkbook(f))) expect(s.printed.includes(SAMPLE_MARK), s.name).toBe(marked);
      expect(reviewReportHtml(f, evaluateAll(f, templateOf(f))).includes(SAMPLE_MARK)).toBe(marked);
    }
  });
});

const pdfReady = existsSync(CHROMIUM_PATH) && (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!pdfReady)('a sample PDF and package', () => {
  let renderer: PdfRenderer;
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-sample-mark-'));
  beforeAll(async () => {
    renderer = await openPdfRenderer();
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
  });

  const pages = (pdf: Buffer) => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f').filter((p) => p.trim());
  };

  it('a clean real filing prints neither mark on any page; the same filing as a sample prints the sample mark on every page and its cover', async () => {
    const real = cleanSample();
    const plain = pages((await renderer.render({ filing: real, template: templateOf(real) })).pdf);
    expect(plain.length).toBeGreaterThan(20);
    for (const p of plain) {
      expect(p).not.toContain('示例');
      expect(p).not.toContain('审核未通过');
    }
    const sample = { ...real, sample: 'shanxi-2022' };
    const marked = pages((await renderer.render({ filing: sample, template: templateOf(sample) })).pdf);
    expect(marked.length).toBe(plain.length);
    marked.forEach((p, i) => expect(p, `第 ${i + 1} 页`).toContain(SAMPLE_MARK));
    // The cover says it in its body too, not only in the margin: twice on page 1.
    expect(marked[0].split(SAMPLE_MARK).length - 1).toBe(2);
    expect(marked[0]).not.toContain('审核未通过');
    // Read back as a published disclosure: a 提示 says it is the sample, and the filing read is a sample again;
    // the real filing's PDF gives neither.
    const readBack = (p: string[]) => checkDocument(docFromText(p.join('\f')));
    const back = readBack(marked);
    expect(back.findings.filter((f) => f.rule === 'ST-sample')).toHaveLength(1);
    expect(back.read.filing.sample).toBe('shanxi-2022');
    expect(back.read.department).toBe('阳泉市大数据应用局');
    const realBack = readBack(plain);
    expect(realBack.findings.some((f) => f.rule === 'ST-sample')).toBe(false);
    expect(realBack.read.filing.sample).toBeUndefined();
  }, 120_000);

  it('a sample package says sample: true in its manifest and marks its files; a real filing package has no sample key', async () => {
    const at = () => new Date('2023-03-01T08:00:00Z');
    const sample = packableSample();
    const r = await writePackage({ filing: sample, path: null, outDir: join(dir, 'sample') }, renderer, undefined, at);
    if (!r.ok) throw new Error(r.message);
    const unpacked = join(dir, 'unpacked');
    execFileSync('unzip', ['-q', r.archive, '-d', unpacked]);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest.sample).toBe(true);
    const base = '阳泉市大数据应用局2022年度部门决算公开';
    expect(pages(readFileSync(join(unpacked, `${base}.pdf`))).every((p) => p.includes(SAMPLE_MARK))).toBe(true);
    expect(execFileSync('pdftotext', [join(unpacked, `${base}-审核报告.pdf`), '-'], { encoding: 'utf8' })).toContain(SAMPLE_MARK);
    const back = await imported(readFileSync(join(unpacked, `${base}.xlsx`)), `${base}.xlsx`);
    expect(back.filing.sample).toBe('shanxi-2022');

    const { sample: _, ...real } = sample;
    const p = await writePackage({ filing: real, path: null, outDir: join(dir, 'real') }, renderer, undefined, at);
    if (!p.ok) throw new Error(p.message);
    expect('sample' in (p.manifest as PackageManifest)).toBe(false);
  }, 300_000);
});
