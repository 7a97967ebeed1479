// The file system as the file store sees it: small enough to replace in tests, so a full disk (ENOSPC) or a
// read-only folder can be simulated (we run as root in CI, where chmod does not stop a write).
import { constants as fsConstants, promises as fsp } from 'node:fs';

export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Permission bits (0o777 part). */
  mode: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface DirItem {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
}

export interface FileSystem {
  /** null when nothing is at the path. */
  stat(path: string): Promise<FileStat | null>;
  /**
   * Reads a regular file, at most `maxBytes` (default READ_LIMIT): FIFOs, devices and sockets are refused
   * (code ENOTREG) on the opened handle, and a file that outgrows the limit while read is refused (EFBIG).
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Creates `path` (which must not exist) with `mode` (default 0o644), writes all of `data`, flushes it to the disk and closes it. */
  writeNewDurable(path: string, data: Uint8Array, mode?: number): Promise<void>;
  /** Flushes a file's contents to the disk. */
  syncFile(path: string): Promise<void>;
  /** Creates a small file that must not exist yet (EEXIST otherwise): a lock. */
  createExclusive(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates the folder (and its parents); with `mode`, the folder gets exactly that mode. */
  mkdir(path: string, mode?: number): Promise<void>;
  readdir(path: string): Promise<DirItem[]>;
  /** Flushes a directory's entries (so a rename survives power loss); best effort where unsupported. */
  syncDir(path: string): Promise<void>;
  canWrite(path: string): Promise<boolean>;
  realpath(path: string): Promise<string>;
}

export const nodeFileSystem: FileSystem = {
  async stat(path) {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode & 0o777, isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch (e) {
      if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
      throw e;
    }
  },
  readFile: (path, maxBytes) => readRegularFile(path, maxBytes),
  async writeNewDurable(path, data, mode = 0o644) {
    const handle = await fsp.open(path, 'wx', mode);
    try {
      // open() applies the umask; an existing file's own mode is restored exactly.
      if (mode !== 0o644) await handle.chmod(mode);
      let offset = 0;
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset);
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async createExclusive(path, data) {
    const handle = await fsp.open(path, 'wx', 0o600);
    try {
      await handle.write(data);
    } finally {
      await handle.close();
    }
  },
  async syncFile(path) {
    const handle = await fsp.open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  async mkdir(path, mode) {
    await fsp.mkdir(path, { recursive: true, mode });
    // An existing folder (from an older version) is tightened too; mkdir's mode is also cut by the umask.
    if (mode !== undefined) await fsp.chmod(path, mode);
  },
  async readdir(path) {
    const items = await fsp.readdir(path, { withFileTypes: true });
    return items.map((d) => ({ name: d.name, isDirectory: d.isDirectory(), isFile: d.isFile() }));
  },
  async syncDir(path) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch {
      // Windows and some network drives cannot open or fsync a directory; the rename is still atomic there.
    } finally {
      await handle?.close();
    }
  },
  async canWrite(path) {
    try {
      await fsp.access(path, fsConstants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
  realpath: (path) => fsp.realpath(path),
};

/** Default cap on a read: above any file the app writes (a filing is at most 20 MB). */
export const READ_LIMIT = 64 * 1024 * 1024;

/**
 * Opens without blocking (a FIFO would otherwise wait forever for a writer and stall every file operation
 * of the host), then decides on the opened handle (fstat), so a symlink swapped to /dev/zero after a
 * check still cannot be read; and reads at most `maxBytes` whatever the size said.
 */
export async function readRegularFile(path: string, maxBytes = READ_LIMIT): Promise<Buffer> {
  const handle = await fsp.open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw Object.assign(new Error(`${path} 不是普通文件`), { code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' });
    if (st.size > maxBytes) throw Object.assign(new Error(`${path} 超过 ${maxBytes} 字节`), { code: 'EFBIG' });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw Object.assign(new Error(`${path} 超过 ${maxBytes} 字节`), { code: 'EFBIG' });
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
}
