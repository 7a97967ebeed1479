// The submission package: refused while a 强制 error stands or a 提示 has no 出错说明 (listing them, and
// writing nothing); otherwise one zip with the workbook, the PDF, the .jsgk file, the 审核报告 and a manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageSubmission } from '../../src/node/export/index';
import { writePackage } from '../../src/node/export/package';
import type { PackageManifest } from '../../src/node/export/package';
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

  it('one zip: xlsx, pdf, .jsgk, 审核报告 PDF and HTML, and a manifest whose SHA-256 sums hold; never replaced silently', async () => {
    renderer = await openPdfRenderer();
    const filing = explainAll(correctedSample());
    const out = join(dir, 'ok');
    const at = new Date('2023-03-01T08:00:00Z');
    const r = await writePackage({ filing, path: null, outDir: out }, renderer, undefined, () => at);
    if (!r.ok) throw new Error(r.message);
    const base = '阳泉市大数据应用局2022年度部门决算公开';
    expect(r.archive).toBe(join(out, `${base}.zip`));
    expect(readdirSync(out)).toEqual([`${base}.zip`]);
    // Unpacked with the system's unzip, as the receiver would.
    const unpacked = join(dir, 'unpacked');
    execFileSync('unzip', ['-q', r.archive, '-d', unpacked]);
    const names = readdirSync(unpacked).sort();
    expect(names).toEqual([`${base}-审核报告.html`, `${base}-审核报告.pdf`, `${base}.jsgk`, `${base}.pdf`, `${base}.xlsx`, 'manifest.json'].sort());
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest).toMatchObject({ format: 'juesuan-submission', createdAt: '2023-03-01T08:00:00.000Z', template: { id: 'shanxi-2022' }, department: '阳泉市大数据应用局', year: 2022, unit: '元' });
    expect(manifest.findings.errors).toBe(0);
    expect(manifest.findings.explained).toBe(manifest.findings.warnings);
    expect(manifest.files.map((f) => f.name).sort()).toEqual(names.filter((n) => n !== 'manifest.json'));
    for (const f of manifest.files) {
      const data = readFileSync(join(unpacked, f.name));
      expect(data.length, f.name).toBe(f.bytes);
      expect(createHash('sha256').update(data).digest('hex'), f.name).toBe(f.sha256);
    }
    const saved = parseFiling(readFileSync(join(unpacked, `${base}.jsgk`), 'utf8'));
    expect(saved.ok && saved.filing.tables).toEqual(filing.tables);
    expect(readFileSync(join(unpacked, `${base}-审核报告.html`), 'utf8')).toContain('按科目分别列支');
    expect(execFileSync('pdftotext', [join(unpacked, `${base}-审核报告.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('按科目分别列支');
    expect(readFileSync(join(unpacked, `${base}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(unpacked, `${base}.xlsx`)).subarray(0, 2).toString()).toBe('PK');

    // A second package to the same place is refused and the first is left as it was; with overwrite it is replaced.
    const before = readFileSync(r.archive);
    const again = await writePackage({ filing, path: null, outDir: out }, renderer, undefined, () => new Date('2023-03-02T08:00:00Z'));
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.code).toBe('exists');
    expect(again.message).toContain('已存在');
    expect(readFileSync(r.archive).equals(before)).toBe(true);
    const replaced = await writePackage({ filing, path: null, outDir: out, overwrite: true }, renderer, undefined, () => new Date('2023-03-02T08:00:00Z'));
    expect(replaced.ok).toBe(true);
    expect(readFileSync(r.archive).equals(before)).toBe(false);
  }, 300_000);
});
