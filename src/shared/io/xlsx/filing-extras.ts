// What a filing holds besides its tables and forms: 概况 (the unit, its members, the cover), the
// 情况说明's inputs (last year's figures, 年初预算, reasons, counts), the 名词解释 and the 出错说明. The
// app's workbook carries them as sheets a clerk can read (项目 | 内容), with a hidden first column of keys,
// so that importing the app's own workbook gives back the same filing. A clerk's workbook has no such
// sheets and nothing is read from it.
import type { Filing, UnitMember } from '../../filing/types';
import { LAST_YEAR_BY_KEY, REASON_SLOTS, FUNCTION_CLASSES } from '../../narrative/keys';
import type { SheetData } from './sheet-data';
import { squash, text } from './sheet-data';
import { SAMPLE_MARK, knownSample } from '../sample-mark';

/** The first cell of every extras sheet: names the sheet's kind for the reader. */
const MARK = 'juesuan:extras:v1:';
/** A cell's text is cut at 2,000 characters when read: longer values are spread over several cells. */
const CHUNK = 1800;

export type ExtrasKind = 'overview' | 'narrative' | 'glossary' | 'explanations';

export interface ExtrasRow {
  key: string;
  label: string;
  values: string[];
}

export interface ExtrasSheet {
  kind: ExtrasKind;
  name: string;
  title: string;
  /** Column headings over the label and the values. */
  headings: string[];
  rows: ExtrasRow[];
}

/** A value as cells of at most CHUNK characters (at least one, so an empty value keeps its row). */
function chunks(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i += CHUNK) out.push(value.slice(i, i + CHUNK));
  return out.length ? out : [''];
}

const row = (key: string, label: string, value: string): ExtrasRow => ({ key, label, values: chunks(value) });

function classLabel(code: string): string {
  const k = FUNCTION_CLASSES.find((c) => c.code === code);
  return k ? `${code} ${k.name}` : code;
}

function narrativeLabel(group: keyof Filing['narrative'], key: string): string {
  if (group === 'lastYear') return `上年数：${LAST_YEAR_BY_KEY.get(key)?.label ?? key}`;
  if (group === 'initialBudget') return `年初预算：${key === 'total' ? '合计' : classLabel(key)}`;
  if (group === 'reasons') return `原因说明：${REASON_SLOTS.find((s) => s.slot === key)?.label ?? key}`;
  return `其他数据：${key}`;
}

/**
 * The cells of input tables (上海's 情况说明数据 table SHN: counts, 采购, 绩效), never printed as a table: as
 * rows `cell.SHN.row.col` (entered) and `stated.SHN.row.col` (a printed total), labelled by the row's name.
 */
function inputRows(filing: Filing, inputTables: ReadonlyArray<{ id: string; rows?: ReadonlyArray<{ row: string; label: string }> }>): ExtrasRow[] {
  const out: ExtrasRow[] = [];
  for (const t of inputTables) {
    const labelOf = new Map((t.rows ?? []).map((r) => [r.row, r.label]));
    for (const [part, values] of [['cell', filing.tables[t.id]], ['stated', filing.stated[t.id]]] as const) {
      for (const [r, cols] of Object.entries(values ?? {})) {
        for (const [c, v] of Object.entries(cols)) out.push(row(`${part}.${t.id}.${r}.${c}`, `${part === 'stated' ? '填报合计' : '表中数据'}：${labelOf.get(r) ?? r}`, v));
      }
    }
  }
  return out;
}

export function extrasSheets(filing: Filing, inputTables: ReadonlyArray<{ id: string; rows?: ReadonlyArray<{ row: string; label: string }> }> = []): ExtrasSheet[] {
  const { meta, overview, narrative } = filing;
  const overviewRows: ExtrasRow[] = [
    row('meta.department', '部门名称', meta.department),
    row('meta.unit', '金额单位', meta.unit),
    row('meta.sourceUnit', '数据来源的金额单位', meta.sourceUnit),
    row('cover.publishDate', '公开日期', meta.cover?.publishDate ?? ''),
    row('cover.contact', '联系方式', meta.cover?.contact ?? ''),
    row('overview.duties', '一、本部门（单位）职责', overview.duties),
    ...overview.organization.map((p, i) => row(`overview.organization.${i}`, `二、机构设置情况（第${i + 1}段）`, p)),
    ...meta.members.map((m, i) => ({ key: `member.${i}`, label: `单位构成（第${i + 1}个）`, values: [m.name, m.nature] })),
    // A built-in sample stays one through export and import (sample-mark.ts).
    ...(filing.sample ? [row('filing.sample', `内置示例（${SAMPLE_MARK}）`, filing.sample)] : []),
  ];
  const groups: Array<keyof Filing['narrative']> = ['lastYear', 'initialBudget', 'reasons', 'facts'];
  const narrativeRows = groups.flatMap((g) => Object.entries(narrative[g]).map(([k, v]) => row(`${g}.${k}`, narrativeLabel(g, k), v))).concat(inputRows(filing, inputTables));
  return [
    { kind: 'overview', name: '概况', title: '概况与单位信息', headings: ['项目', '内容'], rows: overviewRows },
    { kind: 'narrative', name: '情况说明数据', title: '情况说明所用的数据和原因（表中没有的内容）', headings: ['项目', '内容（金额单位：元）'], rows: narrativeRows },
    { kind: 'glossary', name: '名词解释', title: '名词解释', headings: ['名词', '解释'], rows: filing.glossary.map((g, i) => ({ key: `glossary.${i}`, label: g.term, values: chunks(g.text) })) },
    { kind: 'explanations', name: '出错说明', title: '审核提示的出错说明', headings: ['审核项', '出错说明'], rows: Object.entries(filing.explanations).map(([k, v]) => row(`explanation.${k}`, k, v)) },
  ];
}

/** The text the writer puts in A1 of an extras sheet (hidden column). */
export function extrasMark(kind: ExtrasKind): string {
  return MARK + kind;
}

function kindOf(sheet: SheetData): ExtrasKind | null {
  const first = text(sheet.rows[0]?.[0]);
  if (!first.startsWith(MARK)) return null;
  const kind = first.slice(MARK.length);
  return kind === 'overview' || kind === 'narrative' || kind === 'glossary' || kind === 'explanations' ? kind : null;
}

export function isExtrasSheet(sheet: SheetData): boolean {
  return kindOf(sheet) !== null;
}

const NATURES: ReadonlyArray<UnitMember['nature']> = ['行政', '事业', '参公事业', '企业', '其他'];

/** Restores what the extras sheets hold into `filing`; answers the report's lines. */
export function readExtras(sheets: SheetData[], filing: Filing): string[] {
  const report: string[] = [];
  for (const sheet of sheets) {
    const kind = kindOf(sheet);
    if (!kind) continue;
    const rows = sheet.rows.slice(2).map((r) => ({ key: text(r[0]), label: text(r[1]), values: r.slice(2).map(text) })).filter((r) => r.key);
    const value = (r: { values: string[] }) => r.values.join('');
    if (kind === 'overview') {
      const organization: string[] = [];
      const members: UnitMember[] = [];
      for (const r of rows) {
        if (r.key === 'meta.department') filing.meta.department = value(r);
        else if (r.key === 'meta.unit' && (value(r) === '元' || value(r) === '万元')) filing.meta.unit = value(r) as '元' | '万元';
        else if (r.key === 'meta.sourceUnit' && (value(r) === '元' || value(r) === '万元')) filing.meta.sourceUnit = value(r) as '元' | '万元';
        else if (r.key === 'cover.publishDate' && value(r)) filing.meta.cover = { ...filing.meta.cover, publishDate: value(r) };
        else if (r.key === 'cover.contact' && value(r)) filing.meta.cover = { ...filing.meta.cover, contact: value(r) };
        else if (r.key === 'filing.sample' && knownSample(value(r))) filing.sample = knownSample(value(r));
        else if (r.key === 'overview.duties') filing.overview.duties = value(r);
        else if (r.key.startsWith('overview.organization.')) organization.push(value(r));
        else if (r.key.startsWith('member.')) {
          const nature = NATURES.find((n) => n === r.values[1]);
          if (r.values[0] && nature) members.push({ name: r.values[0], nature });
          else report.push(`工作表“${sheet.name}”：${r.label}“${r.values.join(' ')}”不是“单位名称、单位性质（${NATURES.join('/')}）”，未读入`);
        }
      }
      filing.overview.organization = organization;
      filing.meta.members = members;
      report.push(`概况：工作表“${sheet.name}”，读入职责、${organization.length} 段机构设置、${members.length} 个构成单位`);
    } else if (kind === 'narrative') {
      const inputs: Filing['narrative'] = { lastYear: {}, initialBudget: {}, reasons: {}, facts: {} };
      let n = 0;
      for (const r of rows) {
        const dot = r.key.indexOf('.');
        const group = r.key.slice(0, dot) as keyof Filing['narrative'];
        const cell = /^(cell|stated)\.([A-Za-z0-9]+)\.([^.]+)\.(\d+)$/.exec(r.key);
        if (cell && /^-?\d+(\.\d+)?$/.test(value(r))) {
          // An input table's cell (SHN), as the filing stored it.
          const target = cell[1] === 'cell' ? filing.tables : filing.stated;
          ((target[cell[2]] ??= {})[cell[3]] ??= {})[cell[4]] = value(r);
          n++;
        } else if (dot > 0 && group in inputs) {
          inputs[group][r.key.slice(dot + 1)] = value(r);
          n++;
        }
      }
      filing.narrative = inputs;
      report.push(`情况说明数据：工作表“${sheet.name}”，读入 ${n} 项`);
    } else if (kind === 'glossary') {
      filing.glossary = rows.filter((r) => r.key.startsWith('glossary.') && r.label).map((r) => ({ term: r.label, text: value(r) }));
      report.push(`名词解释：工作表“${sheet.name}”，读入 ${filing.glossary.length} 条`);
    } else {
      const explanations: Record<string, string> = {};
      for (const r of rows) if (r.key.startsWith('explanation.') && value(r).trim()) explanations[r.key.slice('explanation.'.length)] = value(r);
      filing.explanations = explanations;
      report.push(`出错说明：工作表“${sheet.name}”，读入 ${Object.keys(explanations).length} 条`);
    }
  }
  return report;
}

/** Rows from the top of a sheet the printed sample mark is looked for in (the writer puts it in the first two). */
const MARK_ROWS = 3;

/**
 * A workbook whose sheets carry the printed sample mark (one from which the hidden 概况 key was lost): the
 * sample of the template it was read by, or undefined.
 */
export function sampleFromSheets(sheets: readonly SheetData[], templateId: string): string | undefined {
  const mark = squash(SAMPLE_MARK);
  const marked = sheets.some((s) => s.rows.slice(0, MARK_ROWS).some((r) => r.some((c) => squash(text(c)).includes(mark))));
  return marked ? knownSample(templateId) : undefined;
}
