// Export, import and submission package, written by the export module (src/node/export). The hosts take
// them as one object so that the browser host, the Electron host and tests can each supply their own
// (Electron prints PDF through webContents.printToPDF, the others through a Chromium page).
import type { ExportRequest, ExportResult, HostApi, PackageRequest, PackageResult } from '../../shared/host-api';
import type { ExportJob } from '../export/job';

/** The long ones take an optional job (cancel signal, progress callback); see src/node/export/job.ts. */
export interface Exporters {
  exportXlsx: (req: ExportRequest, job?: ExportJob) => Promise<ExportResult>;
  exportPdf: (req: ExportRequest, job?: ExportJob) => Promise<ExportResult>;
  /** 审核结果.xlsx: the findings list. */
  exportFindings: (req: ExportRequest, job?: ExportJob) => Promise<ExportResult>;
  importXlsx: HostApi['importXlsx'];
  packageSubmission: (req: PackageRequest, job?: ExportJob) => Promise<PackageResult>;
}

const NOT_YET = '此功能尚未提供';

/** What a host answers for an export it has not been given. */
export const unavailableExporters: Exporters = {
  exportXlsx: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  exportPdf: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  exportFindings: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  importXlsx: async () => ({ ok: false, code: 'unavailable', message: NOT_YET }),
  packageSubmission: async () => ({ ok: false, message: NOT_YET, blocking: [] }),
};
