// An official-layout workbook (exported by this app or kept by a clerk) to a filing: each table's sheet
// found by its mark or title, its 金额单位 read from the sheet, figures into entered cells, figures of
// computed cells into filing.stated, each 项目支出绩效自评表 sheet into an evaluation (read-evaluation.ts),
// and a report per sheet of what was read, what was not and why, and what had to be decided. A table
// the workbook lacks, or whose sheet does not fit the template, is absent (filing.absent), never zeros.
import type { ImportReport, SheetReport } from '../../types/import-report';
import type { MoneyUnit } from '../../money/money';
import type { CustomCode, Filing } from '../../filing/types';
import { getCatalog, findCode } from '../../catalog/index';
import { newFiling } from '../../filing/new-filing';
import type { Template } from '../../templates/types';
import { getTemplateParams } from '../../templates/params';
import { officialTables } from '../layout/table-layout';
import { identifyTable, sheetUnit, sheetYear, workbookIdentity } from './identify';
import { yearWarning } from '../../templates/years';
import type { FormRead } from './read-evaluation';
import { assignEvaluationIds, readEvaluationSheet } from './read-evaluation';
import { readTable } from './read-table';
import { sheetLayout } from './segments';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';
import { FORMS_ID } from '../../rules/presence';
import { normLabel } from './row-match';
import { isExtrasSheet, readExtras, sampleFromSheets } from './filing-extras';
import { familyNote } from './year-family';
import { SAMPLE_MARK } from '../sample-mark';
import type { YuanFigure } from './yuan-sheets';
import { yuanFigures, yuanVerdict } from './yuan-sheets';

export interface WorkbookImport {
  filing: Filing;
  report: ImportReport;
  /** How well the sheets fit the template (recognize.ts weighs templates by it). */
  fit: TemplateFit;
}

export interface TemplateFit {
  /** Table sheets read, and refused as not fitting. */
  read: number;
  refused: number;
  /** Sheets recognised by the template's own table mark (公开01表), not only by a title two templates share. */
  marked: number;
  /** Sheets printing 栏次 read by a template that prints none. */
  numbered: number;
}

export function blankFiling(template: Template, department: string, year: number, unit: MoneyUnit): Filing {
  return newFiling({ template: template.id, department, year, unit });
}

function isEvaluationSheet(sheet: SheetData): boolean {
  return sheet.rows.slice(0, 6).some((row) => row.some((c) => squash(text(c)).includes('绩效自评表')));
}

export interface ImportOptions {
  /** The file's name: the last place a 部门名称 or 年度 may be read from. */
  fileName?: string;
}

/**
 * @param pickTemplate the template for a year read from the sheets (null when no sheet says).
 */
export function importWorkbook(sheets: SheetData[], pickTemplate: (year: number | null) => Template, options: ImportOptions = {}): WorkbookImport {
  const report: ImportReport = { read: [], skipped: [], unreadable: [], sheets: [], absent: [], identity: [] };
  const ident = workbookIdentity(sheets, options.fileName ?? '');
  const year = ident.year?.value ?? null;
  const template = pickTemplate(year);
  const tables = officialTables(template);
  const params = getTemplateParams(template.id);
  const department = ident.department?.value ?? '';
  // The unit the template prints its tables in: a sheet that does not say is read in it.
  const templateUnit: MoneyUnit = params?.unit ?? '元';
  // Figures of 元 sheets when the template prints 万元 (yuan-sheets.ts): converted, and said so.
  const yuanSheets: string[] = [];
  const yuan: YuanFigure[] = [];
  const filing = blankFiling(template, department, year ?? template.year, '元');
  if (ident.year) report.identity!.push(`年度 ${ident.year.value}：取自${ident.year.from}`);
  else {
    report.identity!.push(`年度：工作簿和文件名中都没有“XXXX年度”，按模板年度 ${template.year} 处理，请在程序中核对`);
    report.skipped.push(`工作表中没有找到“XXXX年度”，按模板年度 ${template.year} 处理`);
  }
  const outside = yearWarning(template, filing.meta.year);
  if (outside) report.identity!.push(outside);
  if (department) report.identity!.push(`部门名称“${department}”：取自${ident.department!.from}`);
  else {
    report.identity!.push('部门名称：表中、封面和文件名都没有写明，请在程序中填写部门名称');
    report.skipped.push('工作表中没有找到“部门名称：”，请在程序中填写部门名称');
  }

  const fit: TemplateFit = { read: 0, refused: 0, marked: 0, numbered: 0 };
  const done = new Map<string, string>();
  const units = new Set<MoneyUnit>();
  const custom: CustomCode[] = [];
  const forms: Array<{ form: FormRead; sheet: SheetReport }> = [];
  for (const sheet of sheets) {
    // The app's own extra sheets (概况, 情况说明数据 …) are read back below and reported as restored.
    if (isExtrasSheet(sheet)) {
      if (sheet.truncated) report.skipped.push(`工作表“${sheet.name}”：${sheet.truncated}`);
      continue;
    }
    const sr: SheetReport = { sheet: sheet.name, as: null, status: 'skipped', read: [], notRead: [], decisions: [] };
    report.sheets.push(sr);
    const skip = (why: string) => {
      sr.notRead.push(why);
      report.skipped.push(`工作表“${sheet.name}”：${why}`);
    };
    if (sheet.truncated) skip(sheet.truncated);
    if (isEvaluationSheet(sheet)) {
      const form = readEvaluationSheet(sheet);
      if (!form) skip('标题是绩效自评表，但没有找到“项目名称”，已跳过');
      else if (form.empty) {
        // A form read as blanks would pass every check: it is not read at all, and says so.
        sr.status = 'refused';
        sr.as = '项目支出绩效自评表';
        skip('是绩效自评表，但没有读到任何金额、指标或得分（版式不认识），未读入；请按山西或财政部标准格式整理后再导入');
      } else forms.push({ form, sheet: sr });
      continue;
    }
    const id = identifyTable(sheet, tables);
    if (!id) {
      skip('不是公开表（没有找到“公开NN表”表号或表名），已跳过');
      continue;
    }
    const t = id.table;
    sr.as = `${t.number} ${t.title}`;
    if (done.has(t.id)) {
      skip(`${t.number}已从工作表“${done.get(t.id)}”读入，这张重复的表已跳过`);
      continue;
    }
    const declared = sheetUnit(sheet);
    const unit: MoneyUnit = declared ?? templateUnit;
    const layout = sheetLayout(sheet, t, params?.printsColumnNumbers ?? true);
    if (!layout) {
      sr.status = 'refused';
      skip(`${t.number}：找不到栏次行或表头，无法确定各栏位置，未读入（按未提供处理）`);
      continue;
    }
    if (params && !params.printsLineNumbers && layout.segments.some((sg) => sg.rowNo !== undefined)) {
      // 行次 numbers a layout this template does not have (山西's 公开NN表 print them; 上海's do not).
      sr.status = 'refused';
      skip(`这张表印有行次，${template.name} 的${t.number}不印行次，不是这个模板的格式，未读入（按未提供处理）`);
      continue;
    }
    const res = readTable(sheet, t, layout, unit);
    if (res.misfits.length > 0) {
      // Reading the lines that fit and dropping the rest would be a table of wrong totals.
      sr.status = 'refused';
      const family = familyNote(sheet, template, sheetYear(sheet));
      skip(`这张${t.number}的${res.misfits.some((m) => m.includes('这一栏')) ? '栏' : '行'}与 ${template.name} 模板不同${family}：${res.misfits.slice(0, 5).join('；')}${res.misfits.length > 5 ? `；另有 ${res.misfits.length - 5} 行` : ''}。整张表未读入（按未提供处理，读它的审核公式未核对）；请按模板格式整理后再导入，或在程序中填写`);
      continue;
    }
    done.set(t.id, sheet.name);
    fit.read++;
    if (id.by.startsWith('表号')) fit.marked++;
    if (params && !params.printsColumnNumbers && layout.numbered) fit.numbered++;
    units.add(unit);
    const converts = unit === '元' && templateUnit === '万元';
    if (converts) {
      yuanSheets.push(`工作表“${sheet.name}”`);
      yuan.push(...yuanFigures(t.number, res.at, res.entered, res.stated));
    }
    sr.status = 'read';
    sr.decisions.push(...layout.decisions, ...res.decisions);
    // A table read without figures is still a table of the filing (本表无数据).
    filing.tables[t.id] = res.entered;
    if (Object.keys(res.stated).length) filing.stated[t.id] = res.stated;
    if (t.kind === 'coded') sr.decisions.push(...collectCustomCodes(t.catalog ?? 'function', template.year, res.codes, custom, t.number));
    const line = `${t.number} ${t.title}：工作表“${sheet.name}”，按${id.by}识别，金额单位 ${unit}${declared ? '' : `（表中未注明，按${unit}读入）`}${converts ? '（折合为万元）' : ''}，读入 ${res.figures} 个数${res.figures === 0 ? '（本表无数据）' : ''}`;
    sr.read.push(line);
    report.read.push(line);
    sr.notRead.push(...res.skipped, ...res.unreadable.map((u) => `${u.cell}“${u.value}”：${u.reason}`));
    report.skipped.push(...res.skipped);
    report.unreadable.push(...res.unreadable);
  }
  filing.evaluations = assignEvaluationIds(forms.map((f) => f.form));
  filing.evaluations.forEach((ev, k) => {
    const { form: f, sheet: sr } = forms[k];
    sr.status = 'read';
    sr.as = `项目支出绩效自评表“${ev.name || '（未命名）'}”`;
    const line = `项目支出绩效自评表“${ev.name || '（未命名）'}”：工作表“${f.sheet}”，读入 ${ev.indicators.length} 项指标、${ev.evaluators.length} 名评价人员`;
    sr.read.push(line, ...f.read);
    sr.decisions.push(...f.decisions);
    sr.notRead.push(...f.skipped, ...f.unreadable.map((u) => `${u.cell}“${u.value}”：${u.reason}`));
    report.read.push(line);
    report.skipped.push(...f.skipped);
    report.unreadable.push(...f.unreadable);
  });
  const absent: string[] = [];
  for (const t of tables) {
    if (done.has(t.id)) continue;
    absent.push(t.id);
    report.absent.push(t.number);
    report.skipped.push(`${t.number} ${t.title}：工作簿中没有可读入的这张表，按未提供处理（读它的审核公式未核对）`);
  }
  // A template that attaches no 自评表 (上海) lacks nothing when the workbook has none.
  if (forms.length === 0 && (getTemplateParams(template.id)?.hasSelfEvaluationForms ?? true)) {
    absent.push(FORMS_ID);
    report.absent.push('项目支出绩效自评表');
  }
  filing.absent = absent.sort();
  // Custom codes need their parents: add 类/款 names the sheet gave before the 项.
  filing.customCodes = custom.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  if (units.has('万元')) {
    filing.meta.unit = '万元';
    filing.meta.sourceUnit = '万元';
  }
  if (yuanSheets.length > 0) {
    // Shown and printed in the template's 万元; 尾差 as the figures were rounded (yuan-sheets.ts).
    const verdict = yuanVerdict(yuanSheets, yuan, template.name, units.has('万元'));
    filing.meta.unit = '万元';
    filing.meta.sourceUnit = verdict.sourceUnit;
    report.identity!.push(verdict.line);
  }
  // The app's own workbook: 概况, 情况说明 inputs, 名词解释 and 出错说明 come back as they were.
  const restored = readExtras(sheets, filing);
  if (restored.length) report.restored = restored;
  // A sample's workbook is marked on every sheet: the filing read from it is marked as a sample again.
  const sample = filing.sample ?? sampleFromSheets(sheets, template.id);
  if (sample) {
    filing.sample = sample;
    report.identity!.push(`示例：工作簿标有“${SAMPLE_MARK}”，读入后仍标为示例`);
  }
  if (filing.meta.department && filing.meta.department !== department) {
    report.identity = report.identity!.filter((x) => !x.startsWith('部门名称'));
    report.identity.push(`部门名称“${filing.meta.department}”：取自决算通附表“概况”`);
  }
  fit.refused = report.sheets.filter((x) => x.status === 'refused' && x.as !== '项目支出绩效自评表').length;
  return { filing, report, fit };
}

/**
 * Codes a coded sheet names that the catalogue lacks become the filing's custom codes. A code is the
 * key of a coded row; where the sheet's name for it differs from the catalogue's, the code is followed
 * and the report says so (another year's catalogue, or a typo in one of the two).
 */
function collectCustomCodes(which: 'function' | 'economic', year: number, codes: Array<{ code: string; name: string }>, custom: CustomCode[], number: string): string[] {
  let catalog: ReturnType<typeof getCatalog> | null = null;
  try {
    catalog = getCatalog(which, year);
  } catch {
    catalog = null;
  }
  const decisions: string[] = [];
  for (const { code, name } of codes) {
    if (!catalog) continue;
    const known = findCode(catalog, code, custom);
    if (!known && name) custom.push({ catalog: which, code, name });
    else if (known && name && normLabel(name) !== normLabel(known.name)) {
      decisions.push(`${number} ${code}：表中名称“${name.slice(0, 30)}”与 ${year} 年科目目录的“${known.name}”不同，按科目编码读入`);
    }
  }
  return decisions;
}
