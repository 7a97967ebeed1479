// The Electron side of 打印 (print-document.ts): a hidden, script-less window per job, and the print font
// embedded as the PDF export embeds it, so the paper matches 打印预览.
import { BrowserWindow } from 'electron';
import type { PrintRequest, PrintResult } from '../shared/host-api';
import { SECURE_WEB_PREFERENCES } from './policy';
import { dropLinkedFonts, printDocument, type PrintWindow } from './print-document';

function hiddenWindow(title: string): PrintWindow {
  const win = new BrowserWindow({
    show: false,
    title,
    webPreferences: { ...SECURE_WEB_PREFERENCES, contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  return {
    loadFile: (path) => win.loadFile(path),
    print: (options, done) => win.webContents.print(options, done),
    destroy: () => win.destroy(),
    isDestroyed: () => win.isDestroyed(),
  };
}

export function printWithDialog(req: PrintRequest): Promise<PrintResult> {
  return printDocument(req, {
    openWindow: hiddenWindow,
    prepare: async (html) => (await import('../node/export/pdf-writer')).withFont(dropLinkedFonts(html)),
  });
}
