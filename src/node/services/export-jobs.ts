// Running exports by (caller, jobId): the export call registers its job, the progress dialog polls it and
// 取消 aborts it. Jobs are per caller, so one window or tab can neither see nor cancel another's export.
import type { ExportProgress } from '../../shared/host-api';
import type { ExportJob } from '../export/job';

interface Entry {
  controller: AbortController;
  progress: ExportProgress;
}

/** How long a finished job's last state stays readable (the dialog's last poll), and a early cancel waits. */
const KEEP_MS = 60_000;

export class ExportJobs {
  private readonly jobs = new Map<string, Entry>();
  /** Cancels that arrived before their export call did (the two travel separately). */
  private readonly early = new Set<string>();

  private key(holder: string, jobId: string): string {
    return `${holder}\u0000${jobId}`;
  }

  private later(fn: () => void): void {
    setTimeout(fn, KEEP_MS).unref?.();
  }

  isRunning(holder: string, jobId: string): boolean {
    return this.jobs.get(this.key(holder, jobId))?.progress.state === 'running';
  }

  /** Runs `work` as the job `jobId` (or plainly, without one); `state` says how its result ended. */
  async run<T>(holder: string, jobId: string | undefined, work: (job?: ExportJob) => Promise<T>, state: (result: T) => ExportProgress['state']): Promise<T> {
    if (jobId === undefined) return work();
    const key = this.key(holder, jobId);
    const entry: Entry = { controller: new AbortController(), progress: { stage: '准备', percent: 0, state: 'running' } };
    this.jobs.set(key, entry);
    if (this.early.delete(key)) entry.controller.abort();
    const job: ExportJob = {
      signal: entry.controller.signal,
      onProgress: (stage, percent) => {
        if (entry.progress.state === 'running') entry.progress = { stage, percent, state: 'running' };
      },
    };
    try {
      const result = await work(job);
      const end = state(result);
      entry.progress = { stage: end === 'done' ? '完成' : end === 'cancelled' ? '已取消' : '失败', percent: end === 'done' ? 100 : entry.progress.percent, state: end };
      return result;
    } catch (e) {
      entry.progress = { ...entry.progress, state: entry.controller.signal.aborted ? 'cancelled' : 'failed' };
      throw e;
    } finally {
      this.later(() => {
        if (this.jobs.get(key) === entry) this.jobs.delete(key);
      });
    }
  }

  progress(holder: string, jobId: string): ExportProgress | null {
    const e = this.jobs.get(this.key(holder, jobId));
    return e ? { ...e.progress } : null;
  }

  cancel(holder: string, jobId: string): boolean {
    const key = this.key(holder, jobId);
    const e = this.jobs.get(key);
    if (!e) {
      this.early.add(key);
      this.later(() => this.early.delete(key));
      return false;
    }
    if (e.progress.state !== 'running') return false;
    e.controller.abort();
    return true;
  }

  /** A window or tab went away: its running exports are of no use to anyone. */
  cancelAll(holder: string): void {
    for (const [key, e] of this.jobs) if (key.startsWith(`${holder}\u0000`) && e.progress.state === 'running') e.controller.abort();
  }
}
