// Words and figures for a comparison of two versions: amounts as printed (元 or 万元), counts as whole
// numbers, row labels from the template.
import type { CellChange, EvaluationChange, FilingComparison, NarrativeChange } from '../../../../shared/review/compare';
import { narrativeInputWords } from '../../../../shared/review/wording';
import type { CustomCode, Filing } from '../../../../shared/filing/types';
import { getCatalog, nameOf } from '../../../../shared/catalog/index';
import type { Template } from '../../../../shared/templates/types';
import { getTemplateParams } from '../../../../shared/templates/params';
import { columnWords, lineWords } from '../../../../shared/table/cell-name';
import { Decimal, formatAmount } from '../../../../shared/money/money';
import type { MoneyUnit } from '../../../../shared/money/money';

export function isCountCell(template: Template | null, table: string, row: string, col: number): boolean {
  const def = template?.tables.find((t) => t.id === table);
  if (!def) return false;
  if (def.rows?.find((r) => r.row === row)?.kind === 'count') return true;
  return def.columns.find((c) => c.col === col)?.kind === 'count';
}

/** A stored value as printed; blank as “（空）”; anything unreadable as it is. */
export function formatStored(value: string | null, count: boolean, unit: MoneyUnit): string {
  if (value === null || value.trim() === '') return '（空）';
  try {
    const d = new Decimal(value);
    return count ? d.toFixed(0) : formatAmount(d, unit);
  } catch {
    return value;
  }
}

/** The row as a clerk knows it: 行27 本年收入合计, or a code with its catalogue name. */
export function rowText(template: Template | null, table: string, row: string, custom?: readonly CustomCode[]): string {
  const def = template?.tables.find((t) => t.id === table);
  if (row === '合计') return '合计';
  if (!def || !template) return row;
  // 上海 prints no 行次: the line as its findings name it.
  if (!(getTemplateParams(template.id)?.printsLineNumbers ?? true)) return lineWords(template, def, row);
  if (def.kind === 'coded' || def.catalog) {
    let name: string | undefined;
    try {
      name = nameOf(getCatalog(def.catalog ?? 'function', template.year), row, custom);
    } catch {
      // A year without a built-in catalogue: the code alone still says which row.
    }
    return name ? `${row} ${name}` : row;
  }
  const label = def.rows?.find((r) => r.row === row)?.label;
  return label ? `行${row} ${label}` : `行${row}`;
}

/** An evaluation change in a line: “新增：项目“X””, “项目“X”：产出指标自评得分、绩效指标有变化”. */
export function evaluationLine(e: EvaluationChange): string {
  const name = `项目“${e.name || '（未命名）'}”`;
  if (e.change === 'added') return `新增：${name}`;
  if (e.change === 'removed') return `已删除：${name}`;
  return `${name}：${e.fields.join('、')}有变化`;
}

/** A 情况说明 input change: amounts as printed, texts shortened. */
export function narrativeLine(n: NarrativeChange, unit: MoneyUnit): string {
  const show = (v: string | null) => {
    if (v === null || v.trim() === '') return '（空）';
    if (n.section === 'lastYear' || n.section === 'initialBudget') return formatStored(v, false, unit);
    return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  };
  return `${narrativeInputWords(n.section, n.key)}：${show(n.before)} → ${show(n.after)}`;
}

export function colText(template: Template | null, table: string, col: number): string {
  const def = template?.tables.find((t) => t.id === table);
  // 上海 prints no 栏次: the column by its heading alone.
  if (template && def && !(getTemplateParams(template.id)?.printsColumnNumbers ?? true)) return columnWords(template, def, col);
  const label = def?.columns.find((c) => c.col === col)?.label;
  return label ? `栏${col} ${label}` : `栏${col}`;
}

export function changeOf(c: CellChange, template: Template | null, unit: MoneyUnit): { before: string; after: string } {
  const count = isCountCell(template, c.table, c.row, c.col);
  return { before: formatStored(c.before, count, unit), after: formatStored(c.after, count, unit) };
}

const META_NAMES: Record<string, string> = { department: '部门名称', year: '年度', unit: '金额单位', sourceUnit: '数据来源单位' };

export function metaName(field: string): string {
  return META_NAMES[field] ?? field;
}

/** A note by id from either version, in a line: “审阅人：请核对…”. */
export function noteLine(id: string, before: Filing, after: Filing): string {
  const n = after.review.find((x) => x.id === id) ?? before.review.find((x) => x.id === id);
  if (!n) return id;
  const text = n.text.length > 60 ? `${n.text.slice(0, 60)}…` : n.text;
  return `${n.author}：${text}${n.resolved ? '（已解决）' : ''}${n.replies.length ? `（答复 ${n.replies.length} 条）` : ''}`;
}

export function summary(c: FilingComparison): string {
  if (c.same) return '两个版本完全相同。';
  const parts = [
    c.cells.length && `数据变化 ${c.cells.length} 处`,
    c.rowsAdded.length && `新增科目 ${c.rowsAdded.length} 行`,
    c.rowsRemoved.length && `删除科目 ${c.rowsRemoved.length} 行`,
    c.meta.length && `基本信息变化 ${c.meta.length} 项`,
    c.explanations.length && `出错说明变化 ${c.explanations.length} 条`,
    c.evaluations.length && `绩效自评表变化 ${c.evaluations.length} 个项目`,
    c.narrative.length && `情况说明的填写内容变化 ${c.narrative.length} 项`,
    c.notesAdded.length + c.notesChanged.length + c.notesRemoved.length && `审阅意见变化 ${c.notesAdded.length + c.notesChanged.length + c.notesRemoved.length} 条`,
  ].filter(Boolean);
  return `${parts.join('；')}。`;
}
