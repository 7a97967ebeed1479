// Export, import and submission package, written by the export module (src/node/export). The hosts take
// them as one object so that the browser host, the Electron host and tests can each supply their own
// (Electron prints PDF through webContents.printToPDF, the others through a Chromium page).
import type { HostApi } from '../../shared/host-api';

export interface Exporters {
  exportXlsx: HostApi['exportXlsx'];
  exportPdf: HostApi['exportPdf'];
  importXlsx: HostApi['importXlsx'];
  packageSubmission: HostApi['packageSubmission'];
}

const NOT_YET = '此功能尚未提供';

/** What a host answers for an export it has not been given. */
export const unavailableExporters: Exporters = {
  exportXlsx: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  exportPdf: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  importXlsx: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  packageSubmission: async () => ({ ok: false, message: NOT_YET, blocking: [] }),
};
