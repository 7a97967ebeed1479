// The submission package of a Shanghai filing, unpacked as a receiver would (system unzip, pdftotext, the
// importer): the Shanghai workbook (nine sheets, read back as shanghai-2024), the PDF in the Shanghai layout,
// the filing, the 审核报告, and a manifest naming the template; no Shanxi table mark anywhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { writePackage } from '../../src/node/export/package';
import type { PackageManifest } from '../../src/node/export/package';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { openPdfRenderer } from '../../src/node/export/pdf-writer';
import { parseFiling } from '../../src/shared/filing/schema';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll, evaluateAll } from '../../src/shared/rules/engine';
import { cleanPutuo, shTemplate } from './shanghai-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-package-sh-'));
let renderer: PdfRenderer | null = null;
afterAll(async () => renderer?.close());

function explained(f: Filing): Filing {
  for (const w of evaluateAll(f, shTemplate).filter((x) => x.severity === 'warning')) f.explanations[w.key] = '各分项按万元四舍五入列示，合计按元汇总后折算，形成尾差。';
  return f;
}

describe('the submission package of a Shanghai filing', () => {
  it('holds the Shanghai workbook, PDF, filing and report, with a manifest naming shanghai-2024', async () => {
    renderer = await openPdfRenderer();
    const filing = explained(cleanPutuo());
    expect(checkAll(filing, shTemplate).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const r = await writePackage({ filing, path: null, outDir: join(dir, 'out') }, renderer, undefined, () => new Date('2025-04-01T02:00:00Z'));
    if (!r.ok) throw new Error(r.message);
    const base = '上海市普陀区规划和自然资源局2024年度部门决算公开';
    expect(r.archive).toBe(join(dir, 'out', `${base}.zip`));
    const unpacked = join(dir, 'unpacked');
    execFileSync('unzip', ['-q', r.archive, '-d', unpacked]);
    const names = readdirSync(unpacked).sort();
    expect(names).toEqual([`${base}-审核报告.html`, `${base}-审核报告.pdf`, `${base}.jsgk`, `${base}.pdf`, `${base}.xlsx`, 'manifest.json'].sort());

    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as PackageManifest;
    expect(manifest).toMatchObject({
      format: 'juesuan-submission',
      template: { id: 'shanghai-2024', name: '上海市区级部门决算 2024年度' },
      department: '上海市普陀区规划和自然资源局',
      year: 2024,
      unit: '万元',
      findings: { errors: 0 },
    });
    expect(manifest.findings.explained).toBe(manifest.findings.warnings);
    for (const f of manifest.files) {
      const data = readFileSync(join(unpacked, f.name));
      expect(data.length, f.name).toBe(f.bytes);
      expect(createHash('sha256').update(data).digest('hex'), f.name).toBe(f.sha256);
    }

    // The workbook: the nine Shanghai sheets, read back by the importer as shanghai-2024 with the same tables.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(unpacked, `${base}.xlsx`));
    expect(wb.worksheets.map((w) => w.name).slice(0, 9)).toEqual(['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九']);
    const back = await importXlsxFile(join(unpacked, `${base}.xlsx`));
    if (!back.ok) throw new Error(back.message);
    expect(back.filing.template).toBe('shanghai-2024');
    expect(back.filing.absent).toEqual([]);
    expect(checkAll(back.filing, shTemplate).findings.map((f) => f.message)).toEqual(checkAll(filing, shTemplate).findings.map((f) => f.message));

    // The PDF in the Shanghai layout: its titles, 万元, no 公开NN表 and no 行次.
    const pdf = execFileSync('pdftotext', ['-layout', join(unpacked, `${base}.pdf`), '-'], { encoding: 'utf8' });
    for (const title of ['收入支出决算总表', '一般公共预算财政拨款基本支出决算表', '国有资本经营预算财政拨款收入支出决算表']) expect(pdf).toContain(title);
    expect(pdf).toContain('单位：万元');
    expect(pdf).not.toMatch(/公开\d\d表|行次|栏次/);

    const saved = parseFiling(readFileSync(join(unpacked, `${base}.jsgk`), 'utf8'));
    expect(saved.ok && saved.filing.template).toBe('shanghai-2024');
    expect(saved.ok && saved.filing.tables).toEqual(filing.tables);
    const report = readFileSync(join(unpacked, `${base}-审核报告.html`), 'utf8');
    expect(report).toContain('上海市普陀区规划和自然资源局');
    expect(report).not.toMatch(/公开\d\d表/);
    expect(execFileSync('pdftotext', [join(unpacked, `${base}-审核报告.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('强制错误0个');
  }, 300_000);
});
