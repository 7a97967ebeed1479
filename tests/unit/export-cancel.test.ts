// A long export cancelled by the clerk: the Chromium render stops at once, the answer is 'cancelled', and
// nothing is left at the target (nor a temporary file beside it); an existing file there is untouched. Left
// alone, the same export reports its stages in order and writes the file. The host's job table keeps jobs
// per caller: one tab can neither see nor cancel another's export.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf, exportXlsx } from '../../src/node/export/index';
import { writeFileComplete, ExportCancelled } from '../../src/node/export/job';
import { writePackage } from '../../src/node/export/package';
import type { PdfRenderer } from '../../src/node/export/pdf-writer';
import { CHROMIUM_PATH } from '../../src/node/export/pdf-writer';
import { ExportJobs } from '../../src/node/services/export-jobs';
import { evaluateAll } from '../../src/shared/rules/engine';
import type { Filing } from '../../src/shared/filing/types';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

const fresh = () => mkdtempSync(join(tmpdir(), 'juesuan-cancel-'));

/** The sample with its 强制 error corrected and every 提示 explained, so a package may be made. */
function packageable(): Filing {
  const f = sampleFiling();
  f.tables.T02['2120899'] = { 2: '18877239.00' };
  delete f.stated.T02;
  for (const w of evaluateAll(f, getTemplate(f.template)).filter((x) => x.severity === 'warning')) f.explanations[w.key] = '已核实。';
  return f;
}

describe.skipIf(!existsSync(CHROMIUM_PATH))('exportPdf with a job', () => {
  it('cancelled during the Chromium render: answers cancelled quickly and leaves no file', async () => {
    const dir = fresh();
    const target = join(dir, 'out.pdf');
    const controller = new AbortController();
    const stages: string[] = [];
    let abortedAt = 0;
    const r = await exportPdf(
      { filing: sampleFiling(), path: target },
      {
        signal: controller.signal,
        onProgress: (stage) => {
          stages.push(stage);
          // Abort while Chromium is busy with the first pass, not between steps.
          if (stage === '第一遍排版')
            setTimeout(() => {
              abortedAt = Date.now();
              controller.abort();
            }, 300);
        },
      },
    );
    expect(r).toEqual({ ok: false, code: 'cancelled', message: '已取消导出，没有生成文件。' });
    expect(Date.now() - abortedAt).toBeLessThan(5_000);
    expect(stages).not.toContain('写入文件');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);

  it('already cancelled before it starts: launches nothing and writes nothing', async () => {
    const dir = fresh();
    const controller = new AbortController();
    controller.abort();
    const r = await exportPdf({ filing: sampleFiling(), path: join(dir, 'out.pdf') }, { signal: controller.signal });
    expect(r.ok === false && r.code).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('left alone: reports every stage in order, with rising shares, and writes the PDF', async () => {
    const dir = fresh();
    const target = join(dir, 'out.pdf');
    const seen: Array<[string, number | null]> = [];
    const r = await exportPdf({ filing: sampleFiling(), path: target }, { signal: new AbortController().signal, onProgress: (s, p) => seen.push([s, p]) });
    expect(r.ok).toBe(true);
    expect([...new Set(seen.map(([s]) => s))]).toEqual(['启动排版引擎', '生成排版', '第一遍排版', '编排目录页码', '写入文件']);
    const shares = seen.map(([, p]) => p ?? 0);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  }, 120_000);
});

describe('exportXlsx and the complete-file write', () => {
  it('a cancelled export keeps the file that was already at the target, unchanged', async () => {
    const dir = fresh();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'earlier export');
    const controller = new AbortController();
    const r = await exportXlsx({ filing: sampleFiling(), path: target }, { signal: controller.signal, onProgress: (s) => s === '写入文件' && controller.abort() });
    expect(r.ok === false && r.code).toBe('cancelled');
    expect(readFileSync(target, 'utf8')).toBe('earlier export');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('not cancelled: replaces the file', async () => {
    const dir = fresh();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'earlier export');
    const r = await exportXlsx({ filing: sampleFiling(), path: target }, { signal: new AbortController().signal });
    expect(r.ok).toBe(true);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a write that fails leaves neither the file nor its temporary copy', async () => {
    const dir = fresh();
    await expect(writeFileComplete(join(dir, 'missing', 'out.pdf'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writePackage with a job', () => {
  /** A renderer that works until cancelled, as Chromium does. */
  const slowRenderer: PdfRenderer = {
    render: (_input, job) =>
      new Promise((_resolve, reject) => {
        job?.onProgress?.('第一遍排版', 20);
        job?.signal?.addEventListener('abort', () => reject(new ExportCancelled()), { once: true });
      }),
    renderHtml: async () => Buffer.from('%PDF-'),
    close: async () => undefined,
  };

  it('cancelled halfway: removes what it wrote and the folder it made', async () => {
    const dir = fresh();
    const outDir = join(dir, '报送包');
    const controller = new AbortController();
    const job = { signal: controller.signal, onProgress: (s: string) => s === '第一遍排版' && setTimeout(() => controller.abort(), 50) };
    const r = await writePackage({ filing: packageable(), path: null, outDir }, slowRenderer, job);
    expect(r.ok === false && r.code).toBe('cancelled');
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelled in a folder that already existed: removes only its own files', async () => {
    const dir = fresh();
    writeFileSync(join(dir, '其他.txt'), 'keep');
    const controller = new AbortController();
    const job = { signal: controller.signal, onProgress: (s: string) => s === '第一遍排版' && setTimeout(() => controller.abort(), 50) };
    const r = await writePackage({ filing: packageable(), path: null, outDir: dir }, slowRenderer, job);
    expect(r.ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['其他.txt']);
  });
});

describe('ExportJobs (the host side of progress and 取消)', () => {
  it('shows the running stage to its caller only, and only its caller can cancel it', async () => {
    const jobs = new ExportJobs();
    let release: () => void = () => undefined;
    const running = jobs.run(
      'tab-a',
      'job-0001',
      (job) =>
        new Promise<{ ok: boolean; code?: string }>((resolve) => {
          job?.onProgress?.('第一遍排版', 20);
          job?.signal?.addEventListener('abort', () => resolve({ ok: false, code: 'cancelled' }));
          release = () => resolve({ ok: true });
        }),
      (r) => (r.ok ? 'done' : r.code === 'cancelled' ? 'cancelled' : 'failed'),
    );
    expect(jobs.progress('tab-a', 'job-0001')).toEqual({ stage: '第一遍排版', percent: 20, state: 'running' });
    expect(jobs.progress('tab-b', 'job-0001')).toBeNull();
    expect(jobs.cancel('tab-b', 'job-0001')).toBe(false);
    expect(jobs.isRunning('tab-a', 'job-0001')).toBe(true);
    expect(jobs.cancel('tab-a', 'job-0001')).toBe(true);
    await expect(running).resolves.toEqual({ ok: false, code: 'cancelled' });
    expect(jobs.progress('tab-a', 'job-0001')).toMatchObject({ stage: '已取消', state: 'cancelled' });
    release();
  });

  it('a cancel that arrives before its export call still stops it', async () => {
    const jobs = new ExportJobs();
    expect(jobs.cancel('tab-a', 'job-0002')).toBe(false);
    const r = await jobs.run('tab-a', 'job-0002', async (job) => ({ ok: !job?.signal?.aborted }), (x) => (x.ok ? 'done' : 'cancelled'));
    expect(r.ok).toBe(false);
  });

  it('a finished job reads as done, 100%', async () => {
    const jobs = new ExportJobs();
    await jobs.run('tab-a', 'job-0003', async () => ({ ok: true }), () => 'done');
    expect(jobs.progress('tab-a', 'job-0003')).toEqual({ stage: '完成', percent: 100, state: 'done' });
  });
});
