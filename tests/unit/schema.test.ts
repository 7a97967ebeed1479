// The .jsgk file format: what opens, what is refused, and that every refusal names the problem and place.
import { describe, expect, it } from 'vitest';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { migrate, type Migration } from '../../src/shared/filing/migrations';
import { smallFiling } from '../support/filing-fixture';

const good = serializeFiling(smallFiling());

function refuse(text: string): { message: string; path?: string } {
  const r = parseFiling(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

function withChange(change: (raw: Record<string, unknown>) => void): string {
  const raw = JSON.parse(good) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
}

describe('parseFiling: files that open', () => {
  it('round-trips a filing exactly', () => {
    const r = parseFiling(good);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.filing).toEqual(smallFiling());
      expect(serializeFiling(r.filing)).toBe(good);
    }
  });

  it('writes 2-space JSON with a final newline and a canonical key order', () => {
    expect(good.endsWith('}\n')).toBe(true);
    expect(good.split('\n')[1]).toBe('  "format": "juesuan-filing",');
    const { review, tables, ...rest } = smallFiling();
    const reordered = { review, tables, ...rest };
    expect(serializeFiling(reordered)).toBe(good);
    expect(Object.keys(JSON.parse(good))).toEqual(['format', 'version', 'template', 'meta', 'tables', 'stated', 'absent', 'customCodes', 'explanations', 'evaluations', 'narrative', 'overview', 'glossary', 'review']);
  });

  it('accepts a byte-order mark and fills collections a file leaves out', () => {
    const text = '\ufeff' + withChange((raw) => {
      delete raw.review;
      delete raw.glossary;
      delete raw.stated;
    });
    const r = parseFiling(text);
    expect(r.ok && r.filing.review).toEqual([]);
  });
});

describe('parseFiling: files that are refused', () => {
  it('a truncated file', () => {
    const r = refuse(good.slice(0, good.length / 2));
    expect(r.message).toMatch(/不完整|损坏/);
  });

  it('an empty file', () => {
    expect(refuse('').message).toContain('空的');
  });

  it('plain text that is not JSON, with the line', () => {
    expect(refuse('{\n"format": "juesuan-filing",\n oops }').message).toMatch(/第 3 行附近/);
  });

  it('another JSON document', () => {
    expect(refuse('{"name":"package"}').message).toContain('不是决算通文件');
    expect(refuse('[1,2,3]').message).toContain('不是决算通文件');
  });

  it('a file saved by a newer version', () => {
    const r = refuse(withChange((raw) => (raw.version = 7)));
    expect(r.message).toBe('此文件由更新版本的决算通保存（版本 7），请升级后打开');
  });

  it('an unknown template', () => {
    const r = refuse(withChange((raw) => (raw.template = 'guangxi-2031')));
    expect(r.message).toContain('guangxi-2031');
    expect(r.path).toBe('template');
  });

  it('a wrong type, naming the place in Chinese', () => {
    const r = refuse(withChange((raw) => ((raw.meta as Record<string, unknown>).year = '二〇二二')));
    expect(r.message).toContain('“单位信息 › 年度”');
    expect(r.path).toBe('meta.year');
  });

  it('an amount written as a number', () => {
    const r = refuse(withChange((raw) => (((raw.tables as Record<string, Record<string, Record<string, unknown>>>).T02)['2010101']['1'] = 100)));
    expect(r.message).toContain('“表格数据 › T02 › 行 2010101 › 第 1 栏”');
    expect(r.message).toContain('数字 100');
    expect(r.path).toBe('tables.T02.2010101.1');
  });

  it.each([['1.005'], ['1e400'], ['1e5'], ['12,345.00'], ['NaN'], [''], ['1234567890123456.00']])('an amount "%s"', (value) => {
    const r = refuse(withChange((raw) => (((raw.tables as Record<string, Record<string, Record<string, unknown>>>).T01)['1']['1'] = value)));
    expect(r.path).toBe('tables.T01.1.1');
  });

  it('a number 1e400 in the JSON text', () => {
    const text = good.replace('"23066415.36"', '1e400');
    expect(refuse(text).message).toContain('金额');
  });

  it('a 100,000-character string', () => {
    const r = refuse(withChange((raw) => ((raw.overview as Record<string, unknown>).duties = '职'.repeat(100_000))));
    expect(r.message).toContain('概况 › 职责');
    expect(r.message).toContain('100000');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere, without touching Object.prototype', (key) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const nested = good.replace('"department":', `"${key}": {"polluted": "yes", "toString": "x"},\n    "department":`);
    const r = refuse(nested);
    expect(r.message).toContain(key);
    expect(r.path).toBe(`meta.${key}`);
    const deep = good.replace('"2010101": {', `"2010101": {"${key}": {"isAdmin": true},`);
    expect(refuse(deep).message).toContain('不允许');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('an unrecognised field', () => {
    const r = refuse(withChange((raw) => (raw.macros = 'run()')));
    expect(r.message).toContain('macros');
  });

  it('an xlsx file renamed to .jsgk', () => {
    const text = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000[Content_Types].xml';
    expect(refuse(text).message).toBe('这是一个 Excel 文件，请用 导入 打开');
  });

  it('plain text that merely begins with PK is not taken for Excel', () => {
    expect(refuse('PKG 清单').message).not.toContain('Excel');
  });

  it('binary junk', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(refuse(junk).message).toContain('二进制');
    expect(refuse('\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd').message).toContain('二进制');
  });

  it('deeply nested arrays', () => {
    const text = good.replace('"evaluations": []', `"evaluations": ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(refuse(text).message).toMatch(/嵌套过深|绩效自评表/);
  });

  it('more than 200,000 cells', () => {
    const cols: Record<string, string> = {};
    for (let c = 1; c <= 999; c++) cols[String(c)] = '1.00';
    const rows: Record<string, Record<string, string>> = {};
    for (let r = 1; r <= 201; r++) rows[String(r)] = cols;
    const r = refuse(withChange((raw) => (raw.tables = { T01: rows })));
    expect(r.message).toContain('200000');
  });

  it('a review note whose target has the wrong kind', () => {
    const r = refuse(withChange((raw) => ((raw.review as Array<Record<string, unknown>>)[0].target = { kind: 'cell', table: 'T02' })));
    expect(r.message).toContain('审核意见 › 第 1 项 › 对象 › 行');
  });
});

describe('migrations', () => {
  it('opens a version 0 file and brings it to the current version', () => {
    const v0 = withChange((raw) => {
      raw.version = 0;
      delete (raw.meta as Record<string, unknown>).sourceUnit;
      delete raw.stated;
      delete raw.review;
      delete raw.absent;
    });
    const r = parseFiling(v0);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.filing.version).toBe(2);
      expect(r.filing.meta.sourceUnit).toBe('元');
      expect(r.filing.absent).toEqual([]);
      expect(r.migrated).toHaveLength(2);
    }
  });

  it('opens a version 1 file with every table present (absent did not exist yet)', () => {
    const v1 = withChange((raw) => {
      raw.version = 1;
      delete raw.absent;
    });
    const r = parseFiling(v1);
    expect(r.ok && r.filing.absent).toEqual([]);
    expect(r.ok && r.migrated).toEqual(['1→2：记录缺少的表（旧文件各表均视为已提供）']);
  });

  it('keeps the absent tables and refuses a bad table id there', () => {
    const ok = parseFiling(withChange((raw) => (raw.absent = ['T08', 'T02', 'T08'])));
    expect(ok.ok && ok.filing.absent).toEqual(['T02', 'T08']);
    const bad = parseFiling(withChange((raw) => (raw.absent = ['公开02表'])));
    expect(bad.ok).toBe(false);
  });

  it('runs a chain of steps in order and refuses a gap', () => {
    const steps: Migration[] = [
      { from: 0, summary: 'a', migrate: (raw) => ({ ...raw, version: 1, trail: 'a' }) },
      { from: 1, summary: 'b', migrate: (raw) => ({ ...raw, version: 2, trail: `${String(raw.trail)}b` }) },
    ];
    const ok = migrate({ version: 0 }, 0, steps, 2);
    expect(ok.ok && ok.raw).toEqual({ version: 2, trail: 'ab' });
    const gap = migrate({ version: 0 }, 0, steps.slice(1), 2);
    expect(gap.ok).toBe(false);
  });
});
