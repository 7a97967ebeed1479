// The CLI as a user runs it: `npm run -s juesuan` runs scripts/juesuan.mjs, which runs the bundle in
// out/cli (building it first when missing or stale, as on a fresh clone). `check` loads neither the Excel
// writer (exceljs) nor the PDF engine (playwright-core); `import` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-bundle-'));
const samplePath = join(dir, '示例.jsgk');
writeFileSync(samplePath, serializeFiling(sampleFiling()));

function cli(...args: string[]): { code: number | null; out: string; err: string; packages: string[] } {
  const r = spawnSync(process.execPath, ['--import', './tests/support/loaded-packages.mjs', 'scripts/juesuan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  const line = /^loaded-packages: (.*)$/m.exec(r.stderr)?.[1] ?? '';
  return { code: r.status, out: r.stdout, err: r.stderr, packages: line ? line.split(',') : [] };
}

describe('the bundled CLI', () => {
  it('checks the sample (exit 1 for its 强制 errors) without loading exceljs or playwright-core', () => {
    const r = cli('check', samplePath);
    expect(r.code).toBe(1);
    expect(r.out).toContain('2 个错误，2 个提示');
    expect(r.packages).not.toContain('exceljs');
    expect(r.packages).not.toContain('playwright-core');
  });

  it('loads the Excel reader for import, and says in Chinese when the workbook is missing (exit 2)', () => {
    const r = cli('import', join(dir, '没有.xlsx'), '--out', join(dir, 'r.jsgk'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
    expect(r.packages).toContain('exceljs');
  });
});
