// A desk checker thread (pool.ts starts a few): reads each .jsgk it is sent, checks it and posts back its
// row, findings and 未核对 — plain data, so only the answer crosses threads, never the filing. Jobs are
// checked one after another in the order sent.
import { parentPort } from 'node:worker_threads';
import type { CheckOptions, DeskChecked } from './read';
import { SYNC_CALLS, checkOne, readJsgkBytes } from './read';

export interface DeskJob {
  id: number;
  path: string;
  display: string;
  options: CheckOptions;
}

export type DeskWorkerMessage = { ready: true } | { id: number; checked: DeskChecked };

const port = parentPort;
if (!port) throw new Error('desk-worker runs only as a worker thread');

const queue: { job: DeskJob; bytes: ReturnType<typeof readJsgkBytes> }[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const checked = await checkOne(next.job.path, next.job.display, next.job.options, next.bytes);
    port?.postMessage({ id: next.job.id, checked } satisfies DeskWorkerMessage);
  }
  running = false;
}

port.on('message', (job: DeskJob) => {
  // Read at once, synchronously: this thread has nothing else to do meanwhile.
  queue.push({ job, bytes: readJsgkBytes(job.path, SYNC_CALLS) });
  if (!running) void drain();
});
port.postMessage({ ready: true } satisfies DeskWorkerMessage);
