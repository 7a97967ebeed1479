// A long export as a job: the host passes an AbortSignal (the clerk pressed 取消) and a progress callback
// (the dialog shows the stage). Output goes to a temporary file beside the target and is renamed into place
// only when complete, so a cancelled or failed export never leaves a half-written file at the target path.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { STALE_TEMP_MS, cleanLeftovers } from '../files/file-store';
import { nodeFileSystem } from '../files/fs-adapter';

export interface ExportJob {
  signal?: AbortSignal;
  /** The stage the clerk sees (生成排版, 第一遍排版, …) and the share done so far (0–100) where known. */
  onProgress?: (stage: string, percent: number | null) => void;
}

/** Thrown when the job's signal fired; the export functions turn it into a 'cancelled' result. */
export class ExportCancelled extends Error {
  constructor() {
    super('已取消');
    this.name = 'ExportCancelled';
  }
}

export const CANCELLED_MESSAGE = '已取消导出，没有生成文件。';

export function throwIfCancelled(job: ExportJob | undefined): void {
  if (job?.signal?.aborted) throw new ExportCancelled();
}

export function report(job: ExportJob | undefined, stage: string, percent: number | null): void {
  throwIfCancelled(job);
  try {
    job?.onProgress?.(stage, percent);
  } catch {
    // A broken progress listener must not break the export itself.
  }
}

/** Whether a failure is the cancellation (directly, or a Chromium call that failed because we closed it). */
export function isCancelled(e: unknown, job: ExportJob | undefined): boolean {
  return e instanceof ExportCancelled || job?.signal?.aborted === true;
}

/** Writes `data` to `path` through a temporary file in the same folder, renamed only when complete. */
export async function writeFileComplete(path: string, data: string | Buffer, job?: ExportJob): Promise<void> {
  throwIfCancelled(job);
  // Exports killed mid-way (a crash, a power cut) left their .part files: the old ones go now.
  await cleanLeftovers(nodeFileSystem, dirname(path), basename(path), STALE_TEMP_MS);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await writeFile(temp, data);
    throwIfCancelled(job);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
