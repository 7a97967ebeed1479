// The desk's checks spread over a few worker threads (desk-worker.ts), so a folder of hundreds of .jsgk
// filings is checked on every core of the one process. Rows come out in the walk's order, whatever order
// the threads finish in; at most a few files per thread are in flight, so memory stays bounded by the
// largest filing, not the folder. A thread that dies (out of memory on a hostile file, say) costs that
// file's row, which says so (its files are sent again one at a time to find which); the thread is
// replaced and the other files go on. A thread that cannot even
// start (a missing bundle file) makes the run fall back to checking in this thread, as for a small folder.
// Workbooks and published PDFs/texts are checked here, one at a time: their readers run in workers of
// their own already.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerStart, workerUrl } from '../worker-start';
import type { DeskJob, DeskWorkerMessage } from './desk-worker';
import type { CheckOptions, DeskChecked } from './read';
import { checkEntries, checkOne, failed, isJsgk } from './read';
import type { WalkEntry } from './walk';

export interface PoolOptions {
  /** Threads; default min(cores, 4). Below 2 the run stays in this thread. */
  size?: number;
  /** Fewer .jsgk files than this are checked in this thread (starting threads costs more). Default: see minFilesFor. */
  minFiles?: number;
  /** Each thread's heap limit, MB. Default 512: a filing is at most 20 MB of text, and V8 can abort the
   * whole process when a thread near its limit is torn down, so the limit is far above any filing's need. */
  heapMb?: number;
  /** The thread's entry (tests: a worker that dies on a given file). Default desk-worker beside this module. */
  worker?: URL;
}

/** Files sent to one thread ahead of its answers: the next one's bytes are read while one is checked. */
const PER_THREAD = 2;

export const defaultPoolSize = (): number => Math.min(availableParallelism(), 4);

let live = 0;
/** Checker threads running now, in every pool (a finished or cancelled run leaves none). */
export const liveDeskThreads = (): number => live;

/**
 * Below this many .jsgk files a run stays in this thread: a bundled thread takes a few tenths of a second
 * to start, and from the sources (the browser host, tests: each thread transpiles the checker through tsx)
 * about two seconds. Measured with scripts/bench-desk.ts; see the README.
 */
export const minFilesFor = (entry: URL): number => (entry.pathname.endsWith('.ts') ? 1000 : 100);

const crashed = (display: string, why: string): DeskChecked =>
  failed(display, `审核此文件时审核线程意外停止（${why}）；文件可能已损坏或过大，其余文件照常审核`);

interface Pending {
  job: DeskJob;
  resolve: (c: DeskChecked) => void;
  /** Sent again, alone, after a thread it was on died. */
  resent: boolean;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** In the order sent: the thread checks them in that order, so the first is the one being checked. */
  inFlight: Pending[];
}

class DeskPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when a thread died before it was ready: everything left is checked in this thread. */
  private broken = false;

  constructor(
    size: number,
    private readonly heapMb: number,
    private readonly entry: URL,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  check(path: string, display: string, options: CheckOptions): Promise<DeskChecked> {
    if (this.broken) return checkOne(path, display, options);
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, path, display, options }, resolve, resent: false });
      this.assign();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.threads];
    this.threads.clear();
    await Promise.all(all.map((t) => new Promise((done) => {
      t.worker.once('exit', done);
      void t.worker.terminate();
    })));
  }

  private spawn(): void {
    const start = workerStart(this.entry);
    const worker = new Worker(start.script, {
      eval: start.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const thread: Thread = { worker, ready: false, inFlight: [] };
    live++;
    worker.once('exit', () => live--);
    this.threads.add(thread);
    worker.on('message', (m: DeskWorkerMessage) => {
      if ('ready' in m) {
        thread.ready = true;
      } else {
        const i = thread.inFlight.findIndex((p) => p.job.id === m.id);
        if (i >= 0) thread.inFlight.splice(i, 1)[0].resolve(m.checked);
      }
      this.assign();
    });
    let gone = false;
    const died = (why: string): void => {
      if (gone) return;
      gone = true;
      this.threads.delete(thread);
      if (this.closed) return;
      void worker.terminate();
      this.onDeath(thread, why);
    };
    worker.on('error', (e: Error) => died((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? '所需内存超过上限' : e.message));
    worker.on('exit', (code) => died(`退出码 ${code}`));
  }

  private onDeath(thread: Thread, why: string): void {
    if (!thread.ready) {
      // It never started (a missing or broken bundle): no file is to blame. Check what is left here.
      this.broken = true;
      for (const p of [...thread.inFlight, ...this.queue.splice(0)]) void checkOne(p.job.path, p.job.display, p.job.options).then(p.resolve);
      return;
    }
    // Which of its files killed it is not known (the next file is read while one is checked): each is sent
    // again, alone on a thread; a file that kills a thread while alone on it is the one, and is answered so.
    const again: Pending[] = [];
    for (const p of thread.inFlight) {
      if (p.resent) p.resolve(crashed(p.job.display, why));
      else again.push({ ...p, resent: true });
    }
    this.queue.unshift(...again);
    this.spawn();
    this.assign();
  }

  private assign(): void {
    if (this.broken) return;
    for (const t of this.threads) {
      while (this.queue.length > 0 && t.inFlight.length < PER_THREAD) {
        // A file sent again goes alone, so that if it kills the thread it alone is blamed.
        if (t.inFlight.some((p) => p.resent) || (this.queue[0].resent && t.inFlight.length > 0)) break;
        const p = this.queue.shift() as Pending;
        t.inFlight.push(p);
        t.worker.postMessage(p.job);
      }
    }
  }
}

/**
 * Checks the entries as checkEntries does (same rows, same order), on a pool of threads when there are
 * enough .jsgk files to be worth it. With `detail` (a 检查表 per filing: the filing itself is kept) the
 * run stays in this thread.
 */
export async function* checkEntriesPooled(
  entries: readonly WalkEntry[],
  displayOf: (e: WalkEntry) => string,
  options: CheckOptions = {},
  signal?: AbortSignal,
  pool: PoolOptions = {},
): AsyncGenerator<DeskChecked> {
  const size = pool.size ?? defaultPoolSize();
  let entry: URL | null = pool.worker ?? null;
  try {
    entry ??= workerUrl('desk-worker', import.meta.url, '审核程序的组件');
  } catch {
    // No worker file beside the bundle: the same checks, in this thread.
  }
  const jsgk = entries.filter((e) => !('error' in e) && isJsgk(e.path)).length;
  if (!entry || options.detail || size < 2 || jsgk < (pool.minFiles ?? minFilesFor(entry))) {
    yield* checkEntries(entries, displayOf, options, signal);
    return;
  }
  const threads = new DeskPool(size, pool.heapMb ?? 512, entry);
  // Other files one at a time, in order, here (each is a whole workbook or PDF).
  let others: Promise<unknown> = Promise.resolve();
  const dispatch = (e: WalkEntry): Promise<DeskChecked> => {
    const display = displayOf(e);
    if ('error' in e) return Promise.resolve(failed(display, e.error));
    if (isJsgk(e.path)) return threads.check(e.path, display, options);
    const mine = others.then(() => checkOne(e.path, display, options));
    others = mine.catch(() => undefined);
    return mine;
  };
  const ahead: Promise<DeskChecked>[] = [];
  const window = size * PER_THREAD * 2;
  let next = 0;
  try {
    for (;;) {
      while (next < entries.length && ahead.length < window) ahead.push(dispatch(entries[next++]));
      const first = ahead.shift();
      if (!first || signal?.aborted) return;
      yield await first;
    }
  } finally {
    await threads.close();
  }
}
