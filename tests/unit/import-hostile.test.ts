// Hostile workbooks, built here from the app's own export with one change each: every one is refused
// within the time limit with a one-line reason, by the range scan before parsing or by the running
// inflate limit; and with the scan off, the worker's own limits stop the runaway parse while the host
// keeps answering.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { checkRanges, rangeArea } from '../../src/node/export/xlsx-ranges';
import { inflateParts } from '../../src/node/export/xlsx-zip';
import type { BrowserHost } from '../../src/node/server/browser-host';
import { startBrowserHost } from '../../src/node/server/browser-host';
import { exchangeCode } from '../../src/renderer/src/host/http-host';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { readParts, withPart, writeParts } from '../support/zip-parts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-hostile-xlsx-'));
let exported: Buffer;

/** Deflates `mb` MB of spaces in 1 MB pieces: about 200 KB on disk per 200 MB inflated. */
async function deflatedSpaces(mb: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mb; i++) if (!z.write(piece)) await new Promise((r) => z.once('drain', r));
  await new Promise<void>((r) => z.end(r));
  return Buffer.concat(out);
}

const hostile: Record<string, () => Promise<Buffer>> = {
  'merge-cell.xlsx': async () => withPart(exported, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="A100:XFD1048576"/>`)),
  'data-validation.xlsx': async () =>
    withPart(exported, 'xl/worksheets/sheet1.xml', (x) => x.replace('<pageMargins', '<dataValidations count="1"><dataValidation type="whole" sqref="A100:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations><pageMargins')),
  'defined-name.xlsx': async () => withPart(exported, 'xl/workbook.xml', (x) => x.replace('<definedNames>', "<definedNames><definedName name=\"big\">'公开01表'!$A$100:$XFD$1048576</definedName>")),
  'merge-cell-encoded.xlsx': async () => withPart(exported, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="A100:&#88;FD1048576"/>`)),
  'lying-sizes.xlsx': async () => {
    const parts = readParts(exported);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet2.xml')!;
    sheet.deflated = await deflatedSpaces(200);
    sheet.declaredSize = 40_000;
    return writeParts(parts);
  },
};

const files: Record<string, string> = {};

beforeAll(async () => {
  const sample = sampleFiling();
  exported = await buildWorkbook(sample, getTemplate(sample.template));
  for (const [name, make] of Object.entries(hostile)) {
    files[name] = join(dir, name);
    writeFileSync(files[name], await make());
  }
}, 60_000);

describe('the range scan', () => {
  it('measures references the way exceljs expands them', () => {
    expect(rangeArea('A1')).toBe(1);
    expect(rangeArea('$A$1:$F$39')).toBe(6 * 39);
    expect(rangeArea('A100:XFD1048576')).toBe(16384 * (1048576 - 99));
    expect(rangeArea('A:B')).toBe(2 * 1048576);
    expect(rangeArea('4:6')).toBe(3 * 16384);
  });

  it('passes the app\'s own export and refuses one huge range of each kind', () => {
    for (const p of readParts(exported)) expect(checkRanges(p.data.toString('utf8')), p.name).toBeNull();
    expect(checkRanges('<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')).toContain('合并单元格');
    expect(checkRanges('<dataValidation sqref="A1 B2:C3 A1:Z200000"/>')).toContain('数据有效性');
    expect(checkRanges("<definedName name='x'>Sheet1!$A$1:$XFD$1048576</definedName>")).toContain('名称定义');
    // Many small ranges that add up are refused too.
    expect(checkRanges(`<mergeCells>${'<mergeCell ref="A1:Z9000"/>'.repeat(5)}</mergeCells>`)).toContain('合计过大');
  });

  it('refuses a ZIP64 end record (another reader could list other parts than the ones checked)', () => {
    const z = writeParts([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const zip64 = Buffer.concat([z.subarray(0, z.length - 22), locator, z.subarray(z.length - 22)]);
    const limits = { entries: 10, partBytes: 1e6, totalBytes: 1e6 };
    expect(inflateParts(z, limits, () => null)).toBeNull();
    expect(inflateParts(zip64, limits, () => null)).toContain('ZIP64');
  });

  it('stays linear on a part full of unterminated tags', () => {
    const t = Date.now();
    expect(checkRanges('<mergeCell ref="A1'.repeat(300_000))).toBeNull();
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe('hostile workbooks through the import', () => {
  it.each(Object.keys(hostile))('%s is refused within 30 s with a one-line reason', async (name) => {
    const t = Date.now();
    const r = await importXlsxFile(files[name]);
    expect(Date.now() - t).toBeLessThan(30_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.split('\n')).toHaveLength(1);
    expect(r.message).toMatch(name === 'lying-sizes.xlsx' ? /解压后超过/ : /范围过大/);
  });

  it('with the scan off, the worker is stopped by its limits while the host answers other requests', async () => {
    const data = join(dir, 'host');
    mkdirSync(join(data, 'renderer'), { recursive: true });
    writeFileSync(join(data, 'renderer', 'index.html'), '<html><head></head></html>');
    const host: BrowserHost = await startBrowserHost({
      appVersion: '1',
      dataDir: join(data, 'data'),
      rendererDir: join(data, 'renderer'),
      exporters: { importXlsx: (p) => importXlsxFile(p, { prescan: false, timeMs: 20_000, heapMb: 256 }) },
    });
    try {
      const session = await exchangeCode(host.code, host.origin);
      const post = (method: string, args: unknown[]) =>
        fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-juesuan-session': session }, body: JSON.stringify({ args }) }).then(
          (r) => r.json() as Promise<{ result?: { ok?: boolean; message?: string } }>,
        );
      const started = Date.now();
      const importing = post('importXlsx', [files['merge-cell.xlsx']]);
      await new Promise((r) => setTimeout(r, 1500));
      const t = Date.now();
      const info = await post('info', []);
      expect(Date.now() - t).toBeLessThan(2000);
      expect(info.result).toMatchObject({ kind: 'browser' });
      const r = (await importing).result!;
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(/内存超过上限|秒，已停止/);
    } finally {
      await host.close();
    }
  }, 40_000);
});

describe('the import command on hostile workbooks', () => {
  it.each(Object.keys(hostile))('%s: exit 2, one line, under 30 s and 1 GB', (name) => {
    const loader = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
    const t = Date.now();
    // /usr/bin/time -f %M: the peak resident memory of the whole CLI process (worker included), in KB.
    const r = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, '--import', `file://${loader}`, join(ROOT, 'src/node/cli/main.ts'), 'import', files[name], '--out', join(dir, `${name}.jsgk`)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const elapsed = Date.now() - t;
    // time adds its own "Command exited with non-zero status" line; the rest is the CLI's.
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited'));
    const peak = Number(/peak-kb (\d+)/.exec(lines.pop() ?? '')?.[1]);
    expect(r.status, r.stderr).toBe(2);
    expect(lines).toHaveLength(1);
    expect(elapsed).toBeLessThan(30_000);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(1024 * 1024);
    console.log(`${name}: ${elapsed} ms, peak ${Math.round(peak / 1024)} MB: ${lines[0]}`);
  }, 60_000);
});
