// The import and export commands as a clerk runs them: a summary of what was read, a .jsgk that opens,
// usage errors that say what is missing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('import command', () => {
  it('writes a .jsgk from the workbook and prints what it read', async () => {
    const xlsx = join(dir, 'in.xlsx');
    writeFileSync(xlsx, await buildWorkbook(sampleFiling(), getTemplate('shanxi-2022')));
    const out = join(dir, 'out.jsgk');
    const r = await run('import', xlsx, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已读入 14 张表');
    expect(r.out).toContain('公开06表 一般公共预算财政拨款支出决算明细表');
    expect(r.out).toContain('项目支出绩效自评表“政府投资信息化项目管理费”：工作表“自评表3-政府投资信息化项目管理费”，读入 12 项指标、3 名评价人员');
    expect(r.out).not.toContain('跳过');
    const parsed = parseFiling(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.filing.meta.department).toBe('阳泉市大数据应用局');
      expect(parsed.filing.evaluations).toEqual(sampleFiling().evaluations);
    }
  });

  it('refuses without --out, and a file that is not a workbook, with exit 2', async () => {
    const noOut = await run('import', join(dir, 'in.xlsx'));
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out');
    const txt = join(dir, 'notes.xlsx');
    writeFileSync(txt, '这不是工作簿');
    const bad = await run('import', txt, '--out', join(dir, 'x.jsgk'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不是 Excel 工作簿');
  });
});

describe('export command', () => {
  it('writes the workbook alone when only --xlsx is given', async () => {
    const file = join(dir, 'sample.jsgk');
    writeFileSync(file, serializeFiling(sampleFiling()));
    const r = await run('export', file, '--xlsx', join(dir, 'only.xlsx'));
    // Written, but a draft: the sample's two 强制 errors stand.
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain('审核未通过：强制 2 条');
    expect(r.out).toContain('已导出 Excel');
    expect(r.out).not.toContain('PDF');
    expect(readFileSync(join(dir, 'only.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('says which file it cannot read', async () => {
    const r = await run('export', join(dir, 'missing.jsgk'), '--xlsx', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
  });
});
