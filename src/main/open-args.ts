// Which .jsgk files a launch names: the clerk double-clicked one (Windows passes its path, Linux desktops
// a path or a file:// URL), or a second launch hands its file to the running app. Pure (no electron), so
// the parsing is tested where no Electron binary exists. The file then opens as 打开 opens one (the
// unsaved-changes question, then host.openFiling's checks), so nothing here trusts its contents.
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

export const FILING_EXT = '.jsgk';
/** More than this many files from one launch is not a double-click: the rest are ignored. */
const MAX_FILES = 16;

export interface PathApi {
  isAbsolute(path: string): boolean;
  resolve(...paths: string[]): string;
}

function isFilingPath(p: string): boolean {
  return p.length > FILING_EXT.length && !p.includes('\0') && p.toLowerCase().endsWith(FILING_EXT);
}

/**
 * The .jsgk files named on a command line, as absolute paths. argv[0] is the executable; anything that
 * starts with '-' is a switch (Chromium and Electron add their own, e.g. --allow-file-access-from-files,
 * and an unpackaged run has the app folder as argv[1], which is no .jsgk); other URLs are ignored.
 */
export function filesFromArgv(argv: readonly unknown[], cwd: string, path: PathApi = nodePath): string[] {
  const out: string[] = [];
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    let candidate = arg;
    if (/^file:/i.test(arg)) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue; // http://, juesuan:// … are not files (a drive letter C:\ has one letter, so it is kept)
    }
    if (!isFilingPath(candidate)) continue;
    out.push(path.resolve(cwd, candidate));
    if (out.length === MAX_FILES) break;
  }
  return out;
}

/** What a second launch passes to the running app (app.requestSingleInstanceLock's additionalData). */
export interface Handover {
  files: string[];
}

/**
 * The files a second launch hands over. Its own list (resolved against its own working folder) is used
 * when it is well-formed; otherwise its argv is parsed against the working folder it reported. Either
 * way only absolute .jsgk paths come out.
 */
export function handedOverFiles(additionalData: unknown, argv: readonly unknown[], workingDirectory: string, path: PathApi = nodePath): string[] {
  if (typeof additionalData === 'object' && additionalData !== null && Array.isArray((additionalData as Handover).files)) {
    return (additionalData as Handover).files
      .filter((f): f is string => typeof f === 'string' && path.isAbsolute(f) && isFilingPath(f))
      .slice(0, MAX_FILES);
  }
  return filesFromArgv(argv, workingDirectory, path);
}

/**
 * Where handed-over files go. One file opens (each open asks about unsaved changes, so a batch would ask
 * again and again); the rest are counted as ignored. Before the page has asked for its startup file, the
 * file becomes that file; afterwards it is sent to the page, which opens it as 打开 does.
 */
export function routeHandedOver(files: readonly string[], pageStarted: boolean): { startupFile: string | null; send: string | null; ignored: number } {
  const [file = null] = files;
  return { startupFile: pageStarted ? null : file, send: pageStarted ? file : null, ignored: Math.max(0, files.length - 1) };
}
