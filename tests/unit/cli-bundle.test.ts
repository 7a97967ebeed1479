// The CLI as a user runs it: `npm run -s juesuan` runs scripts/juesuan.mjs, which runs the bundle in
// out/cli (building it first when missing or stale, as on a fresh clone). `check` loads neither the Excel
// writer (exceljs) nor the PDF engine (playwright-core); `import` does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-bundle-'));
const samplePath = join(dir, '示例.jsgk');
writeFileSync(samplePath, serializeFiling(sampleFiling()));

function cli(...args: string[]): { code: number | null; out: string; err: string; packages: string[]; workers: string[] } {
  const r = spawnSync(process.execPath, ['--import', './tests/support/loaded-packages.mjs', 'scripts/juesuan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  const line = /^loaded-packages: (.*)$/m.exec(r.stderr)?.[1] ?? '';
  const workers = /^started-workers: (.*)$/m.exec(r.stderr)?.[1] ?? '';
  return { code: r.status, out: r.stdout, err: r.stderr, packages: line ? line.split(',') : [], workers: workers ? workers.split(',') : [] };
}

describe('the bundled CLI', () => {
  it('checks the sample (exit 1 for its 强制 errors) without loading exceljs or playwright-core', () => {
    const r = cli('check', samplePath);
    expect(r.code).toBe(1);
    expect(r.out).toContain('2 个错误，2 个提示');
    expect(r.packages).not.toContain('exceljs');
    expect(r.packages).not.toContain('playwright-core');
    expect(r.workers).toEqual([]);
  });

  it('loads the Excel reader for import, and says in Chinese when the workbook is missing (exit 2)', () => {
    const r = cli('import', join(dir, '没有.xlsx'), '--out', join(dir, 'r.jsgk'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件');
    expect(r.packages).toContain('exceljs');
  });

  it('imports a workbook through the bundle: its import worker ships beside it', async () => {
    const { buildWorkbook } = await import('../../src/node/export/xlsx-writer');
    const { getTemplate } = await import('../../src/shared/templates/registry');
    const xlsx = join(dir, '公开表.xlsx');
    writeFileSync(xlsx, await buildWorkbook(sampleFiling(), getTemplate('shanxi-2022')));
    const r = cli('import', xlsx, '--out', join(dir, 'back.jsgk'));
    // The bundled import worker was started, and no error named it (a missing one is "找不到导入程序的组件").
    expect(r.workers).toEqual(['import-worker.mjs']);
    expect(r.err).not.toContain('组件');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已读入 14 张表');
  }, 60_000);

  it('checks a folder of 120 on its checker threads: the desk worker ships beside it and answers as the desk does', async () => {
    const folder = join(dir, '收件箱');
    mkdirSync(folder);
    const base = sampleFiling();
    for (let i = 0; i < 120; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.jsgk`), serializeFiling({ ...base, meta: { ...base.meta, department: `单位${i}` } }));
    const r = cli('check', folder);
    expect(r.err).not.toContain('组件');
    expect(r.code, r.err).toBe(1);
    const rows = r.out.split('\n').filter((l) => /\.jsgk（/.test(l));
    expect(rows.map((l) => l.slice(folder.length + 1, folder.length + 4))).toEqual(Array.from({ length: 120 }, (_, i) => String(i).padStart(3, '0')));
    expect(rows.every((l) => l.includes('未通过　强制 2，提示 2'))).toBe(true);
    expect(r.out).toContain('共 120 个文件：通过 0，待说明 0，未通过 120，无法读取 0');
    // On threads: the bundled checker, once per thread (min(cores, 4), at least 2 here).
    expect(r.workers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(r.workers)).toEqual(new Set(['desk-worker.mjs']));
    // The bundled worker itself, started as the pool starts it, answers a file as the desk in this thread does.
    const bundled = resolve('out/cli/desk-worker.mjs');
    expect(existsSync(bundled)).toBe(true);
    const { checkOne } = await import('../../src/node/desk/read');
    const path = join(folder, '007.jsgk');
    const answer = await new Promise<unknown>((done, fail) => {
      const w = new Worker(bundled);
      w.on('error', fail);
      w.on('message', (m: { ready?: true; checked?: unknown }) => {
        if (m.ready) w.postMessage({ id: 1, path, display: path, options: {} });
        else void w.terminate().then(() => done(m.checked));
      });
    });
    expect(answer).toEqual(await checkOne(path, path));
  }, 60_000);
});
