// Reads a published disclosure from disk as untrusted input: a PDF (its text layer, parsed by pdfjs in
// a worker thread with a memory cap and a time limit) or text extracted from one. Never throws: a
// refusal is one line saying why.
import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { docFromItems } from '../../shared/published/doc-from-items';
import { docFromText } from '../../shared/published/doc-from-text';
import type { PageRule, PublishedDoc, TextItem } from '../../shared/published/types';
import { workerUrl } from '../worker-start';

export const PUBLISHED_LIMITS = {
  pdfBytes: 50 * 1024 * 1024,
  textBytes: 5 * 1024 * 1024,
  pages: 400,
  items: 400_000,
  /** Table rules kept from the pages of the 自评表 forms. */
  rules: 200_000,
  timeMs: 60_000,
  workerHeapMb: 384,
};

export type PublishedRead = { ok: true; doc: PublishedDoc } | { ok: false; message: string };

export function isPublishedPath(path: string): boolean {
  return /\.(pdf|txt)$/i.test(path);
}

interface WorkerAnswer {
  ok: boolean;
  reason?: 'encrypted' | 'invalid' | 'pages' | 'items' | 'limit';
  detail?: string;
  pages?: number;
  pageHeights?: number[];
  items?: TextItem[];
  rules?: PageRule[];
}

function runWorker(data: Uint8Array, name: string): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(workerUrl('pdf-worker', import.meta.url, '读取 PDF 的组件'), {
      workerData: { data, maxPages: PUBLISHED_LIMITS.pages, maxItems: PUBLISHED_LIMITS.items, maxRules: PUBLISHED_LIMITS.rules },
      resourceLimits: { maxOldGenerationSizeMb: PUBLISHED_LIMITS.workerHeapMb },
      transferList: [data.buffer as ArrayBuffer],
    });
    let settled = false;
    const done = (a: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(a);
    };
    const timer = setTimeout(() => done({ ok: false, reason: 'limit', detail: `超过 ${PUBLISHED_LIMITS.timeMs / 1000} 秒仍未读完，已停止` }), PUBLISHED_LIMITS.timeMs);
    worker.on('message', (m: WorkerAnswer) => done(m));
    worker.on('error', (e) => done(/memory|heap/i.test(String(e)) ? { ok: false, reason: 'limit', detail: `解析时内存超过 ${PUBLISHED_LIMITS.workerHeapMb} MB 的上限，已停止` } : { ok: false, reason: 'invalid', detail: String(e.message).slice(0, 120) }));
    worker.on('exit', () => done({ ok: false, reason: 'invalid', detail: `解析“${name}”时中止` }));
  });
}

async function head(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function readPublished(path: string): Promise<PublishedRead> {
  const name = path.split(/[\\/]/).pop() ?? path;
  try {
    const st = await stat(path);
    if (!st.isFile()) return { ok: false, message: `“${name}”不是文件` };
    const start = await head(path, 1024);
    const isPdf = start.includes('%PDF-');
    if (isPdf) {
      if (st.size > PUBLISHED_LIMITS.pdfBytes) return { ok: false, message: `“${name}”有 ${(st.size / 1024 / 1024).toFixed(0)} MB，超过 ${PUBLISHED_LIMITS.pdfBytes / 1024 / 1024} MB 的上限，未读取` };
      const { readFile } = await import('node:fs/promises');
      const bytes = new Uint8Array(await readFile(path));
      const a = await runWorker(bytes, name);
      if (!a.ok) {
        if (a.reason === 'encrypted') return { ok: false, message: `“${name}”已加密（需要密码才能打开），无法读取其文字` };
        if (a.reason === 'pages') return { ok: false, message: `“${name}”有 ${a.pages} 页，超过 ${PUBLISHED_LIMITS.pages} 页的上限，未读取` };
        if (a.reason === 'items') return { ok: false, message: `“${name}”的文字过多，超过读取上限，未读取` };
        if (a.reason === 'limit') return { ok: false, message: `读取“${name}”时${a.detail}；文件可能过大或已损坏` };
        return { ok: false, message: `“${name}”不是有效的 PDF 或已损坏${a.detail ? `（${a.detail}）` : ''}` };
      }
      const items = a.items ?? [];
      const chars = items.reduce((n, it) => n + it.str.trim().length, 0);
      if (chars < 20 * Math.max(1, a.pages ?? 1) && chars < 200) return { ok: false, message: `“${name}”没有文字层（可能是扫描件），无法读取；请提供带文字的 PDF` };
      return { ok: true, doc: docFromItems(items, a.pages ?? 0, a.pageHeights ?? [], a.rules ?? []) };
    }
    if (!/\.txt$/i.test(name)) return { ok: false, message: `“${name}”不是 PDF 文件` };
    if (st.size > PUBLISHED_LIMITS.textBytes) return { ok: false, message: `“${name}”有 ${(st.size / 1024 / 1024).toFixed(0)} MB，超过 ${PUBLISHED_LIMITS.textBytes / 1024 / 1024} MB 的文本上限，未读取` };
    if (start.includes(0)) return { ok: false, message: `“${name}”不是文本文件` };
    const { readFile } = await import('node:fs/promises');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
    return { ok: true, doc: docFromText(text) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { ok: false, message: `找不到文件“${path}”` };
    if (code === 'EACCES') return { ok: false, message: `没有读取“${name}”的权限` };
    if (e instanceof TypeError) return { ok: false, message: `“${name}”不是 UTF-8 文本` };
    return { ok: false, message: `无法读取“${name}”：${(e instanceof Error ? e.message : String(e)).slice(0, 80)}` };
  }
}
