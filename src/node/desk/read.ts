// Reads one file for the desk and checks it: a .jsgk through the file schema, an .xlsx through the
// import (loaded only when a workbook is met: exceljs is large). Whatever the file holds, the answer is
// a row: a file that cannot be read, or whose check fails, is a row with the reason.
import { loadFiling } from '../export/load-filing';
import type { Filing } from '../../shared/filing/types';
import type { Finding } from '../../shared/rules/types';
import type { Template } from '../../shared/templates/types';
import { evaluateAll } from '../../shared/rules/engine';
import { getTemplate } from '../../shared/templates/registry';
import type { DeskFinding, DeskRow } from '../../shared/desk/rows';
import { deskFindings, deskRow, skippedRules, uncheckedCount, unreadableRow } from '../../shared/desk/rows';

export interface DeskChecked {
  row: DeskRow;
  findings: DeskFinding[];
  /** Kept only when asked for (a 检查表 is written from it); dropped otherwise to bound memory. */
  detail?: { filing: Filing; template: Template; raw: Finding[]; skipped: string[] };
}

async function read(path: string): Promise<{ ok: true; filing: Filing; result: { unchecked?: unknown } } | { ok: false; reason: string }> {
  if (path.toLowerCase().endsWith('.xlsx')) {
    const { importXlsxFile } = await import('../export/import-xlsx');
    const r = await importXlsxFile(path);
    return r.ok ? { ok: true, filing: r.filing, result: r as { unchecked?: unknown } } : { ok: false, reason: r.message };
  }
  const r = await loadFiling(path);
  return r.ok ? { ok: true, filing: r.filing, result: {} } : { ok: false, reason: r.message };
}

export async function checkOne(path: string, display: string, keepDetail = false): Promise<DeskChecked> {
  let loaded;
  try {
    loaded = await read(path);
  } catch (e) {
    loaded = { ok: false as const, reason: e instanceof Error ? e.message : String(e) };
  }
  if (!loaded.ok) return { row: unreadableRow(display, loaded.reason), findings: [] };
  try {
    const template = getTemplate(loaded.filing.template);
    const raw = evaluateAll(loaded.filing, template);
    const skipped = skippedRules(loaded.filing, template);
    const numbers = new Map(template.tables.map((t) => [t.id, t.number]));
    return {
      row: deskRow(display, loaded.filing, template, raw, uncheckedCount(loaded.result, skipped)),
      findings: deskFindings(display, loaded.filing, raw, (t) => numbers.get(t) ?? t),
      ...(keepDetail ? { detail: { filing: loaded.filing, template, raw, skipped } } : {}),
    };
  } catch (e) {
    return { row: unreadableRow(display, `无法审核：${e instanceof Error ? e.message : String(e)}`), findings: [] };
  }
}
