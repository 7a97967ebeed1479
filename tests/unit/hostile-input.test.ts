// Hostile input at the edges of the app: non-regular files, a schema scan that must not queue millions of
// values, characters no xlsx can carry, duplicate keys and invalid UTF-8 (check reads like the app), a
// closed pipe, private recovery copies, leftovers of killed saves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, symlinkSync, writeFileSync, utimesSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { readFilingFile } from '../../src/node/files/file-store';
import { RecoveryStore } from '../../src/node/services/recovery-store';
import { JsonSettingsStore } from '../../src/node/services/settings-store';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { cleanText } from '../../src/shared/filing/schema-check';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { smallFiling } from '../support/filing-fixture';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-hostile-input-'));

async function check(...files: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['check', ...files], COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('only regular files are read', () => {
  const fifo = join(dir, 'pipe.jsgk');
  spawnSync('mkfifo', [fifo]);
  const zeroLink = join(dir, 'zero.jsgk');
  symlinkSync('/dev/zero', zeroLink);
  const zeroXlsx = join(dir, 'zero.xlsx');
  symlinkSync('/dev/zero', zeroXlsx);
  const fifoXlsx = join(dir, 'pipe.xlsx');
  spawnSync('mkfifo', [fifoXlsx]);

  it.each([
    ['/dev/zero', '/dev/zero'],
    ['a .jsgk symlink to /dev/zero', zeroLink],
    ['a FIFO', fifo],
  ])('opening %s is refused at once', async (_what, path) => {
    const t = Date.now();
    const r = await readFilingFile(path);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r).toMatchObject({ ok: false, code: 'not-a-file' });
    if (!r.ok) expect(r.message).toContain('不是普通文件');
  });

  it('check and import refuse them too, without waiting', async () => {
    const t = Date.now();
    const r = await check(fifo, zeroLink);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(2);
    for (const p of [zeroXlsx, fifoXlsx, '/dev/zero']) {
      const imp = await importXlsxFile(p);
      expect(imp.ok).toBe(false);
      if (!imp.ok) expect(imp.message).toContain('不是普通文件');
    }
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

describe('the schema scan counts before it queues', () => {
  it('refuses a 9.9-million-element array quickly and without gigabytes', () => {
    const text = serializeFiling(smallFiling()).replace('"format"', `"junk":[${'0,'.repeat(9_900_000)}0],"format"`);
    expect(text.length).toBeGreaterThan(19_000_000);
    const before = process.memoryUsage().rss;
    const t = Date.now();
    const r = parseFiling(text);
    const elapsed = Date.now() - t;
    const grew = process.memoryUsage().rss - before;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('内容过多');
    expect(elapsed).toBeLessThan(8000);
    // JSON.parse's own array is ~80 MB; the old scan queued a path per element (2.8 GB).
    expect(grew).toBeLessThan(700 * 1024 * 1024);
  }, 30_000);
});

describe('characters no xlsx can carry', () => {
  const bad = 'A\u0001B\u000bC\ufffeD\ud800E\t\n\r';

  it('are stripped at the schema, tabs and newlines kept', () => {
    expect(cleanText(bad)).toBe('ABCDE\t\n\r');
    expect(cleanText('😀 正常')).toBe('😀 正常');
    // The fast loop sends every suspect string to the regex: lone, reversed and paired surrogates, U+FFFF, DEL kept.
    expect(cleanText('a\udc00\ud800b')).toBe('ab');
    expect(cleanText('\ud83d\ude00\uffff\u001f\u007f x')).toBe('\ud83d\ude00\u007f x');
    expect(cleanText('\u001f')).toBe('');
    const text = serializeFiling(smallFiling({ overview: { duties: bad, organization: [] } }));
    const r = parseFiling(text);
    expect(r.ok && r.filing.overview.duties).toBe('ABCDE\t\n\r');
  });

  it('never reach an exported workbook: written, then parsed back and imported', async () => {
    const filing = sampleFiling();
    // Straight into the writer, past the schema: the writer must hold on its own.
    filing.meta.department = `阳泉市\u0001大数据\u000b应用局\uffff`;
    filing.evaluations[0].name = `项目\u0002名称`;
    const file = join(dir, 'controls.xlsx');
    writeFileSync(file, await buildWorkbook(filing, getTemplate(filing.template)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.length).toBeGreaterThan(10);
    const r = await importXlsxFile(file);
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.meta.department).toBe('阳泉市大数据应用局');
  }, 30_000);
});

describe('check reads files the way the app does', () => {
  it('refuses invalid UTF-8 and duplicate keys, as opening does', async () => {
    const good = serializeFiling(smallFiling());
    const utf = join(dir, 'bad-utf8.jsgk');
    writeFileSync(utf, Buffer.concat([Buffer.from(good.slice(0, 60)), Buffer.from([0xff, 0xfe]), Buffer.from(good.slice(60))]));
    const dup = join(dir, 'dup.jsgk');
    writeFileSync(dup, good.replace('"template": "shanxi-2022",', '"template": "shanxi-2022",\n  "template": "shanxi-2022",'));
    for (const f of [utf, dup]) {
      expect((await readFilingFile(f)).ok).toBe(false);
      const r = await check(f);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect((await check(dup)).err).toContain('出现了两次');
  });

  it('`check FILE | head -1` ends without an EPIPE stack trace', () => {
    const file = join(dir, 'sample.jsgk');
    writeFileSync(file, serializeFiling(sampleFiling()));
    const loader = `file://${join(ROOT, 'node_modules/tsx/dist/loader.mjs')}`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import ${loader} src/node/cli/main.ts check "${file}" | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    // The command's own exit code survives: the sample has 强制 errors.
    expect(r.status).toBe(1);
  }, 60_000);
});

describe('private and tidy data folder', () => {
  it('writes the recovery folder 0700, copies and settings 0600, one slot per unsaved filing', async () => {
    const data = join(dir, 'data');
    const store = new RecoveryStore(data);
    await store.write(null, smallFiling({ explanations: { which: 'a' } }), 'draft-aaaaaaaa');
    await store.write(null, smallFiling({ explanations: { which: 'b' } }), 'draft-bbbbbbbb');
    const list = await store.list();
    expect(list.map((e) => e.filing.explanations.which).sort()).toEqual(['a', 'b']);
    expect(list.map((e) => e.draftId).sort()).toEqual(['draft-aaaaaaaa', 'draft-bbbbbbbb']);
    expect(statSync(join(data, 'recovery')).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(join(data, 'recovery'))) expect(statSync(join(data, 'recovery', f)).mode & 0o777).toBe(0o600);
    await new JsonSettingsStore(data).set({ autosaveSeconds: 60 });
    expect(statSync(join(data, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('removes old leftovers of killed saves and exports when the file is opened', async () => {
    const file = join(dir, 'tidy.jsgk');
    writeFileSync(file, serializeFiling(smallFiling()));
    const old = [join(dir, '.tidy.jsgk.0123456789ab.tmp'), join(dir, '.tidy.jsgk.0123456789ab.baktmp'), join(dir, '.tidy.jsgk.01234567.part')];
    const fresh = join(dir, '.tidy.jsgk.ba9876543210.tmp');
    const foreign = join(dir, '.other.jsgk.0123456789ab.tmp');
    for (const p of [...old, fresh, foreign]) writeFileSync(p, 'x');
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const p of [...old, foreign]) utimesSync(p, hourAgo, hourAgo);
    expect((await readFilingFile(file)).ok).toBe(true);
    for (const p of old) expect(existsSync(p), p).toBe(false);
    // A fresh one may be a save running in another window; another file's leftovers are not ours to touch.
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });
});

describe('refusals are sentences a clerk understands', () => {
  it.each([
    ['a sheet reaching row 1,048,576', (x: string) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')],
    ['an out-of-range shared string', (x: string) => x.replace('</sheetData>', '<row r="90"><c r="A90" t="s"><v>999999</v></c></row></sheetData>')],
  ])('%s', async (_what, change) => {
    const { withPart } = await import('../support/zip-parts');
    const sample = sampleFiling();
    const file = join(dir, `odd-${_what.length}.xlsx`);
    writeFileSync(file, withPart(await buildWorkbook(sample, getTemplate(sample.template)), 'xl/worksheets/sheet1.xml', change));
    const r = await importXlsxFile(file);
    if (!r.ok) {
      expect(r.message).not.toMatch(/Cannot|undefined|reading|TypeError|Error/);
      expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
  }, 30_000);
});
