// `check` on hostile and broken files: each exits 2 with a one-line reason naming the problem, and the
// file is left exactly as it was.
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-hostile-'));
const good = serializeFiling(sampleFiling());
const goodJson = JSON.parse(good) as Record<string, unknown> & { tables: Record<string, Record<string, Record<string, unknown>>>; meta: Record<string, unknown> };

function variant(change: (f: typeof goodJson) => void): string {
  const f = JSON.parse(good) as typeof goodJson;
  change(f);
  return JSON.stringify(f);
}

const cases: Array<[string, () => Promise<string | Buffer> | string | Buffer, RegExp]> = [
  ['truncated', () => good.slice(0, Math.floor(good.length / 2)), /JSON|不完整|损坏/],
  ['wrong types', () => variant((f) => { f.meta.year = '二〇二二'; }), /年度|year/],
  ['__proto__ key', () => good.replace('"T01": {', '"T01": {"__proto__": {"polluted": "yes"},'), /__proto__/],
  ['constructor key', () => good.replace('"meta": {', '"meta": {"constructor": {"x": 1},'), /constructor/],
  ['amount as a float', () => good.replace('"23066415.36"', '23066415.36'), /金额|数字|字符串/],
  ['amount as 1e400', () => good.replace('"23066415.36"', '"1e400"'), /金额/],
  ['100,000-character string', () => variant((f) => { f.meta.department = '局'.repeat(100_000); }), /过长|字/],
  ['binary junk', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /不是|无法|损坏|文本|JSON/],
  ['an xlsx renamed to .jsgk', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('公开01表').getCell('A1').value = '收入支出决算总表';
    return Buffer.from(await wb.xlsx.writeBuffer());
  }, /Excel/],
];

async function check(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['check', file], COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const digest = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('check refuses hostile files and leaves them untouched', () => {
  it.each(cases)('%s', async (name, make, reason) => {
    const file = join(dir, `${name}.jsgk`);
    writeFileSync(file, await make());
    const before = digest(file);
    const mtime = statSync(file).mtimeMs;
    const r = await check(file);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
    expect(digest(file)).toBe(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 100 MB file is refused by its size without being read', async () => {
    const file = join(dir, 'huge.jsgk');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/MB|过大|太大/);
    expect(statSync(file).size).toBe(100 * 1024 * 1024);
  });
});
