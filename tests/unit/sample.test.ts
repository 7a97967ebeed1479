// The built-in sample filing and the `sample --out FILE` command; `export` of what it writes names the sample
// mark every sheet carries (示例文件，不是正式决算), which a real filing's export never mentions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCommand } from '../../src/node/cli/commands/sample';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { SAMPLE_MARK } from '../../src/shared/io/sample-mark';
import { cleanSample } from './rules-fixtures';
import { Decimal, isStoredAmount } from '../../src/shared/money/money';
import { STANDARD_GLOSSARY } from '../../src/shared/sample/glossary';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('sampleFiling()', () => {
  it('is 阳泉市大数据应用局 2022 in 元, with its two member units', () => {
    const f = sampleFiling();
    expect(f.template).toBe('shanxi-2022');
    expect(getTemplate(f.template).year).toBe(f.meta.year);
    expect(f.meta).toEqual({
      department: '阳泉市大数据应用局',
      year: 2022,
      unit: '元',
      sourceUnit: '元',
      members: [
        { name: '阳泉市大数据应用局', nature: '行政' },
        { name: '阳泉市大数据管理服务中心', nature: '事业' },
      ],
    });
    expect(f.overview.duties).toMatch(/^贯彻执行国家、省有关大数据/);
    expect(f.overview.organization).toHaveLength(2);
    expect(f.overview.organization[1]).toContain('编制35人，在编25人');
    expect([f.customCodes, f.explanations, f.review]).toEqual([[], {}, []]);
  });

  it('keeps the totals the seed prints as stated figures, which the file then holds', () => {
    const f = sampleFiling();
    expect(f.stated.T10['1']['1']).toBe('28217872.16');
    expect(f.stated.T02['合计']).toEqual({ '1': '41943654.36', '2': '23066415.36', '3': '18877239.00' });
    expect(f.stated.T06['公用经费合计']).toEqual({ '1': '18098136.56', '2': '648530.39' });
  });

  it('carries the twelve standard 名词解释 in the seed order', () => {
    const f = sampleFiling();
    expect(f.glossary.map((g) => g.term)).toEqual([
      '财政拨款收入', '事业收入', '经营收入', '其他收入', '使用非财政拨款结余', '年初结转和结余',
      '结余分配', '年末结转和结余', '基本支出', '项目支出', '“三公”经费', '机关运行经费',
    ]);
    expect(f.glossary).toEqual(STANDARD_GLOSSARY);
    expect(f.glossary[11].text).toBe('指行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。');
  });

  it('stores only entered cells as two-decimal strings, coded tables by 项 code only', () => {
    const f = sampleFiling();
    expect(Object.keys(f.tables).sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
    for (const [id, rows] of Object.entries(f.tables)) {
      const def = getTemplate('shanxi-2022').tables.find((t) => t.id === id);
      for (const [row, cells] of Object.entries(rows)) {
        if (def?.kind === 'coded') expect(row, `${id} ${row}`).toMatch(/^\d{7}$/);
        const rowDef = def?.rows?.find((r) => r.row === row);
        if (def?.kind === 'fixed') expect(rowDef, `${id} ${row}`).toBeDefined();
        for (const [col, v] of Object.entries(cells)) {
          expect(isStoredAmount(v) && /\.\d\d$/.test(v), `${id} ${row} 栏${col}: ${v}`).toBe(true);
          expect(rowDef?.computed?.[Number(col)], `${id} ${row} 栏${col} is computed`).toBeUndefined();
          expect(def?.rowFormulas?.[Number(col)], `${id} ${row} 栏${col} is computed`).toBeUndefined();
        }
      }
    }
  });

  it('returns an independent copy each time', () => {
    const a = sampleFiling();
    a.tables.T01['1'][1] = '0.00';
    a.glossary[0].text = 'x';
    const b = sampleFiling();
    expect(b.tables.T01['1'][1]).toBe('23066415.36');
    expect(b.glossary[0].text).toBe('指单位从同级财政部门取得的财政预算资金。');
  });

  it('passes the file reader unchanged (serialize → parse)', async () => {
    const path = join(dir, 'roundtrip.jsgk');
    expect((await cli(['sample', '--out', path])).code).toBe(0);
    const parsed = parseFiling(readFileSync(path, 'utf8'));
    // The file is the sample, marked as one (Filing.sample).
    expect(parsed.ok ? parsed.filing : parsed).toEqual({ ...sampleFiling(), sample: 'shanxi-2022' });
  });
});

describe('sample --out FILE', () => {
  it('writes the sample as UTF-8 JSON with 2-space indent', async () => {
    const path = join(dir, '示例.jsgk');
    const r = await cli(['sample', '--out', path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入示例文件');
    const text = readFileSync(path, 'utf8');
    for (const figure of ['23066415.36', '18877239.00', '7223236.69', '12598850.00', '阳泉市大数据应用局']) expect(text).toContain(figure);
    expect(text).toMatch(/^\{\n {2}"format": "juesuan-filing",\n/);
    expect(text.endsWith('\n')).toBe(true);
    // 政府采购 合计 28217872.16 is computed (行1 = 2+3+4), so the file holds its parts, not the total.
    const t10 = (JSON.parse(text) as { tables: { T10: Record<string, Record<string, string>> } }).tables.T10;
    expect(t10['1']).toBeUndefined();
    expect(['2', '3', '4'].reduce((a, r) => a.plus(t10[r]['1']), new Decimal(0)).toFixed(2)).toBe('28217872.16');
  });

  it('is a usage error (exit 2) without --out', async () => {
    const r = await cli(['sample']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('请用 --out 指定要写入的文件');
    expect((await cli(['sample', '--out'])).code).toBe(2);
    expect((await cli(['sample', 'x.jsgk'])).err).toContain('多余的参数');
  });

  it('says where and why when the file cannot be written', async () => {
    const r = await cli(['sample', '--out', join(dir, '没有这个目录', 'a.jsgk')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法写入文件 .*没有这个目录.*请检查目录是否存在/);
  });

  it('is listed in --help', async () => {
    expect(COMMANDS).toContain(sampleCommand);
    expect((await cli(['--help'])).out).toContain('sample [--template ID] --out FILE');
  });
});

describe('export of a sample', () => {
  it.each(['shanxi-2022', 'shanghai-2024'])('says every sheet of the %s sample carries the sample mark, and the draft mark', async (id) => {
    const file = join(dir, `${id}.jsgk`);
    expect((await cli(['sample', '--template', id, '--out', file])).code).toBe(0);
    const r = await cli(['export', file, '--xlsx', join(dir, `${id}.xlsx`)]);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('已导出 Excel');
    expect(r.err).toContain(`注意：这是示例文件，导出的Excel每页标有“${SAMPLE_MARK}”，不能作为正式公开文件。`);
    expect(r.err).toMatch(/注意：审核未通过：强制 \d+ 条/);
  });
});

describe('export of a real filing', () => {
  it('says nothing of a sample: a draft names its draft mark only, a clean one no mark at all', async () => {
    const draft = join(dir, 'draft.jsgk');
    writeFileSync(draft, serializeFiling(sampleFiling()));
    const d = await cli(['export', draft, '--xlsx', join(dir, 'draft.xlsx')]);
    expect(d.code, d.err).toBe(1);
    expect(d.err).toContain('审核未通过：强制 2 条');
    expect(d.err).not.toContain('示例');
    const clean = join(dir, 'clean.jsgk');
    writeFileSync(clean, serializeFiling(cleanSample()));
    const c = await cli(['export', clean, '--xlsx', join(dir, 'clean.xlsx')]);
    expect(c.code, c.err).toBe(0);
    expect(c.err).toBe('');
  });
});
