// The submission package: refused while a 强制 error stands or a 提示 has no 出错说明 (listing them, and
// writing nothing); otherwise the workbook, the PDF, the .jsgk file and the findings report in one folder.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageSubmission } from '../../src/node/export/index';
import { writePackage } from '../../src/node/export/package';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH, openPdfRenderer } from '../../src/node/export/pdf-writer';
import { parseFiling } from '../../src/shared/filing/schema';
import type { Filing } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-package-'));

/** The sample with the seed's 公开02表 error corrected (政府性基金 under 财政拨款收入). */
function correctedSample(): Filing {
  const f = sampleFiling();
  f.tables.T02['2120899'] = { 2: '18877239.00' };
  // An edit drops the printed totals it feeds, as the editor does.
  delete f.stated.T02;
  return f;
}

function explainAll(f: Filing): Filing {
  for (const w of evaluateAll(f, getTemplate(f.template)).filter((x) => x.severity === 'warning')) {
    f.explanations[w.key] = '职工基本医疗保险缴费中含公务员医疗补助 1,376.00 元，按科目分别列支。';
  }
  return f;
}

describe('packageSubmission refuses', () => {
  it('while a table is absent (its rules 未核对), naming it and writing nothing', async () => {
    const out = join(dir, 'absent');
    const f = explainAll(correctedSample());
    const r = await packageSubmission({ filing: { ...f, absent: ['T09'] }, path: null, outDir: out });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('文件缺少 公开09表');
    expect(existsSync(out)).toBe(false);
  });

  it('while 强制 errors stand, listing them and writing nothing', async () => {
    const out = join(dir, 'refused');
    const r = await packageSubmission({ filing: sampleFiling(), path: null, outDir: out });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errors = r.blocking.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(2);
    expect(r.message).toContain('2 个强制错误');
    expect(r.message).toContain('公开02表');
    expect(existsSync(out)).toBe(false);
  });

  it('while a 提示 has no 出错说明', async () => {
    const r = await packageSubmission({ filing: correctedSample(), path: null, outDir: join(dir, 'unexplained') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.blocking.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.blocking.length).toBeGreaterThan(0);
    expect(r.message).toContain('没有填写出错说明');
  });
});

describe.skipIf(!existsSync(CHROMIUM_PATH))('packageSubmission writes', () => {
  let renderer: PdfRenderer | undefined;
  afterAll(async () => {
    await renderer?.close();
  });

  it('the xlsx, the pdf, the .jsgk and the findings report once every 提示 is explained', async () => {
    renderer = await openPdfRenderer();
    const filing = explainAll(correctedSample());
    const out = join(dir, 'ok');
    const r = await writePackage({ filing, path: null, outDir: out }, renderer);
    if (!r.ok) throw new Error(r.message);
    const names = r.files.map((f) => f.slice(out.length + 1)).sort();
    expect(names).toEqual([
      '阳泉市大数据应用局2022年度部门决算公开-审核报告.html',
      '阳泉市大数据应用局2022年度部门决算公开.jsgk',
      '阳泉市大数据应用局2022年度部门决算公开.pdf',
      '阳泉市大数据应用局2022年度部门决算公开.xlsx',
    ]);
    const saved = parseFiling(readFileSync(join(out, '阳泉市大数据应用局2022年度部门决算公开.jsgk'), 'utf8'));
    expect(saved.ok && saved.filing.tables).toEqual(filing.tables);
    const report = readFileSync(join(out, '阳泉市大数据应用局2022年度部门决算公开-审核报告.html'), 'utf8');
    expect(report).toContain('按科目分别列支');
    expect(readFileSync(join(out, '阳泉市大数据应用局2022年度部门决算公开.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out, '阳泉市大数据应用局2022年度部门决算公开.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 300_000);
});
