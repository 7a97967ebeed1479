// window.host: one function per HostApi channel, plus the menu listener. Nothing else crosses the bridge
// (never ipcRenderer itself). Sandboxed, so this is bundled as one CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_CHANNELS, HOST_MENU_CHANNEL, type HostApi, type MenuEvent, type WindowHost } from '../shared/host-api';

const invoke =
  <K extends keyof HostApi>(key: K) =>
  (...args: Parameters<HostApi[K]>) =>
    ipcRenderer.invoke(HOST_CHANNELS[key], ...args) as ReturnType<HostApi[K]>;

const host = {
  info: invoke('info'),
  listDir: invoke('listDir'),
  pickPath: invoke('pickPath'),
  openFiling: invoke('openFiling'),
  saveFiling: invoke('saveFiling'),
  closeFiling: invoke('closeFiling'),
  sampleFiling: invoke('sampleFiling'),
  getSettings: invoke('getSettings'),
  setSettings: invoke('setSettings'),
  writeRecovery: invoke('writeRecovery'),
  listRecovery: invoke('listRecovery'),
  discardRecovery: invoke('discardRecovery'),
  exportXlsx: invoke('exportXlsx'),
  exportPdf: invoke('exportPdf'),
  exportFindings: invoke('exportFindings'),
  importXlsx: invoke('importXlsx'),
  packageSubmission: invoke('packageSubmission'),
  exportProgress: invoke('exportProgress'),
  cancelExport: invoke('cancelExport'),
  deskScan: invoke('deskScan'),
  consolidateUnits: invoke('consolidateUnits'),
  consolidationStatus: invoke('consolidationStatus'),
  deskExport: invoke('deskExport'),
  consolidationTrace: invoke('consolidationTrace'),
  printDocument: invoke('printDocument'),
  onMenu(cb: (event: MenuEvent) => void): () => void {
    // The page gets the event's data only, never the IPC event (which carries the sender).
    const listener = (_e: IpcRendererEvent, event: MenuEvent): void => cb({ action: event.action, path: event.path });
    ipcRenderer.on(HOST_MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(HOST_MENU_CHANNEL, listener);
    };
  },
} satisfies WindowHost;

contextBridge.exposeInMainWorld('host', host);
