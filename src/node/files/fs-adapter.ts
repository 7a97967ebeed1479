// The file system as the file store sees it: small enough to replace in tests, so a full disk (ENOSPC) or a
// read-only folder can be simulated (we run as root in CI, where chmod does not stop a write).
import { constants as fsConstants, promises as fsp } from 'node:fs';

export interface FileStat {
  size: number;
  mtimeMs: number;
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
  readFile(path: string): Promise<Uint8Array>;
  /** Creates `path` (which must not exist), writes all of `data`, flushes it to the disk and closes it. */
  writeNewDurable(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
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
      return { size: s.size, mtimeMs: s.mtimeMs, isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch (e) {
      if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
      throw e;
    }
  },
  async readFile(path) {
    return fsp.readFile(path);
  },
  async writeNewDurable(path, data) {
    const handle = await fsp.open(path, 'wx', 0o644);
    try {
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
  rename: (from, to) => fsp.rename(from, to),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  async mkdir(path) {
    await fsp.mkdir(path, { recursive: true });
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

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
}
