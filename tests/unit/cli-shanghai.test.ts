// `templates` and `sample --template shanghai-2024`: the second template from the command line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { parseFiling } from '../../src/shared/filing/schema';
import { evaluateAll } from '../../src/shared/rules/engine';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-sh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('templates', () => {
  it('lists both templates with id, name, years and table count', async () => {
    const r = await cli(['templates']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('shanxi-2022\t山西省 2022年度 部门决算公开\t适用 2022 年度\t10 张公开表\nshanghai-2024\t上海市区级部门决算 2024年度\t适用 2024–2025 年度\t9 张公开表\n');
    const json = JSON.parse((await cli(['templates', '--json'])).out) as Array<{ id: string; years: unknown; tables: number }>;
    expect(json.map((t) => [t.id, t.years, t.tables])).toEqual([
      ['shanxi-2022', { from: 2022, to: 2022 }, 10],
      ['shanghai-2024', { from: 2024, to: 2025 }, 9],
    ]);
  });
});

describe('sample --template shanghai-2024', () => {
  // Issue 12: two printed figures of one quantity must agree exactly, so the three 0.01万元 gaps between
  // printed totals of different tables are 强制 errors, not 尾差.
  it('writes the 普陀 sample, which reads back and checks with its 3 errors between printed totals and 7 提示', async () => {
    const path = join(dir, '普陀.jsgk');
    const r = await cli(['sample', '--template', 'shanghai-2024', '--out', path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('上海市普陀区规划和自然资源局 2024年度');
    const parsed = parseFiling(readFileSync(path, 'utf8'));
    expect(parsed.ok ? parsed.filing : parsed).toEqual({ ...putuoSample(), sample: 'shanghai-2024' });
    const check = await cli(['check', path, '--json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.out) as { files: Array<{ errors: number; warnings: number }> };
    expect(report.files[0].errors + report.files[0].warnings).toBe(evaluateAll(putuoSample()).length);
    expect([report.files[0].errors, report.files[0].warnings]).toEqual([3, 7]);
  });

  it('refuses a template without a sample (exit 2)', async () => {
    const r = await cli(['sample', '--template', 'beijing-2023', '--out', join(dir, 'x.jsgk')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有模板“beijing-2023”的内置示例');
  });
});
