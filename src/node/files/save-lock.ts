// One writer at a time per file, across processes: a lock file beside the target (.NAME.lock, created
// exclusively) is held from the conflict check to the rename, so two app instances saving the same file
// cannot both pass the check and both be told "saved". A lock left by a process that died (a crash, a kill)
// is recognised and taken over.
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './fs-adapter';
import { errorCode } from './fs-adapter';

/** How long a save waits for another save of the same file before giving up. */
export const LOCK_WAIT_MS = 10_000;
/** A lock from another machine (a shared folder) cannot be checked by pid: older than this, it is stale. */
const FOREIGN_STALE_MS = 2 * 60 * 1000;

export function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

interface Owner {
  pid: number;
  host: string;
  at: number;
  nonce: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(e) === 'EPERM';
  }
}

async function readOwner(fs: FileSystem, file: string): Promise<Owner | null> {
  try {
    const o = JSON.parse(new TextDecoder().decode(await fs.readFile(file, 4096))) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.at === 'number' && typeof o.nonce === 'string' ? (o as Owner) : null;
  } catch {
    return null;
  }
}

function stale(o: Owner | null, now: number): boolean {
  if (o === null) return true;
  if (o.host === hostname()) return !alive(o.pid);
  return now - o.at > FOREIGN_STALE_MS;
}

export interface HeldLock {
  /** Whether the lock is still ours (nobody took it over as stale meanwhile). */
  stillOurs(): Promise<boolean>;
  release(): Promise<void>;
}

/** Takes the lock for `path`, waiting up to `waitMs` for another writer; null if it stays taken. */
export async function acquireLock(path: string, fs: FileSystem, waitMs = LOCK_WAIT_MS): Promise<HeldLock | null> {
  const file = lockPath(path);
  const me: Owner = { pid: process.pid, host: hostname(), at: Date.now(), nonce: Math.random().toString(36).slice(2) };
  const body = new TextEncoder().encode(JSON.stringify(me));
  const deadline = Date.now() + waitMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    try {
      await fs.createExclusive(file, body);
      return {
        stillOurs: async () => (await readOwner(fs, file))?.nonce === me.nonce,
        release: async () => {
          if ((await readOwner(fs, file))?.nonce === me.nonce) await fs.unlink(file).catch(() => undefined);
        },
      };
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
    }
    const owner = await readOwner(fs, file);
    // A lock being written right now reads as empty; only an old unreadable one counts as stale.
    const st = owner === null ? await fs.stat(file).catch(() => null) : null;
    if (stale(owner, Date.now()) && (owner !== null || !st || Date.now() - st.mtimeMs > 2000)) {
      await fs.unlink(file).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) return null;
    await new Promise((r) => setTimeout(r, delay));
  }
}
