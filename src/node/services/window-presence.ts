// Which windows are alive, so a window is offered only the recovery copies whose owner is gone. Each
// copy records its writer (this host's instance id, its process id and the window). A window is alive
// while its presence is held: in Electron from its creation until its web contents are destroyed or its
// renderer dies; in the browser host while the tab keeps its presence request open (a crashed or closed
// tab drops the connection, so no heartbeat timeout is needed). A copy from another process is its
// window's live work while that process runs; after a crash the process is gone and the copy is offered.
import { randomUUID } from 'node:crypto';
import type { RecoveryOwner } from './recovery-store';

export class WindowPresence {
  /** This host instance: a copy written by an earlier instance (before a crash or restart) has no live owner here. */
  readonly hostId = randomUUID();
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly onGone: (holder: string) => void,
    private readonly pidAlive: (pid: number) => boolean = processAlive,
    private readonly pid = process.pid,
  ) {}

  /**
   * The window `holder` is alive until the returned function is called (more than once is harmless). A
   * reload can hold twice for a moment (the old page's request closes after the new one opened): the
   * window is gone, and its files released, only when the last hold ends.
   */
  hold(holder: string): () => void {
    this.counts.set(holder, (this.counts.get(holder) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const n = (this.counts.get(holder) ?? 1) - 1;
      if (n > 0) {
        this.counts.set(holder, n);
        return;
      }
      this.counts.delete(holder);
      this.onGone(holder);
    };
  }

  isAlive(holder: string): boolean {
    return (this.counts.get(holder) ?? 0) > 0;
  }

  owner(holder: string): RecoveryOwner {
    return { host: this.hostId, pid: this.pid, holder };
  }

  /** True when the copy is another window's work in progress: neither offered to `holder` nor discarded by it. */
  ownedByOther(owner: RecoveryOwner | undefined, holder: string): boolean {
    if (!owner) return false;
    if (owner.host === this.hostId) return owner.holder !== holder && this.isAlive(owner.holder);
    // One host per process: another instance in this process is one that was closed (a restart).
    if (owner.pid === this.pid) return false;
    return this.pidAlive(owner.pid);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the number now belongs to another user's process. The recovery folder is this user's, so the
    // writer was one of ours: that process is gone and its number reused.
    void e;
    return false;
  }
}
