// The export services of the browser host: the export module (src/node/export), loaded on first start so
// that the page is served even if that module cannot load; then every export answers with the reason.
import type { Exporters } from '../services/exporters';
import { unavailableExporters } from '../services/exporters';

export async function nodeExporters(log: (line: string) => void = () => undefined): Promise<Exporters> {
  try {
    const m = await import('../export/index');
    return { exportXlsx: m.exportXlsx, exportPdf: m.exportPdf, exportFindings: m.exportFindings, importXlsx: m.importXlsx, packageSubmission: m.packageSubmission };
  } catch (e) {
    log(`导出模块无法加载，导出功能暂不可用：${e instanceof Error ? e.message : String(e)}`);
    return unavailableExporters;
  }
}
