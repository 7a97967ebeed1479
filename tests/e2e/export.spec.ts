// The export journey from the command line, as a clerk's administrator scripts it: write the sample,
// export the workbook and the PDF, import the workbook back, and try to package (refused while the
// seed's own errors stand). The in-app export buttons drive the same functions through the host.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/global-setup';

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync('npx', ['tsx', 'src/node/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test('export, import and package the sample from the command line', async () => {
  test.setTimeout(300_000);
  test.skip(!existsSync(process.env.JUESUAN_CHROMIUM ?? '/usr/bin/chromium'), '没有 Chromium，无法生成 PDF');
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-e2e-export-'));
  const file = join(dir, 'sample.jsgk');
  expect(cli('sample', '--out', file).code).toBe(0);

  const exp = cli('export', file, '--xlsx', join(dir, 'out.xlsx'), '--pdf', join(dir, 'out.pdf'));
  // The sample's two 强制 errors stand: both files are written, marked as drafts, and the exit code says so.
  expect(exp.code, exp.err).toBe(1);
  expect(exp.err).toContain('审核未通过：强制 2 条');
  expect(exp.out).toContain('已导出 Excel');
  expect(exp.out).toContain('已导出 PDF');
  expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  expect(statSync(join(dir, 'out.xlsx')).size).toBeGreaterThan(10_000);

  const imp = cli('import', join(dir, 'out.xlsx'), '--out', join(dir, 'back.jsgk'));
  expect(imp.code, imp.err).toBe(0);
  expect(imp.out).toContain('已读入 14 张表'); // ten 公开表 and the four 自评表
  const back = JSON.parse(readFileSync(join(dir, 'back.jsgk'), 'utf8')) as { tables: Record<string, unknown> };
  expect(Object.keys(back.tables)).toEqual(expect.arrayContaining(['T01', 'T02', 'T06', 'T10']));

  const pkg = cli('package', file, '--out', join(dir, 'pkg'));
  expect(pkg.code).toBe(1);
  expect(pkg.err).toContain('不能生成报送包');
  expect(pkg.err).toContain('强制');
  expect(existsSync(join(dir, 'pkg'))).toBe(false);

  const bad = cli('export', file);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--xlsx 或 --pdf');
});
