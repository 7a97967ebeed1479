// What a reader sees for a place in the filing: a cell as a clerk finds it on the printed table (表,
// 行次/科目, 栏次), a form field by its project and label, a reason slot by its heading, a finding key
// by its rule's title. Used by the 审核报告 and the version compare, so no internal id reaches a page.
import type { Filing } from '../filing/types';
import type { FieldRef, Finding } from '../rules/types';
import type { Template } from '../templates/types';
import { cellWords } from '../table/cell-name';
import { EVALUATION_WEIGHTS, FUNDING_KINDS } from '../evaluation/scoring';
import { FACT_FIELDS, slotLabel } from '../narrative/facts';
import { FUNCTION_CLASSES, LAST_YEAR_BY_KEY } from '../narrative/keys';
import type { NarrativeInputs } from '../filing/types';

const SECTION_NAMES: Record<keyof NarrativeInputs, string> = { lastYear: '上年数', initialBudget: '年初预算', reasons: '原因说明', facts: '其他情况' };

/** 上年数 收入总计; 年初预算 201 一般公共服务; 原因说明 …; 其他情况 因公出国（境）团组数（个）. */
export function narrativeInputWords(section: keyof NarrativeInputs, key: string): string {
  let name: string | undefined;
  if (section === 'lastYear') name = LAST_YEAR_BY_KEY.get(key)?.label;
  else if (section === 'initialBudget') {
    const k = FUNCTION_CLASSES.find((c) => c.code === key);
    name = key === 'total' ? '一般公共预算财政拨款年初预算合计' : k ? `${k.code} ${k.name}` : undefined;
  } else if (section === 'reasons') name = slotLabel(key);
  else name = FACT_FIELDS.find((f) => f.key === key)?.label;
  return `${SECTION_NAMES[section]} ${name ?? key}`;
}

const EVALUATION_FIELDS: Record<string, string> = {
  name: '项目名称',
  executionScore: '项目执行情况自评得分',
  ...Object.fromEntries(EVALUATION_WEIGHTS.levels.map((l) => [`levelScores.${l.name}`, `${l.name}自评得分`])),
  ...Object.fromEntries(FUNDING_KINDS.map((k) => [`${k.key}.total`, `${k.label}合计`])),
};

// The one name of a cell (table/cell-name.ts), here too for the report and compare that word places.
export { cellWords };

/** 项目支出绩效自评表 项目“X” 产出指标自评得分; 情况说明 原因说明“…”. */
export function fieldWords(filing: Filing, field: FieldRef): string {
  if (field.kind === 'narrative') return `情况说明 ${slotLabel(field.slot)}`;
  const ev = filing.evaluations.find((e) => e.id === field.evaluation);
  const project = `项目支出绩效自评表 项目“${ev?.name || '（未命名）'}”`;
  if (!field.field) return project;
  if (field.field.startsWith('indicators.')) {
    // indicators.<id> is its 未完成原因和改进措施; indicators.<id>.score / .weight its 得分 / 分值 (PE-5).
    const part = /\.(score|weight)$/.exec(field.field)?.[1];
    const id = part ? field.field.slice(0, -part.length - 1) : field.field;
    const ind = ev?.indicators.find((i) => `indicators.${i.id}` === id);
    return `${project} 指标“${ind?.name || '（未命名）'}” ${part === 'score' ? '得分' : part === 'weight' ? '分值' : '未完成原因和改进措施'}`;
  }
  return `${project} ${EVALUATION_FIELDS[field.field] ?? '自评表'}`;
}

/** Where a finding is: its cells (first four) or its field. */
export function findingWhere(f: Finding, filing: Filing, template: Template | undefined): string {
  if (f.field) return fieldWords(filing, f.field);
  return f.cells.slice(0, 4).map((c) => cellWords(template, c)).join('；') + (f.cells.length > 4 ? ' 等' : '');
}

/**
 * A finding key (rule id + instance) in words: the finding's own message when it is still there, else the
 * title of the rule whose id the key starts with (the longest), else a neutral phrase — never the key.
 */
export function findingKeyWords(key: string, template: Template | undefined, findings: readonly Finding[] = []): string {
  const f = findings.find((x) => x.key === key);
  if (f) return f.message;
  let best: { id: string; title: string } | undefined;
  for (const r of template?.rules ?? []) {
    if (key.startsWith(r.id) && r.id.length > (best?.id.length ?? -1)) best = r;
  }
  if (best) return `${best.title}（该问题现已不存在）`;
  if (key.startsWith('STATED.')) return '导入的合计与分项之和不符（该问题现已不存在）';
  if (key.startsWith('CYCLE.')) return '计算公式循环引用（该问题现已不存在）';
  return '一条已不存在的审核结果';
}
