// Compare two versions of a filing: changed cells with old and new values, coded rows added and removed,
// metadata, explanations and review notes. Compares entered values; computed cells follow from them.
import type { Filing, NarrativeInputs, TableValues } from '../types/filing';
import type { Evaluation } from '../types/evaluation';
import { EVALUATION_WEIGHTS } from '../evaluation/scoring';

export interface CellChange {
  table: string;
  row: string;
  col: number;
  before: string | null;
  after: string | null;
}

export interface EvaluationChange {
  id: string;
  name: string;
  change: 'added' | 'removed' | 'changed';
  /** For 'changed': what differs, as the form labels it (项目名称, 产出指标自评得分, 绩效指标…). */
  fields: string[];
}

export interface NarrativeChange {
  section: keyof NarrativeInputs;
  key: string;
  before: string | null;
  after: string | null;
}

export interface RowChange {
  table: string;
  row: string;
}

export interface FilingComparison {
  cells: CellChange[];
  rowsAdded: RowChange[];
  rowsRemoved: RowChange[];
  meta: Array<{ field: string; before: string; after: string }>;
  explanations: Array<{ key: string; before: string | null; after: string | null }>;
  notesAdded: string[];
  notesRemoved: string[];
  notesChanged: string[];
  /** Self-evaluation forms by id: added, removed, or with these fields changed (labels in Chinese). */
  evaluations: EvaluationChange[];
  /** 情况说明 inputs: 上年数, 年初预算, 原因说明, 其他情况, by key. */
  narrative: NarrativeChange[];
  /** True when nothing differs. */
  same: boolean;
}

function sortedKeys(...objs: Array<Record<string, unknown> | undefined>): string[] {
  const keys = new Set<string>();
  for (const o of objs) if (o) for (const k of Object.keys(o)) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** coded: rows are 科目 a clerk adds and removes; a fixed table's lines (公开01表 行27) only gain values. */
function compareTable(table: string, a: TableValues = {}, b: TableValues = {}, out: FilingComparison, coded: boolean): void {
  for (const row of sortedKeys(a, b)) {
    const ra = a[row];
    const rb = b[row];
    if (coded && ra === undefined) out.rowsAdded.push({ table, row });
    else if (coded && rb === undefined) out.rowsRemoved.push({ table, row });
    for (const col of sortedKeys(ra, rb)) {
      const before = ra?.[col] ?? null;
      const after = rb?.[col] ?? null;
      if (before !== after) out.cells.push({ table, row, col: Number(col), before, after });
    }
  }
}

const EVALUATION_LABELS: Array<[keyof Evaluation, string]> = [
  ['name', '项目名称'], ['manager', '项目负责人'], ['phone', '联系电话'], ['department', '主管部门'], ['implementer', '实施单位'],
  ['period', '项目起止时间'], ['evaluationYear', '绩效自评评价年度'], ['budget', '项目预算金额'], ['received', '实际到位金额'],
  ['spent', '实际执行金额'], ['sources', '项目资金（按来源）'], ['annualGoal', '年度总体目标'], ['goalOutput', '项目预期绩效目标'], ['goalEffect', '项目效果'], ['executionScore', '项目执行情况自评得分'],
  ['indicators', '绩效指标'], ['conclusion', '自评结论及结果分析'], ['experience', '主要经验做法'], ['problems', '存在问题与整改措施'],
  ['evaluators', '评价人员'], ['filledBy', '填报人'], ['filledPhone', '填报人联系电话'], ['filledDate', '填报日期'], ['published', '是否公开'],
];

function evaluationFields(a: Evaluation, b: Evaluation): string[] {
  const out: string[] = [];
  for (const [k, label] of EVALUATION_LABELS) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(label);
  for (const l of EVALUATION_WEIGHTS.levels) if ((a.levelScores[l.name] ?? '') !== (b.levelScores[l.name] ?? '')) out.push(`${l.name}自评得分`);
  // Anything the list above does not name still counts as a change.
  const known = new Set<string>([...EVALUATION_LABELS.map(([k]) => k), 'levelScores', 'id']);
  for (const k of sortedKeys(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>)) {
    if (!known.has(k) && JSON.stringify((a as unknown as Record<string, unknown>)[k]) !== JSON.stringify((b as unknown as Record<string, unknown>)[k])) out.push('其他内容');
  }
  return [...new Set(out)];
}

function compareEvaluations(before: Evaluation[], after: Evaluation[], out: FilingComparison): void {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Set(after.map((e) => e.id));
  for (const e of after) {
    const o = old.get(e.id);
    if (!o) out.evaluations.push({ id: e.id, name: e.name, change: 'added', fields: [] });
    else {
      const fields = evaluationFields(o, e);
      if (fields.length) out.evaluations.push({ id: e.id, name: e.name || o.name, change: 'changed', fields });
    }
  }
  for (const e of before) if (!now.has(e.id)) out.evaluations.push({ id: e.id, name: e.name, change: 'removed', fields: [] });
}

const NARRATIVE_SECTIONS: Array<keyof NarrativeInputs> = ['lastYear', 'initialBudget', 'reasons', 'facts'];

/** `coded(table)`: whether a table's rows are added and removed (a template's coded tables); default all. */
export function compareFilings(before: Filing, after: Filing, coded: (table: string) => boolean = () => true): FilingComparison {
  const out: FilingComparison = {
    cells: [],
    rowsAdded: [],
    rowsRemoved: [],
    meta: [],
    explanations: [],
    notesAdded: [],
    notesRemoved: [],
    notesChanged: [],
    evaluations: [],
    narrative: [],
    same: false,
  };
  for (const table of sortedKeys(before.tables, after.tables)) {
    compareTable(table, before.tables[table], after.tables[table], out, coded(table));
  }
  compareEvaluations(before.evaluations, after.evaluations, out);
  for (const section of NARRATIVE_SECTIONS) {
    const a = before.narrative?.[section] ?? {};
    const b = after.narrative?.[section] ?? {};
    for (const key of sortedKeys(a, b)) {
      const x = a[key] ?? null;
      const y = b[key] ?? null;
      if (x !== y) out.narrative.push({ section, key, before: x, after: y });
    }
  }
  const metaFields: Array<keyof Filing['meta']> = ['department', 'year', 'unit', 'sourceUnit'];
  for (const f of metaFields) {
    const x = String(before.meta[f]);
    const y = String(after.meta[f]);
    if (x !== y) out.meta.push({ field: f, before: x, after: y });
  }
  for (const key of sortedKeys(before.explanations, after.explanations)) {
    const x = before.explanations[key] ?? null;
    const y = after.explanations[key] ?? null;
    if (x !== y) out.explanations.push({ key, before: x, after: y });
  }
  const notesBefore = new Map(before.review.map((n) => [n.id, n]));
  const notesAfter = new Map(after.review.map((n) => [n.id, n]));
  for (const [id, n] of notesAfter) {
    const old = notesBefore.get(id);
    if (!old) out.notesAdded.push(id);
    else if (JSON.stringify(old) !== JSON.stringify(n)) out.notesChanged.push(id);
  }
  for (const id of notesBefore.keys()) if (!notesAfter.has(id)) out.notesRemoved.push(id);
  out.same =
    out.cells.length + out.rowsAdded.length + out.rowsRemoved.length + out.meta.length + out.explanations.length +
      out.notesAdded.length + out.notesRemoved.length + out.notesChanged.length + out.evaluations.length + out.narrative.length ===
    0;
  return out;
}
