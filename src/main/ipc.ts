// One IPC handler per HostApi call. Each checks that the call comes from our page's main frame and parses
// its arguments with the same checks the browser host uses, then calls the shared host services.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_CHANNELS, type HostMethod } from '../shared/host-api';
import type { HostServices } from '../node/services/host-services';
import { parseHostArgs } from '../node/services/host-args';
import { isTrustedSender, type TrustedOrigin } from './policy';

export function registerIpc(ipcMain: IpcMain, services: HostServices, trusted: TrustedOrigin, log: (line: string) => void): void {
  for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) {
    ipcMain.handle(HOST_CHANNELS[method], async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, trusted)) {
        log(`已拒绝来自未知页面的调用 ${method}：${event.senderFrame?.url.slice(0, 200) ?? '（无）'}`);
        throw new Error('拒绝访问：调用来自未知页面');
      }
      const parsed = parseHostArgs(method, args);
      const fn = services[method] as (ctx: { holder: string }, ...a: unknown[]) => Promise<unknown>;
      return fn({ holder: `window:${event.sender.id}` }, ...parsed);
    });
  }
}
