// The import worker's entry: parses one workbook's bytes and posts the ImportResult back. It runs in a
// worker_threads Worker with a capped heap and a hard time limit (import-xlsx.ts), so a workbook that
// makes exceljs run away costs this thread, never the host: the host terminates it and answers meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportResult } from '../../shared/host-api';
import type { ReadOptions } from './xlsx-read';
import { readWorkbookBytes } from './xlsx-read';

interface Job {
  bytes: Uint8Array;
  name: string;
  options: ReadOptions;
}

const job = workerData as Job;
readWorkbookBytes(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.name, job.options).then(
  (result: ImportResult) => parentPort?.postMessage({ result }),
  (e: unknown) => parentPort?.postMessage({ failed: e instanceof Error ? e.message : String(e) }),
);
