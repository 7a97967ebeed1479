// Reads one file for the desk and checks it: a .jsgk through the file schema, an .xlsx through the
// import, a published .pdf or its text (.txt) through the published reader (the two are loaded only when
// such a file is met: exceljs and pdfjs are large). Whatever the file holds, the answer is a row: a file
// that cannot be read, or whose check fails, is a row with the reason.
//
// The .jsgk path is the hot one (hundreds of files a second): one open, one fstat and one read into a
// buffer of the file's size (never a fixed 1 MB chunk), no tidying of the folder and no write check
// (the desk only reads), and the next file's bytes are read while this one is checked (checkEntries).
import fs from 'node:fs';
import { promisify } from 'node:util';
import { basename } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import { MAX_FILE_BYTES } from '../../shared/filing/schema';
import type { Finding } from '../../shared/rules/types';
import type { Template } from '../../shared/templates/types';
import { checkAll } from '../../shared/rules/engine';
import { getTemplate } from '../../shared/templates/registry';
import type { DeskFinding, DeskRow, DeskUnchecked } from '../../shared/desk/rows';
import { deskFindings, deskRow, uncheckedOf, unreadableRow } from '../../shared/desk/rows';
import { filingFromBytes, notRegular } from '../files/file-store';
import { errorCode } from '../files/fs-adapter';
import { publishedChecked } from './read-published';
import type { WalkEntry } from './walk';
import { fsReason } from './walk';

export interface DeskChecked {
  row: DeskRow;
  findings: DeskFinding[];
  /** What could not be checked, and why (row.unchecked counts these). */
  unchecked: DeskUnchecked[];
  /** Kept only when asked for (a 检查表 is written from it); dropped otherwise to bound memory. */
  detail?: { filing: Filing; template: Template; raw: Finding[]; skipped: string[] };
}

export interface CheckOptions {
  /** Keep the filing and its findings for a 检查表. */
  detail?: boolean;
  /** Word the findings (default true); the app's scan needs the row only. */
  findings?: boolean;
}

type Bytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export const isJsgk = (path: string) => path.toLowerCase().endsWith('.jsgk');

/** The four calls a read makes: the thread pool's (a host's main thread never waits on a disk) or, in a desk checker thread, which has nothing else to do, the synchronous ones (no thread-pool hop per call). */
interface FdCalls {
  open(path: string, flags: number): Promise<number> | number;
  fstat(fd: number): Promise<fs.Stats> | fs.Stats;
  read(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }> | { bytesRead: number };
  close(fd: number): Promise<void> | void;
}

// The callback API, not FileHandle: a FileHandle costs more to make and to collect than the read itself.
const ASYNC_CALLS: FdCalls = { open: promisify(fs.open), fstat: promisify(fs.fstat), read: promisify(fs.read), close: promisify(fs.close) };
export const SYNC_CALLS: FdCalls = {
  open: (path, flags) => fs.openSync(path, flags),
  fstat: (fd) => fs.fstatSync(fd),
  read: (fd, buf, offset, length, position) => ({ bytesRead: fs.readSync(fd, buf, offset, length, position) }),
  close: (fd) => fs.closeSync(fd),
};

/** A regular file's bytes, at most MAX_FILE_BYTES; FIFOs and devices are refused on the opened descriptor, never waited on. */
export async function readJsgkBytes(path: string, calls: FdCalls = ASYNC_CALLS): Promise<Bytes> {
  const { open: fsOpen, fstat: fsFstat, read: fsRead, close: fsClose } = calls;
  const name = basename(path);
  let fd: number;
  try {
    fd = await fsOpen(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: fsReason(e) };
  }
  try {
    const st = await fsFstat(fd);
    if (st.isDirectory()) return { ok: false, reason: `“${name}”是一个文件夹，不是决算通文件。` };
    if (!st.isFile()) return { ok: false, reason: notRegular(name) };
    const tooLarge = { ok: false as const, reason: `文件“${name}”超过 20 MB，这不是决算通保存的文件，未打开。` };
    if (st.size > MAX_FILE_BYTES) return tooLarge;
    // One byte more than the size: a file that grew since the fstat shows it.
    let buf = Buffer.allocUnsafe(st.size + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await fsRead(fd, buf, total, buf.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_FILE_BYTES) return tooLarge;
      if (total < buf.length) continue;
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_FILE_BYTES + 1));
      buf.copy(bigger);
      buf = bigger;
    }
    return { ok: true, bytes: buf.subarray(0, total) };
  } catch (e) {
    return { ok: false, reason: errorCode(e) === 'EISDIR' ? `“${name}”是一个文件夹，不是决算通文件。` : `读取“${name}”失败：${fsReason(e)}` };
  } finally {
    try {
      await fsClose(fd);
    } catch {
      // Closing a descriptor only read from: nothing to lose.
    }
  }
}

async function readFiling(path: string, prefetched?: Promise<Bytes>): Promise<{ ok: true; filing: Filing; importUnchecked: DeskUnchecked[] } | { ok: false; reason: string }> {
  if (path.toLowerCase().endsWith('.xlsx')) {
    const { importXlsxFile } = await import('../export/import-xlsx');
    const r = await importXlsxFile(path);
    if (!r.ok) return { ok: false, reason: r.message };
    // Cells the import could not read: the rules reading them may be wrong, so they are 未核对 too.
    const unread = r.report.unreadable.map((u): DeskUnchecked => ({ what: `${u.sheet} ${u.cell}“${u.value.slice(0, 30)}”`, why: `未读入：${u.reason}` }));
    return { ok: true, filing: r.filing, importUnchecked: unread };
  }
  const b = await (prefetched ?? readJsgkBytes(path));
  if (!b.ok) return b;
  const r = filingFromBytes(basename(path), b.bytes);
  return r.ok ? { ok: true, filing: r.filing, importUnchecked: [] } : { ok: false, reason: r.message };
}

/** A file's answer when it could not be read or checked: the row says why. */
export const failed = (display: string, reason: string): DeskChecked => ({ row: unreadableRow(display, reason), findings: [], unchecked: [] });
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function checkOne(path: string, display: string, options: CheckOptions = {}, prefetched?: Promise<Bytes>): Promise<DeskChecked> {
  if (/\.(pdf|txt)$/i.test(path)) return publishedChecked(path, display, options.findings !== false);
  let loaded;
  try {
    loaded = await readFiling(path, prefetched);
  } catch (e) {
    loaded = { ok: false as const, reason: message(e) };
  }
  if (!loaded.ok) return failed(display, loaded.reason);
  try {
    const { filing } = loaded;
    const template = getTemplate(filing.template);
    const checked = checkAll(filing, template);
    const unchecked = [...uncheckedOf(filing, template, checked.unchecked), ...loaded.importUnchecked];
    return {
      row: deskRow(display, filing, template, checked.findings, unchecked.length),
      findings: options.findings === false ? [] : deskFindings(display, filing, checked.findings, template),
      unchecked,
      ...(options.detail ? { detail: { filing, template, raw: checked.findings, skipped: unchecked.flatMap((u) => (u.rule ? [u.rule] : [])) } } : {}),
    };
  } catch (e) {
    return failed(display, `无法审核：${message(e)}`);
  }
}

/**
 * Checks the entries one after another, reading the next .jsgk's bytes while this one is checked: the
 * disk's wait overlaps the checking, and at most two files' bytes are held at once.
 */
export async function* checkEntries(entries: readonly WalkEntry[], displayOf: (e: WalkEntry) => string, options: CheckOptions = {}, signal?: AbortSignal): AsyncGenerator<DeskChecked> {
  const start = (i: number): Promise<Bytes> | undefined => {
    const e = entries[i];
    if (!e || 'error' in e || !isJsgk(e.path)) return undefined;
    return readJsgkBytes(e.path);
  };
  let next = start(0);
  for (let i = 0; i < entries.length; i++) {
    if (signal?.aborted) return;
    const e = entries[i];
    const mine = next;
    next = start(i + 1);
    yield 'error' in e ? failed(displayOf(e), e.error) : await checkOne(e.path, displayOf(e), options, mine);
  }
}
