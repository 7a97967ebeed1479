// Imports an .xlsx workbook from disk as untrusted input. The host side reads the file (regular files only,
// size checked on the opened handle) and hands the bytes to a worker thread (import-worker.ts) with a
// capped heap and a hard time limit: a workbook that makes the parser run away is terminated, and the
// host (the browser host's server, Electron's main process) keeps answering meanwhile.
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportResult } from '../../shared/host-api';
import { spreadsheetFormatProblem } from '../../shared/io/xlsx/file-format';
import { errorCode, readRegularFile } from '../files/fs-adapter';
import { workerStart, workerUrl } from '../worker-start';
import { IMPORT_LIMITS } from './import-limits';

export { IMPORT_LIMITS, checkZip } from './import-limits';

export interface ImportOptions {
  /** Skip the range scan (tests only: shows the worker's limits stop a runaway parse on their own). */
  prescan?: boolean;
  /** Overrides for tests: the hard time limit and the worker's heap. */
  timeMs?: number;
  heapMb?: number;
}

/** The import worker's file (import-worker.ts in the source, import-worker.js/.mjs beside a built bundle). */
export function importWorkerUrl(base: string = import.meta.url): URL {
  return workerUrl('import-worker', base, '导入程序的组件');
}

function runWorker(bytes: Buffer, name: string, options: ImportOptions): Promise<ImportResult> {
  const timeMs = options.timeMs ?? IMPORT_LIMITS.timeMs;
  const heapMb = options.heapMb ?? IMPORT_LIMITS.heapMb;
  const start = workerStart(importWorkerUrl());
  return new Promise((resolveResult) => {
    const worker = new Worker(start.script, {
      eval: start.eval,
      workerData: { bytes, name, options: { prescan: options.prescan } },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const done = (r: ImportResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // A worker deep in a last-resort garbage collection takes seconds to stop: do not let it hold the
      // process (the CLI) open once the answer is given.
      worker.unref();
      void worker.terminate();
      resolveResult(r);
    };
    // A hard limit: terminate() stops the thread even inside a synchronous loop of the parser.
    const timer = setTimeout(() => done({ ok: false, message: `读取“${name}”超过 ${Math.round(timeMs / 1000)} 秒，已停止；文件可能过大或已损坏` }), timeMs);
    worker.on('message', (m: { result?: ImportResult; failed?: string }) => {
      if (m.result) done(m.result);
      else done({ ok: false, message: `无法导入“${name}”：文件已损坏或不是 xlsx 工作簿，请在 Excel/WPS 中打开并另存为 .xlsx 后再试` });
    });
    worker.on('error', (e: Error) => {
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      done({
        ok: false,
        message: oom
          ? `读取“${name}”所需的内存超过上限，已停止；这不像是公开表的工作簿，文件可能已损坏或被改动过`
          : `无法导入“${name}”：文件已损坏或不是 xlsx 工作簿，请在 Excel/WPS 中打开并另存为 .xlsx 后再试`,
      });
    });
    worker.on('exit', () => done({ ok: false, message: `无法导入“${name}”：读取程序意外停止，文件可能已损坏` }));
  });
}

/** Imports an official-layout workbook. Never throws: a refusal says what is wrong and what to do. */
export async function importXlsxFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, IMPORT_LIMITS.fileBytes);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT') return { ok: false, message: `找不到文件“${path}”` };
    if (code === 'EISDIR') return { ok: false, message: `“${name}”是一个文件夹，不是文件` };
    if (code === 'ENOTREG') return { ok: false, message: `“${name}”不是普通文件（可能是设备、管道或指向它们的链接），不予读取` };
    if (code === 'EFBIG') return { ok: false, message: `“${name}”超过 ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB 的导入上限；请只保留公开表后再导入` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `没有读取“${name}”的权限` };
    return { ok: false, message: `无法读取“${name}”（${code ?? '未知错误'}）` };
  }
  // A file that is not an .xlsx is named for what it is (.ods, .xls, PDF), with how to convert it.
  const formatProblem = spreadsheetFormatProblem(bytes);
  if (formatProblem) return { ok: false, message: `无法导入“${name}”：${formatProblem}` };
  return runWorker(bytes, name, options);
}
