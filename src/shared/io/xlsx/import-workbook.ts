// An official-layout workbook (exported by this app or kept by a clerk) to a filing: each table's sheet
// found by its mark or title, its 金额单位 read from the sheet, figures into entered cells, figures of
// computed cells into filing.stated, each 项目支出绩效自评表 sheet into an evaluation (read-evaluation.ts),
// and a report of what was read, skipped and unreadable.
import type { ImportReport } from '../../host-api';
import type { MoneyUnit } from '../../money/money';
import type { CustomCode, Filing } from '../../filing/types';
import { getCatalog, findCode } from '../../catalog/index';
import { newFiling } from '../../filing/new-filing';
import type { Template } from '../../templates/types';
import { officialTables } from '../layout/table-layout';
import { identifyTable, sheetDepartment, sheetUnit, sheetYear } from './identify';
import type { FormRead } from './read-evaluation';
import { assignEvaluationIds, readEvaluationSheet } from './read-evaluation';
import { readTable } from './read-table';
import { sheetLayout } from './segments';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';
import { isExtrasSheet, readExtras } from './filing-extras';

export interface WorkbookImport {
  filing: Filing;
  report: ImportReport;
}

export function blankFiling(template: Template, department: string, year: number, unit: MoneyUnit): Filing {
  return newFiling({ template: template.id, department, year, unit });
}

function isEvaluationSheet(sheet: SheetData): boolean {
  return sheet.rows.slice(0, 6).some((row) => row.some((c) => squash(text(c)).includes('绩效自评表')));
}

/**
 * @param pickTemplate the template for a year read from the sheets (null when no sheet says).
 */
export function importWorkbook(sheets: SheetData[], pickTemplate: (year: number | null) => Template): WorkbookImport {
  const report: ImportReport = { read: [], skipped: [], unreadable: [] };
  const years = sheets.map(sheetYear).filter((y): y is number => y !== null);
  const year = years[0] ?? null;
  const template = pickTemplate(year);
  const tables = officialTables(template);
  const department = sheets.map(sheetDepartment).find((d) => d !== null) ?? '';
  const filing = blankFiling(template, department, year ?? template.year, '元');
  if (year === null) report.skipped.push(`工作表中没有找到“XXXX年度”，按模板年度 ${template.year} 处理`);
  if (!department) report.skipped.push('工作表中没有找到“部门名称：”，请在程序中填写部门名称');

  const done = new Map<string, string>();
  const units = new Set<MoneyUnit>();
  const custom: CustomCode[] = [];
  const forms: FormRead[] = [];
  for (const sheet of sheets) {
    if (sheet.truncated) report.skipped.push(`工作表“${sheet.name}”：${sheet.truncated}`);
    if (isExtrasSheet(sheet)) continue;
    if (isEvaluationSheet(sheet)) {
      const form = readEvaluationSheet(sheet);
      if (form) forms.push(form);
      else report.skipped.push(`工作表“${sheet.name}”：标题是绩效自评表，但没有找到“项目名称”，已跳过`);
      continue;
    }
    const id = identifyTable(sheet, tables);
    if (!id) {
      report.skipped.push(`工作表“${sheet.name}”：不是公开表（没有找到“公开NN表”表号或表名），已跳过`);
      continue;
    }
    const t = id.table;
    if (done.has(t.id)) {
      report.skipped.push(`工作表“${sheet.name}”：${t.number}已从工作表“${done.get(t.id)}”读入，这张重复的表已跳过`);
      continue;
    }
    const declared = sheetUnit(sheet);
    const unit: MoneyUnit = declared ?? '元';
    const layout = sheetLayout(sheet, t);
    if (!layout) {
      report.skipped.push(`工作表“${sheet.name}”（${t.number}）：找不到栏次行或表头，无法确定各栏位置，已跳过`);
      continue;
    }
    done.set(t.id, sheet.name);
    units.add(unit);
    const res = readTable(sheet, t, layout, unit);
    // A table read without figures is still a table of the filing (本表无数据).
    filing.tables[t.id] = res.entered;
    if (Object.keys(res.stated).length) filing.stated[t.id] = res.stated;
    if (t.kind === 'coded') {
      const catalog = (() => {
        try {
          return getCatalog(t.catalog ?? 'function', template.year);
        } catch {
          return null;
        }
      })();
      for (const { code, name } of res.codes) {
        if (catalog && !findCode(catalog, code, custom) && name) custom.push({ catalog: t.catalog ?? 'function', code, name });
      }
    }
    report.read.push(`${t.number} ${t.title}：工作表“${sheet.name}”，按${id.by}识别，金额单位 ${unit}${declared ? '' : '（表中未注明，按元读入）'}，读入 ${res.figures} 个数`);
    report.skipped.push(...res.skipped);
    report.unreadable.push(...res.unreadable);
  }
  filing.evaluations = assignEvaluationIds(forms);
  filing.evaluations.forEach((ev, k) => {
    const f = forms[k];
    report.read.push(`项目支出绩效自评表“${ev.name || '（未命名）'}”：工作表“${f.sheet}”，读入 ${ev.indicators.length} 项指标、${ev.evaluators.length} 名评价人员`);
    report.skipped.push(...f.skipped);
    report.unreadable.push(...f.unreadable);
  });
  for (const t of tables) if (!done.has(t.id)) report.skipped.push(`${t.number} ${t.title}：工作簿中没有这张表`);
  // Custom codes need their parents: add 类/款 names the sheet gave before the 项.
  filing.customCodes = custom.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  if (units.has('万元')) {
    filing.meta.unit = '万元';
    filing.meta.sourceUnit = '万元';
  }
  // The app's own workbook: 概况, 情况说明 inputs, 名词解释 and 出错说明 come back as they were.
  const restored = readExtras(sheets, filing);
  if (restored.length) report.restored = restored;
  return { filing, report };
}
