// A desk checker thread that dies, as a thread killed by a hostile file would, when sent a file whose name
// contains "崩溃": the real worker (imported first, unchanged) takes the job, and this exits before it can
// answer. Used by desk-pool.test.ts to show a dead thread costs only that file's row.
import { parentPort } from 'node:worker_threads';

await import('../../src/node/desk/desk-worker');
parentPort?.on('message', (job: { path: string }) => {
  if (job.path.includes('崩溃')) process.exit(70);
});
