// THE name of one cell shown on its own (refused edits, the 汇总 report, the desk's cells, review notes,
// recovery, the compare view, 审核结果.xlsx), as its template prints it: 山西 by 行次/科目, label and 栏次
// (“公开02表 合计 财政拨款收入（栏2）”, types/cell-ref.ts cellName); 上海, which prints neither number, by
// line name and heading (“表二 2120101 行政运行 本年收入合计”, “表四 年初财政拨款结转和结余 一般公共预算
// 财政拨款”) as its findings name them (rules/labels.ts builds a finding's words from the same parts).
// Here, not in rules/: filing/ and consolidate/ name cells too, and rules/ imports them.
import type { RowDef, TableDef, Template } from '../types/template';
import type { CellRef } from '../types/cell-ref';
import { cellName, rowName } from '../types/cell-ref';
import { getCatalog, nameOf } from '../catalog/index';
import { getTemplateParams } from '../templates/params';

/** A column by its printed heading, with the heading that tells twins apart (公开07表, 上海 表七 合计决算数). */
export function colLabel(t: TableDef, col: number): string {
  const c = t.columns.find((x) => x.col === col);
  if (!c) return `栏${col}`;
  // 公开07表 repeats 合计/小计/… under 预算数 and 决算数: name the group too.
  const twins = t.columns.filter((x) => x !== c && x.label === c.label);
  if (twins.length === 0 || !c.group?.length) return c.label;
  // 上海 表七 has every 预算数 under one banner (财政拨款“三公”经费): name the headings below the part all share.
  let shared = 0;
  while (shared < c.group.length - 1 && twins.every((x) => x.group?.[shared] === c.group![shared])) shared++;
  if (shared === 0) return `${c.group[0]}${c.label}`;
  // The lowest heading names the item (公务用车购置费), a 小计 with its parent's name.
  const last = c.group.length - 1;
  const item = /^(小计|合计)$/.test(c.group[last]) && last > shared ? c.group[last - 1] + c.group[last] : c.group[last];
  return `${item}${c.label}`;
}

/**
 * A line of a template that prints no 行次, as printed: “208 社会保障和就业支出” (a 类 line of 表一/表四,
 * a code of 表二 or 表六), 合计 or a named line (本年收入合计) as it stands; a line of an input table
 * (上海 情况说明数据, filled on the 情况说明 form) by the label the form shows (因公出国（境）团组数（个）).
 */
function namedRow(template: Pick<Template, 'id' | 'year'>, t: TableDef, row: string): string {
  const def = t.kind === 'fixed' ? (t.rows ?? []).find((r) => r.row === row) : undefined;
  if (def?.code) return `${def.code} ${unnumbered(def.label)}`;
  if (def?.label && getTemplateParams(template.id)?.inputTables.includes(t.id)) return def.label;
  if (def) return underHeading(t, def) ?? row;
  if (t.kind !== 'coded' || row === '合计') return row;
  try {
    const name = nameOf(getCatalog(t.catalog ?? 'function', template.year), row);
    return name ? `${row} ${name}` : row;
  } catch {
    return row;
  }
}

const unnumbered = (label: string): string => label.replace(/^[一二三四五六七八九十]+、/, '');

/**
 * An indented line whose printed label another line of the table prints too: named by the heading it is
 * printed under, as the clerk finds it — 表四's 年初 fund lines print “一、一般公共预算财政拨款” under
 * 年初财政拨款结转和结余, as the 本年收入 line above does: “年初财政拨款结转和结余 一般公共预算财政拨款”.
 */
function underHeading(t: TableDef, def: RowDef): string | null {
  const rows = t.rows ?? [];
  const label = unnumbered(def.label);
  if (!def.indent || label === def.row || !rows.some((r) => r !== def && !r.blank && unnumbered(r.label) === label)) return null;
  const at = rows.indexOf(def);
  for (let i = at - 1; i >= 0; i--) {
    const r = rows[i];
    if (!r.blank && (r.indent ?? 0) < def.indent) return `${unnumbered(r.label)} ${label}`;
  }
  return null;
}

/** A line as the template prints it: 行27, a code, 合计 (山西); “2120101 行政运行”, 本年收入合计 (上海). */
export function lineWords(template: Pick<Template, 'id' | 'year'>, t: TableDef, row: string): string {
  return (getTemplateParams(template.id)?.printsLineNumbers ?? true) ? rowName(t, row) : namedRow(template, t, row);
}

/**
 * A column by its heading alone, as a list with its own 栏 column shows it: the printed label (山西: the
 * 栏次 is shown beside it); 上海 the heading that tells twins apart (表七 合计决算数).
 */
export function columnWords(template: Pick<Template, 'id'>, t: TableDef, col: number): string {
  if (getTemplateParams(template.id)?.printsColumnNumbers ?? true) return t.columns.find((x) => x.col === col)?.label ?? '';
  return colLabel(t, col);
}

/**
 * A cell named on its own (审核结果.xlsx, the 审核报告) as its findings name it, for a template that prints
 * no 行次/栏次 (“表四 年初财政拨款结转和结余 一般公共预算财政拨款”); null where the template prints them
 * (the caller's 行/栏次 name, types/cell-ref.ts cellName, is then what the page shows).
 */
export function printedCellName(template: Pick<Template, 'id' | 'year' | 'tables'>, cell: CellRef): string | null {
  if (getTemplateParams(template.id)?.printsLineNumbers ?? true) return null;
  const t = template.tables.find((x) => x.id === cell.table);
  if (!t) return null;
  const rows = t.rows ?? [];
  const parts = [t.number];
  if (!(t.kind === 'fixed' && rows.length === 1)) parts.push(namedRow(template, t, cell.row));
  const nCols = (t.kind === 'fixed' ? rows.find((r) => r.row === cell.row)?.cols?.length : undefined) ?? t.columns.length;
  if (nCols > 1) parts.push(colLabel(t, cell.col));
  return parts.join(' ');
}

/**
 * THE name of one cell shown on its own, as the template prints it — refused edits, the 汇总 report, the
 * desk's cells, review notes, recovery, 审核结果.xlsx: 山西 by 行次/科目, label and 栏次 (“公开02表 合计
 * 财政拨款收入（栏2）”), 上海 by line name and heading (“表二 2120101 行政运行 本年收入合计”). A table the
 * template lacks (or no template) by its id and 栏次 alone.
 */
export function cellWords(template: Pick<Template, 'id' | 'year' | 'tables'> | null | undefined, cell: CellRef): string {
  return (template && printedCellName(template, cell)) ?? cellName(template?.tables.find((t) => t.id === cell.table), cell);
}

