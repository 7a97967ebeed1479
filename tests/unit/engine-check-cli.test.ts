// `check FILE... [--json]`: findings grouped by table, a summary line, exit codes 0 / 1 / 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { cleanSample } from './rules-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-check-'));
const samplePath = join(dir, '示例.jsgk');
const cleanPath = join(dir, '已改正.jsgk');
const brokenPath = join(dir, '损坏.jsgk');
writeFileSync(samplePath, serializeFiling(sampleFiling()));
writeFileSync(cleanPath, serializeFiling(cleanSample()));
writeFileSync(brokenPath, '{"format": "juesuan-filing", ');
const partialPath = join(dir, '缺表.jsgk');
{
  const f = cleanSample();
  delete f.tables.T09;
  writeFileSync(partialPath, serializeFiling({ ...f, absent: ['T09'] }));
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['check', ...args], COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('check', () => {
  it('lists the rules it could not check (未核对) beside the findings, and never says 审核通过 then', async () => {
    const text = await run(partialPath);
    expect(text.code).toBe(0);
    expect(text.out).toContain('[未核对] 公开04表 各类国有资本经营预算财政拨款支出与公开09表一致：公开09表 未提供');
    expect(text.out).toContain('0 个错误，0 个提示，3 条审核公式未核对（缺少所读的表）');
    expect(text.out).not.toContain('审核通过');
    const json = JSON.parse((await run(partialPath, '--json')).out) as { files: Array<{ findings: unknown[]; unchecked: Array<{ rule: string; reason: string }> }> };
    expect(json.files[0].findings).toEqual([]);
    expect(json.files[0].unchecked).toEqual([
      { rule: 'X.T04-T09', reason: '公开09表 未提供' },
      { rule: 'X.T04-T09.total', reason: '公开09表 未提供' },
      // The narrative compares 公开09表's total with last year's.
      { rule: 'NR-1', reason: '公开09表 未提供' },
    ]);
  });

  it('lists the sample’s findings by table with a summary, and exits 1 for its errors', async () => {
    const r = await run(samplePath);
    expect(r.code).toBe(1);
    expect(r.out).toContain('阳泉市大数据应用局 2022年度');
    expect(r.out).toContain('  公开02表 收入决算表\n    [错误] 公开02表 合计 财政拨款收入 23,066,415.36 ≠ 公开01表 行1+行2+行3 41,943,654.36，差 18,877,239.00');
    expect(r.out).toContain('  公开06表 一般公共预算财政拨款支出决算明细表\n    [提示] 公开06表 30110+30111 基本支出');
    expect(r.out).toContain('  项目支出绩效自评表\n    [提示] 项目“政府投资信息化项目管理费”执行情况得分 9 分');
    expect(r.out).toContain('2 个错误，2 个提示');
    expect(r.err).toBe('');
  });

  it('exits 0 when no file has errors', async () => {
    const r = await run(cleanPath);
    expect(r.code).toBe(0);
    expect(r.out).toContain('审核通过：未发现问题');
  });

  it('writes one JSON document with every file’s findings', async () => {
    const r = await run(samplePath, cleanPath, '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { files: Array<{ file: string; errors: number; warnings: number; findings: unknown[] }> };
    expect(doc.files.map((f) => [f.file, f.errors, f.warnings])).toEqual([
      [samplePath, 2, 2],
      [cleanPath, 0, 0],
    ]);
    expect(doc.files[0].findings[2]).toEqual({
      rule: 'P.T06-T05.30110+30111',
      severity: 'warning',
      message: '公开06表 30110+30111 基本支出 152,087.44 ≠ 公开05表 21011 基本支出 153,463.44，差 1,376.00',
      cells: [
        { table: 'T06', row: '30110', col: 2 },
        { table: 'T06', row: '30111', col: 2 },
        { table: 'T05', row: '21011', col: 2 },
      ],
    });
  });

  it('includes the clerk’s 出错说明', async () => {
    const f = sampleFiling();
    f.explanations['P.T06-T05.30110+30111'] = '差额列 30112。';
    const p = join(dir, '有说明.jsgk');
    writeFileSync(p, serializeFiling(f));
    expect((await run(p)).out).toContain('出错说明：差额列 30112。');
    const doc = JSON.parse((await run(p, '--json')).out) as { files: Array<{ findings: Array<{ explanation?: string }> }> };
    expect(doc.files[0].findings[2].explanation).toBe('差额列 30112。');
  });

  it('exits 2 with the reason on stderr when a file cannot be read, still checking the others', async () => {
    const r = await run(brokenPath, join(dir, '不存在.jsgk'), cleanPath);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法读取 ${brokenPath}：`);
    expect(r.err).toContain('找不到文件');
    expect(r.out).toContain('审核通过');
  });

  it('asks for a file when given none', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toContain('请给出要审核的文件');
  });
});
