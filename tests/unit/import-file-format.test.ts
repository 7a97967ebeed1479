// A spreadsheet the importer cannot read is refused with its real format and how to convert it: an .ods
// that LibreOffice wrote (or, without LibreOffice, one laid out as ODF prescribes), an .xls (OLE), a PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { spreadsheetFormatProblem } from '../../src/shared/io/xlsx/file-format';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-format-'));
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** An .ods as LibreOffice lays one out: "mimetype" first and stored, then the XML parts. */
function handMadeOds(): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    mimetype: [text('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': text('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
  });
}

describe('a spreadsheet that is not .xlsx', () => {
  it('.ods is named as such, with how to convert it (LibreOffice’s own .ods when it is installed)', async () => {
    let ods: string;
    if (hasSoffice) {
      const xlsx = join(dir, 'sample.xlsx');
      writeFileSync(xlsx, await buildWorkbook(sampleFiling(), getTemplate('shanxi-2022')));
      execFileSync('soffice', ['--headless', '--convert-to', 'ods', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'ignore', env: { ...process.env, HOME: dir } });
      ods = join(dir, 'sample.ods');
    } else {
      ods = join(dir, 'hand.ods');
      writeFileSync(ods, handMadeOds());
    }
    const r = await importXlsxFile(ods);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('OpenDocument 表格（.ods');
    expect(r.message).toContain('另存为');
    expect(r.message).not.toContain('没有找到任何公开表');
  }, 180_000);

  it('a hand-made .ods, an .xls, a PDF and plain text each get their own sentence; an .xlsx none', async () => {
    expect(spreadsheetFormatProblem(handMadeOds())).toContain('.ods');
    expect(spreadsheetFormatProblem(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toContain('.xls');
    expect(spreadsheetFormatProblem(new TextEncoder().encode('%PDF-1.7\n'))).toContain('PDF');
    expect(spreadsheetFormatProblem(new TextEncoder().encode('项目,决算数\n'))).toContain('不是 Excel 工作簿');
    const xlsx = await buildWorkbook(sampleFiling(), getTemplate('shanxi-2022'));
    expect(spreadsheetFormatProblem(xlsx)).toBeNull();
    writeFileSync(join(dir, 'renamed.xlsx'), '%PDF-1.4\n'); // a PDF saved under an .xlsx name
    const r = await importXlsxFile(join(dir, 'renamed.xlsx'));
    expect(r.ok === false && r.message).toContain('这是 PDF 文件');
  });
});
