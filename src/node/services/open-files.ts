// Which files are open, and by whom. The same file open in two windows (or tabs) would have each save
// overwrite the other's work, so a second open is refused with a notice; the same window may reopen.
import { basename } from 'node:path';
import type { Failure } from '../../shared/host-api';

export class OpenFiles {
  private readonly holders = new Map<string, string>();

  /** The other holder of `path`, if someone other than `holder` has it open. */
  heldByOther(path: string, holder: string): string | null {
    const h = this.holders.get(key(path));
    return h !== undefined && h !== holder ? h : null;
  }

  hold(path: string, holder: string): void {
    this.holders.set(key(path), holder);
  }

  release(path: string, holder: string): void {
    if (this.holders.get(key(path)) === holder) this.holders.delete(key(path));
  }

  releaseAll(holder: string): void {
    for (const [path, h] of this.holders) if (h === holder) this.holders.delete(path);
  }

  refusal(path: string): Failure {
    return {
      ok: false,
      code: 'already-open',
      message: `文件“${basename(path)}”已在另一个窗口中打开。同一文件在两处同时编辑会互相覆盖，请切换到那个窗口继续，或先在那里关闭它。`,
    };
  }
}

// Windows and macOS file systems ignore case; treat paths that differ only in case as the same file there.
function key(path: string): string {
  return process.platform === 'linux' ? path : path.toLowerCase();
}
