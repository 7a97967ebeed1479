// A disclosure exported while 强制 errors stand is marked as a draft on every PDF page and every sheet,
// and the CLI says so with exit code 1; a filing without 强制 errors exports with no mark and exit 0.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { draftMark } from '../../src/shared/io/draft-mark';
import { evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { serializeFiling } from '../../src/shared/filing/schema';
import { getTemplate } from '../../src/shared/templates/registry';
import { CHROMIUM_PATH } from '../../src/node/export/pdf-writer';
import { cleanSample } from './rules-fixtures';

const template = getTemplate('shanxi-2022');
const MARK = '审核未通过：强制 2 条';

async function sheetTexts(buf: Buffer): Promise<Array<{ name: string; text: string; footer: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const parts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.value ?? ''))));
    return { name: ws.name, text: parts.join('|'), footer: `${ws.headerFooter?.oddHeader ?? ''}${ws.headerFooter?.oddFooter ?? ''}` };
  });
}

describe('the draft mark', () => {
  it('counts the 强制 errors, and is absent when there are none', () => {
    expect(draftMark(evaluateAll(sampleFiling(), template))).toBe(MARK);
    expect(draftMark(evaluateAll(cleanSample(), template))).toBeNull();
  });

  it('stands on every sheet of a draft workbook, in the cells and the printed header and footer', async () => {
    const sheets = await sheetTexts(await buildWorkbook(sampleFiling(), template));
    expect(sheets.length).toBe(18); // ten tables, four forms, 概况, 情况说明数据, 名词解释, 出错说明
    for (const s of sheets) {
      expect(s.text, s.name).toContain(MARK);
      expect(s.footer, s.name).toContain(MARK);
    }
  });

  it('is on no sheet of a workbook without 强制 errors', async () => {
    for (const s of await sheetTexts(await buildWorkbook(cleanSample(), template))) {
      expect(s.text, s.name).not.toContain('审核未通过');
      expect(s.footer, s.name).not.toContain('审核未通过');
    }
  });

  const pdfReady = existsSync(CHROMIUM_PATH) && spawnSync('pdftotext', ['-v']).status === 0;
  it.skipIf(!pdfReady)('stands on every page of a draft PDF, and the CLI exits 1 saying so; a clean filing exits 0 unmarked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-draft-'));
    const run = (file: string, out: string) => spawnSync('npx', ['tsx', 'src/node/cli/main.ts', 'export', file, '--pdf', out], { encoding: 'utf8', timeout: 180_000 });
    const draft = join(dir, 'draft.jsgk');
    writeFileSync(draft, serializeFiling(sampleFiling()));
    const r = run(draft, join(dir, 'draft.pdf'));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(MARK);
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'draft.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((p, i) => expect(p, `第 ${i + 1} 页`).toContain(MARK));

    const clean = join(dir, 'clean.jsgk');
    writeFileSync(clean, serializeFiling(cleanSample()));
    const c = run(clean, join(dir, 'clean.pdf'));
    expect(c.status, c.stderr).toBe(0);
    expect(execFileSync('pdftotext', [join(dir, 'clean.pdf'), '-'], { encoding: 'utf8' })).not.toContain('审核未通过');
  }, 240_000);
});
