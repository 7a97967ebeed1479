// Reading and saving .jsgk files. Saving is atomic: the new text goes to a temporary file in the same
// folder, is flushed to disk, and replaces the file by rename, so a crash or power cut leaves either the
// old file or the new one, never half of each. The previous version is kept beside it as FILE.bak.
import { Buffer, isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import { MAX_FILE_BYTES, parseFiling, serializeFiling } from '../../shared/filing/schema';
import type { FileSystem } from './fs-adapter';
import { errorCode, nodeFileSystem } from './fs-adapter';
import { acquireLock } from './save-lock';

export type ReadFilingResult =
  | { ok: true; filing: Filing; mtimeMs: number; readOnly: boolean; migrated: string[] }
  | { ok: false; message: string; code?: string };

export type WriteResult = { ok: true; mtimeMs: number } | { ok: false; message: string; code: string };

export interface SaveOptions {
  expectedMtimeMs?: number | null;
  force?: boolean;
  /** Keep the file's previous version as FILE.bak (default true). */
  backup?: boolean;
  /** How long to wait for another save of the same file (tests shorten it). */
  lockWaitMs?: number;
  /** Permissions to write with (recovery copies, settings: 0600); default: the file's own, or 0644. */
  mode?: number;
}

/** Reads and validates a .jsgk file. Nothing is written, whatever the file holds. */
export async function readFilingFile(path: string, fs: FileSystem = nodeFileSystem): Promise<ReadFilingResult> {
  const name = basename(path);
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    return { ok: false, message: describeFsError(e, `读取文件“${name}”`), code: errorCode(e) ?? 'io' };
  }
  if (!stat) return { ok: false, message: `找不到文件“${path}”。它可能已被移动、改名或删除。`, code: 'not-found' };
  if (stat.isDirectory) return { ok: false, message: `“${name}”是一个文件夹，不是决算通文件。`, code: 'not-a-file' };
  if (!stat.isFile) return { ok: false, message: notRegular(name), code: 'not-a-file' };
  if (stat.size > MAX_FILE_BYTES) {
    const mb = (stat.size / 1024 / 1024).toFixed(0);
    return { ok: false, message: `文件“${name}”有 ${mb} MB，超过决算通文件的上限 20 MB，这不是决算通保存的文件，未打开。`, code: 'too-large' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path, MAX_FILE_BYTES);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOTREG') return { ok: false, message: notRegular(name), code: 'not-a-file' };
    if (code === 'EFBIG') return { ok: false, message: `文件“${name}”超过 20 MB，未打开。`, code: 'too-large' };
    return { ok: false, message: describeFsError(e, `读取文件“${name}”`), code: code ?? 'io' };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: `文件“${name}”超过 20 MB，未打开。`, code: 'too-large' };
  const parsed = filingFromBytes(name, bytes);
  if (!parsed.ok) return parsed;
  // Saves or exports of this file that were killed mid-way left hidden temporary files: tidy the old ones.
  await cleanLeftovers(fs, dirname(path), name, STALE_TEMP_MS);
  return { ok: true, filing: parsed.filing, mtimeMs: stat.mtimeMs, readOnly: !(await fs.canWrite(path)), migrated: parsed.migrated };
}

/**
 * A .jsgk file's bytes into a filing: other kinds of file named, strict UTF-8, then the file schema. Pure;
 * the reviewer's desk reads thousands of files through it without the open's tidying and write check.
 */
export function filingFromBytes(name: string, bytes: Uint8Array): { ok: true; filing: Filing; migrated: string[] } | { ok: false; message: string; code: string } {
  const kind = recognizeBytes(bytes);
  if (kind) return { ok: false, message: kind, code: 'not-a-filing' };
  // isUtf8 (simdutf) then a plain decode: the same strictness as a fatal TextDecoder, several times faster.
  if (!isUtf8(bytes)) return { ok: false, message: `“${name}”不是决算通文件：内容不是文本（可能是其他程序的文件被改了扩展名）。`, code: 'not-a-filing' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const parsed = parseFiling(text);
  if (!parsed.ok) return { ok: false, message: `无法打开“${name}”：${parsed.message}`, code: 'invalid' };
  return { ok: true, filing: parsed.filing, migrated: parsed.migrated };
}

/** For FIFOs, devices and sockets (a .jsgk name can point at /dev/zero): never read, never waited on. */
export function notRegular(name: string): string {
  return `“${name}”不是普通文件（可能是设备、管道或指向它们的链接），决算通不会读取它。请选择保存在磁盘上的 .jsgk 文件。`;
}

function recognizeBytes(b: Uint8Array): string | null {
  if (b[0] === 0x50 && b[1] === 0x4b && [0x03, 0x05, 0x07].includes(b[2]) && [0x04, 0x06, 0x08].includes(b[3])) return '这是一个 Excel 文件，请用 导入 打开';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return '这是一个旧版 Excel（.xls）或 WPS 表格文件，请先在 Excel/WPS 中另存为 .xlsx，再用 导入 打开';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return '这是一个 PDF 文件，不是决算通文件；已公开的 PDF 请以 .pdf 为扩展名打开核对。';
  return null;
}

/** Saves a filing atomically, refusing with code 'conflict' if the file changed on disk since the UI read it. */
export async function saveFilingFile(path: string, filing: Filing, options: SaveOptions = {}, fs: FileSystem = nodeFileSystem): Promise<WriteResult> {
  return writeFileAtomic(path, new TextEncoder().encode(serializeFiling(filing)), options, fs);
}

/** Writes bytes atomically (temp file, fsync, rename); keeps FILE.bak unless told not to. */
export async function writeFileAtomic(path: string, data: Uint8Array, options: SaveOptions = {}, fs: FileSystem = nodeFileSystem): Promise<WriteResult> {
  const name = basename(path);
  let lock;
  try {
    lock = await acquireLock(path, fs, options.lockWaitMs);
  } catch (e) {
    // Nothing has been written yet: the file (if there is one) is as it was.
    const exists = await fs.stat(path).catch(() => null);
    return { ok: false, message: describeFsError(e, `保存“${name}”`) + (exists ? '原文件保持不变。' : ''), code: errorCode(e) ?? 'io' };
  }
  if (!lock) return { ok: false, code: 'busy', message: `文件“${name}”正在被另一个决算通窗口或程序保存。请稍等片刻再保存；如果一直如此，请关闭其他打开它的窗口。` };
  try {
    return await writeLocked(path, data, options, fs, () => lock.stillOurs());
  } finally {
    await lock.release();
  }
}

async function writeLocked(path: string, data: Uint8Array, options: SaveOptions, fs: FileSystem, stillOurs: () => Promise<boolean>): Promise<WriteResult> {
  const dir = dirname(path);
  const name = basename(path);
  let current;
  try {
    current = await fs.stat(path);
  } catch (e) {
    return { ok: false, message: describeFsError(e, `保存“${name}”`), code: errorCode(e) ?? 'io' };
  }
  if (current?.isDirectory) return { ok: false, message: `“${path}”是一个文件夹，不能保存为文件。请换一个文件名。`, code: 'not-a-file' };
  if (current && options.expectedMtimeMs != null && !options.force && current.mtimeMs !== options.expectedMtimeMs) {
    return {
      ok: false,
      code: 'conflict',
      message: `文件“${name}”在您打开之后被其他程序或其他人改动过。直接保存会覆盖那些改动；您可以选择“仍然保存”覆盖，或“另存为”保存到新文件。`,
    };
  }
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // The clerk's file keeps its permissions (a 0600 file stays private); a new file gets 0644 less umask.
    await fs.writeNewDurable(temp, data, options.mode ?? current?.mode);
    if (current && options.backup !== false) {
      const bakTemp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.baktmp`);
      await fs.copyFile(path, bakTemp);
      // The copy is flushed before it is renamed into place, like the file itself.
      await fs.syncFile(bakTemp);
      await fs.rename(bakTemp, `${path}.bak`);
    }
    if (!(await stillOurs())) throw Object.assign(new Error('lock lost'), { code: 'EBUSY' });
    await fs.rename(temp, path);
    await fs.syncDir(dir);
  } catch (e) {
    await cleanLeftovers(fs, dir, name);
    return { ok: false, message: describeFsError(e, `保存“${name}”`) + (current ? '原文件保持不变。' : ''), code: errorCode(e) ?? 'io' };
  }
  const after = await fs.stat(path);
  // A save killed mid-way (power cut, crash) leaves its temporary file behind; tidy those up now. Only old
  // ones: a fresh one may belong to a save still running in another window.
  await cleanLeftovers(fs, dir, name, STALE_TEMP_MS);
  return { ok: true, mtimeMs: after?.mtimeMs ?? Date.now() };
}

export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes our own leftover temporary files for `name` (never anything else): a save's .tmp/.baktmp, an
 * export's .part. Optionally only old ones (a fresh one may belong to a save running in another window).
 */
export async function cleanLeftovers(fs: FileSystem, dir: string, name: string, olderThanMs = 0): Promise<void> {
  try {
    for (const item of await fs.readdir(dir)) {
      if (!item.isFile || !item.name.startsWith(`.${name}.`) || !/^\.[^/]+\.[0-9a-f]{8,12}\.(tmp|baktmp|part)$/.test(item.name)) continue;
      const full = join(dir, item.name);
      if (olderThanMs > 0) {
        const st = await fs.stat(full).catch(() => null);
        if (!st || Date.now() - st.mtimeMs < olderThanMs) continue;
      }
      await fs.unlink(full).catch(() => undefined);
    }
  } catch {
    // The folder cannot be listed (read-only, gone): nothing we wrote can be there either.
  }
}

/** A Chinese message for a file-system failure: what happened and what to do. */
export function describeFsError(e: unknown, action: string): string {
  const code = errorCode(e);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${action}失败：磁盘空间不足。请清理磁盘空间，或用“另存为”保存到其他磁盘。`;
    case 'EACCES':
    case 'EPERM':
      return `${action}失败：没有写入权限（文件或文件夹是只读的，或被其他程序占用）。请用“另存为”保存到其他文件夹，或关闭占用它的程序后重试。`;
    case 'EROFS':
      return `${action}失败：所在磁盘是只读的（例如写保护的U盘或光盘）。请用“另存为”保存到其他磁盘。`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${action}失败：文件夹不存在，可能已被移动或删除。请用“另存为”选择其他位置。`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${action}失败：文件正被其他程序占用。请关闭占用它的程序（如 Excel、WPS）后重试。`;
    case 'ENAMETOOLONG':
      return `${action}失败：文件名或路径太长。请换一个短一些的文件名或文件夹。`;
    case 'EISDIR':
      return `${action}失败：这是一个文件夹，不是文件。`;
    default:
      return `${action}失败（${code ?? '未知错误'}）。请重试，或用“另存为”保存到其他位置。`;
  }
}
