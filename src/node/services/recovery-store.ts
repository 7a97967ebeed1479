// Recovery copies: autosave writes the work in progress here (the data folder, not beside the clerk's
// file), one copy per file plus one for a never-saved filing; after a crash the app offers them back.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import type { RecoveryEntry } from '../../shared/host-api';
import { parseFiling, serializeFiling } from '../../shared/filing/schema';
import type { FileSystem } from '../files/fs-adapter';
import { nodeFileSystem } from '../files/fs-adapter';
import { STALE_TEMP_MS, cleanLeftovers, writeFileAtomic } from '../files/file-store';

export const RECOVERY_ID = /^(unsaved|[fu]-[0-9a-f]{16})$/;
/** A window's id for its never-saved filing: each unsaved filing gets its own recovery slot. */
export const DRAFT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Who wrote a copy: the host instance, its process and the window (see window-presence.ts). */
export interface RecoveryOwner {
  host: string;
  pid: number;
  holder: string;
}

/** A copy as stored: what the renderer sees, plus its writer (kept in the host). */
export type StoredRecovery = RecoveryEntry & { owner?: RecoveryOwner };

const hash16 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

export function recoveryId(path: string | null, draftId?: string): string {
  if (path !== null) return 'f-' + hash16(path);
  return draftId === undefined ? 'unsaved' : 'u-' + hash16(draftId);
}

export class RecoveryStore {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = join(dataDir, 'recovery');
  }

  async write(path: string | null, filing: Filing, draftId?: string, owner?: RecoveryOwner): Promise<void> {
    // The clerk's unsaved work is private: the folder 0700, each copy 0600.
    await this.fs.mkdir(this.dir, 0o700);
    const id = recoveryId(path, draftId);
    // The filing is embedded as its own file text, so reading it back goes through the same schema.
    const body = JSON.stringify({ id, path, ...(path === null && draftId ? { draftId } : {}), savedAt: this.now().toISOString(), ...(owner ? { owner } : {}), filing: serializeFiling(filing) }) + '\n';
    const r = await writeFileAtomic(join(this.dir, `${id}.json`), new TextEncoder().encode(body), { backup: false, mode: 0o600 }, this.fs);
    if (!r.ok) throw new Error(`自动保存的恢复副本写入失败：${r.message}`);
  }

  /** Readable copies, newest first; a damaged copy is skipped (it cannot be offered back anyway). */
  async list(): Promise<StoredRecovery[]> {
    let items;
    try {
      items = await this.fs.readdir(this.dir);
    } catch {
      return [];
    }
    const out: StoredRecovery[] = [];
    for (const item of items) {
      const left = /^(.+\.json)\.[0-9a-f]{12}\.tmp$/.exec(item.name.slice(1));
      if (item.isFile && item.name.startsWith('.') && left) await cleanLeftovers(this.fs, this.dir, left[1], STALE_TEMP_MS);
      const m = /^(.+)\.json$/.exec(item.name);
      if (!item.isFile || !m || !RECOVERY_ID.test(m[1])) continue;
      const entry = await this.read(join(this.dir, item.name), m[1]);
      if (entry) out.push(entry);
    }
    return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  async discard(id: string): Promise<void> {
    if (!RECOVERY_ID.test(id)) throw new Error('恢复副本编号不正确');
    await this.fs.unlink(join(this.dir, `${id}.json`)).catch(() => undefined);
  }

  async discardFor(path: string | null): Promise<void> {
    await this.discard(recoveryId(path));
  }

  private async read(file: string, id: string): Promise<StoredRecovery | null> {
    try {
      const raw = JSON.parse(new TextDecoder().decode(await this.fs.readFile(file))) as Record<string, unknown>;
      if (typeof raw.filing !== 'string' || typeof raw.savedAt !== 'string') return null;
      const path = typeof raw.path === 'string' ? raw.path : null;
      const draftId = typeof raw.draftId === 'string' && DRAFT_ID.test(raw.draftId) ? raw.draftId : undefined;
      const parsed = parseFiling(raw.filing);
      const owner = ownerOf(raw.owner);
      return parsed.ok ? { id, path, ...(draftId ? { draftId } : {}), savedAt: raw.savedAt, ...(owner ? { owner } : {}), filing: parsed.filing } : null;
    } catch {
      return null;
    }
  }
}

function ownerOf(v: unknown): RecoveryOwner | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return typeof o.host === 'string' && typeof o.holder === 'string' && Number.isSafeInteger(o.pid) ? { host: o.host, pid: o.pid as number, holder: o.holder } : undefined;
}
