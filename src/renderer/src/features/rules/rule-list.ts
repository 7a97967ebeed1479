// 审核公式 as a clerk reads them: every rule of the filing's template, grouped by the table it is about,
// with its state for this filing as the engine decided it (通过 / 未通过 / 未核对 with the reason) and the
// formula in words. Pure: the view renders it, a unit test checks it against the engine.
import type { Filing } from '../../../../shared/filing/types';
import type { Finding, InstanceNames, LinearRule, RuleDef, Unchecked } from '../../../../shared/rules/types';
import type { Template } from '../../../../shared/templates/types';
import { tablesOfRule } from '../../../../shared/rules/presence';
import { isStoredAmount } from '../../../../shared/money/money';
import { STATED_RULE, CYCLE_RULE } from '../../../../shared/rules/instances';

export type RuleState = '通过' | '未通过' | '未核对' | '不适用';

export interface RuleItem {
  /** The rule's id: a React key and a test hook, never shown. */
  id: string;
  /** 第 N 条 within its group. */
  n: number;
  severity: '强制' | '提示';
  title: string;
  /** The formula in words: "公开01表 行31 收入总计 = 公开01表 行62 支出总计". */
  formula: string;
  state: RuleState;
  /** Why 未核对 / 不适用, or a note on a pass with nothing to check. */
  reason?: string;
  /** The findings standing on it (未通过), in the panel's order. */
  findings: Finding[];
  /** Of those, 提示 with a written 出错说明. */
  explained: number;
}

export interface RuleGroup {
  key: string;
  title: string;
  items: RuleItem[];
}

// Placeholders a per-instance label is worded with, then turned into words.
const CODE = '\u27e8C\u27e9';
const NAME = '\u27e8N\u27e9';
const LINE = '\u27e8L\u27e9';
const PLACEHOLDER: InstanceNames = { code: CODE, name: NAME, line: () => LINE };

function sideWords(label: LinearRule['left']['label'], each: string): string {
  const raw = typeof label === 'string' ? label : label(PLACEHOLDER);
  return raw
    .replace(new RegExp(`行${LINE}`, 'g'), `${each}所在行`)
    .replace(new RegExp(LINE, 'g'), `${each}所在行`)
    .replace(new RegExp(`${CODE}\\s*${NAME}`, 'g'), each)
    .replace(new RegExp(CODE, 'g'), each)
    .replace(new RegExp(NAME, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which rows a per-row rule runs over, and how one of them is called in its formula. */
function scope(rule: LinearRule, template: Template): { prefix: string; each: string } {
  const fe = rule.forEach;
  if (!fe) return { prefix: '', each: '' };
  if (fe.over === 'classes') return { prefix: '对每一类支出（功能分类类级科目）：', each: '该类' };
  const t = template.tables.find((x) => x.id === fe.table);
  const levels = fe.levels ?? [];
  const words = levels.length === 0 || levels.length === 3 ? '每一行' : levels.map((l) => ({ class: '类', group: '款', item: '项' })[l]).join('、') + '级科目';
  return { prefix: `对${t?.number ?? ''}${levels.length === 0 ? '每一行' : `每个${words}`}：`, each: levels.length === 0 ? '该行' : '该科目' };
}

export function formulaWords(rule: RuleDef, template: Template): string {
  if (rule.kind === 'routine') return `${rule.title.replace(/^[^：]*：/, '')}（逐项核对）`;
  const { prefix, each } = scope(rule, template);
  return `${prefix}${sideWords(rule.left.label, each)} ${rule.op === 'eq' ? '=' : '≤'} ${sideWords(rule.right.label, each)}`;
}

/** The group a rule is listed under: the table its left side is on, or the forms, narrative, 汇总. */
function groupOf(rule: RuleDef, template: Template): { key: string; title: string } {
  if (rule.id.startsWith('PE-')) return { key: 'PE', title: '项目支出绩效自评表' };
  if (rule.id.startsWith('NR-')) return { key: 'NR', title: '情况说明' };
  if (rule.id.startsWith('HZ-')) return { key: 'HZ', title: '汇总抵销（汇总文件）' };
  const first = tablesOfRule(rule)[0];
  const t = template.tables.find((x) => x.id === first);
  return t ? { key: t.id, title: `${t.number} ${t.title}` } : { key: 'other', title: '其他' };
}

/** The rule needs last year's figures and the filing lacks one: the engine built no instance of it. */
function missingLastYear(rule: RuleDef, filing: Filing): boolean {
  if (rule.kind !== 'linear' || rule.requires !== 'lastYear') return false;
  const ly = filing.narrative?.lastYear ?? {};
  return [...rule.left.terms, ...rule.right.terms].some((t) => t.kind === 'lastYear' && !isStoredAmount(ly[t.key]));
}

function item(id: string, n: number, severity: RuleDef['severity'], title: string, formula: string, fs: Finding[]): RuleItem {
  return { id, n, severity: severity === 'error' ? '强制' : '提示', title, formula, state: fs.length > 0 ? '未通过' : '通过', findings: fs, explained: fs.filter((f) => f.severity === 'warning' && f.explanation).length };
}

export function ruleGroups(template: Template, filing: Filing, findings: readonly Finding[], unchecked: readonly Unchecked[]): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const groups = new Map<string, RuleGroup>();
  const add = (g: { key: string; title: string }, make: (n: number) => RuleItem) => {
    let group = groups.get(g.key);
    if (!group) groups.set(g.key, (group = { ...g, items: [] }));
    group.items.push(make(group.items.length + 1));
  };
  for (const rule of template.rules) {
    add(groupOf(rule, template), (n) => {
      const it = item(rule.id, n, rule.severity, rule.title, formulaWords(rule, template), byRule.get(rule.id) ?? []);
      const u = unchecked.find((x) => x.rule === rule.id);
      if (u) return { ...it, state: '未核对', reason: u.reason };
      if (it.findings.length > 0) return it;
      if (rule.id.startsWith('HZ-') && !filing.consolidation) return { ...it, state: '不适用', reason: '本文件不是汇总文件' };
      if (missingLastYear(rule, filing)) return { ...it, state: '未核对', reason: '未填写上年数（在“情况说明”的上年数中填写）' };
      if (rule.id.startsWith('PE-') && filing.evaluations.length === 0) return { ...it, reason: '文件中没有自评表，无可核对' };
      return it;
    });
  }
  // The engine's own checks: printed totals against their parts (always run), template cycles (when found).
  const other = { key: 'other', title: '其他（导入的合计数、模板公式）' };
  add(other, (n) => item(STATED_RULE, n, 'error', '导入的合计数等于分项之和', '导入或打印的每个合计数、小计数 = 其各分项之和', byRule.get(STATED_RULE) ?? []));
  const cycles = byRule.get(CYCLE_RULE) ?? [];
  if (cycles.length > 0) add(other, (n) => item(CYCLE_RULE, n, 'error', '模板的计算公式没有循环引用', '每个计算单元格不依赖它自己', cycles));
  // In template order: the tables, then the forms, the narrative, 汇总 and the rest.
  const order = [...template.tables.map((t) => t.id), 'PE', 'NR', 'HZ', 'other'];
  return [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

export function stateCounts(groups: readonly RuleGroup[]): Record<RuleState, number> {
  const c: Record<RuleState, number> = { 通过: 0, 未通过: 0, 未核对: 0, 不适用: 0 };
  for (const g of groups) for (const it of g.items) c[it.state]++;
  return c;
}
