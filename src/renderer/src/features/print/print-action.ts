// 打印…: in Electron the host opens the system print dialog for the document (webContents.print, see
// src/main/print-document.ts); where the host has none (the browser host) the frame prints itself with the
// browser's dialog. Either way the clerk is told what happened.
import type { HostApi } from '../../../../shared/host-api';
import { ui } from '../../state/ui-store';

export async function printThrough(host: HostApi, html: string, title: string, framePrint: () => void): Promise<void> {
  let r;
  try {
    r = await host.printDocument({ html, title });
  } catch (e) {
    ui.status(`无法打印：${e instanceof Error ? e.message : String(e)}`, 'error');
    return;
  }
  if (r.ok) {
    ui.status(r.printed ? `已发送打印：${title}。` : '已取消打印。');
    return;
  }
  if (r.code === 'unavailable') {
    framePrint();
    return;
  }
  ui.status(r.message, 'error');
}
