// 打印 in Electron: the document (打印预览's pages, or the 审核报告) is loaded in a hidden window with
// JavaScript off and handed to webContents.print, which opens the system print dialog (printer, pages,
// copies). The page's own print() in a frame does not reach the system dialog in every Electron build.
// Electron is injected (see index.ts), so this is tested without an Electron binary.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintRequest, PrintResult } from '../shared/host-api';

/** The part of an Electron BrowserWindow printing needs. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  print(options: { silent: boolean; printBackground: boolean; header?: string }, done: (success: boolean, failureReason: string) => void): void;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrintDeps {
  /** A hidden window that runs no script. */
  openWindow(title: string): PrintWindow;
  /** The document as it is printed (the app embeds the print font; see index.ts). */
  prepare?(html: string): Promise<string>;
  tempDir?: string;
}

/**
 * Drops @font-face rules that link to the app's own font files: relative to a page of the app, they would
 * point into the temp folder from the printed file. The font is embedded instead (prepare).
 */
export function dropLinkedFonts(html: string): string {
  return html.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (/url\(\s*["']?data:/.test(rule) ? rule : ''));
}

export async function printDocument(req: PrintRequest, deps: PrintDeps): Promise<PrintResult> {
  const dir = await mkdtemp(join(deps.tempDir ?? tmpdir(), 'juesuan-print-'));
  let win: PrintWindow | null = null;
  try {
    const file = join(dir, 'print.html');
    await writeFile(file, deps.prepare ? await deps.prepare(req.html) : req.html, { mode: 0o600 });
    win = deps.openWindow(req.title);
    await win.loadFile(file);
    const w = win;
    const { success, reason } = await new Promise<{ success: boolean; reason: string }>((resolve) => {
      w.print({ silent: false, printBackground: true }, (ok, failureReason) => resolve({ success: ok, reason: failureReason }));
    });
    if (success) return { ok: true, printed: true };
    // The clerk closed the dialog: nothing went wrong.
    if (/cancel/i.test(reason)) return { ok: true, printed: false };
    return { ok: false, message: `打印失败：${reason || '打印机没有接受任务'}。请检查打印机后重试，或先“导出 PDF”再打印。` };
  } catch (e) {
    return { ok: false, message: `无法打印：${e instanceof Error ? e.message : String(e)}。可以先“导出 PDF”再打印。` };
  } finally {
    if (win && !win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
