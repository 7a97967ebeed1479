// 审核结果.xlsx as rows: one per finding, in the panel's order, named as a clerk reads them (表, 单元格 by
// 行次/科目 and 栏次 — or, where the template prints neither, by line name and heading as its findings
// say — the rule by its title, never an id), plus the rules not checked and why. Pure: the
// node side writes it with exceljs.
import type { Filing } from '../types/filing';
import type { Finding, Unchecked } from '../types/rule';
import type { Template } from '../types/template';
import { fieldWords } from '../review/wording';
import { STATED_RULE, CYCLE_RULE } from '../rules/instances';
import { findingFigures } from '../rules/check';
import { cellWords } from '../table/cell-name';

export const FINDINGS_COLUMNS = ['表', '单元格', '规则', '级别', '说明', '差额', '出错说明'] as const;

export interface FindingRow {
  table: string;
  cell: string;
  rule: string;
  severity: '强制' | '提示';
  message: string;
  /** In 元 (or a count), a decimal string; '' for a finding with no two sides (forms, narrative). */
  gap: string;
  explanation: string;
}

/** The title of a rule as lists show it; the engine's own checks have no template rule. */
export function ruleTitle(template: Template, id: string): string {
  if (id === STATED_RULE) return '导入的合计数等于分项之和';
  if (id === CYCLE_RULE) return '模板的计算公式没有循环引用';
  return template.rules.find((r) => r.id === id)?.title ?? '其他审核';
}

export function findingRows(filing: Filing, template: Template, findings: readonly Finding[]): FindingRow[] {
  return findings.map((f) => {
    const first = f.cells[0];
    const def = first ? template.tables.find((t) => t.id === first.table) : undefined;
    const table = f.field ? (f.field.kind === 'evaluation' ? '项目支出绩效自评表' : '情况说明') : (def?.number ?? '');
    const cell = f.field ? fieldWords(filing, f.field) : first ? cellWords(template, first) : '';
    return {
      table,
      cell,
      rule: ruleTitle(template, f.rule),
      severity: f.severity === 'error' ? '强制' : '提示',
      message: f.message,
      gap: f.field ? '' : (findingFigures(f)?.difference.replace(/^-/, '') ?? ''),
      explanation: f.explanation ?? '',
    };
  });
}

export interface UncheckedRow {
  rule: string;
  severity: '强制' | '提示';
  reason: string;
}

export function uncheckedRows(template: Template, unchecked: readonly Unchecked[]): UncheckedRow[] {
  return unchecked.map((u) => {
    const r = template.rules.find((x) => x.id === u.rule);
    return { rule: u.title, severity: r?.severity === 'warning' ? '提示' : '强制', reason: u.reason };
  });
}
