// 十 其他重要事项: 机关运行经费, 政府采购 (中小企业), 国有资产占用, 预算绩效 (from the self-evaluations).
import Decimal from 'decimal.js';
import { summarizeEvaluations } from '../evaluation/summary';
import { GRADES, formAmount, scoreEvaluation } from '../evaluation/scoring';
import type { Evaluation } from '../types/evaluation';
import type { NarrativeParagraph, NarrativeSection } from './output';
import { Para, heading } from './output';
import { type NarrativeContext, cell, changeWords, factAmount, factCount, factMoney, slotText, withReason } from './phrases';

const unitOf = (ctx: NarrativeContext) => ctx.filing.meta.unit;
const t10 = (row: string) => cell('T10', row, 1);

function runningCost(ctx: NarrativeContext): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  let text = `${ctx.dept}${ctx.year}年机关运行经费支出${p.cells(ctx.value, [t10('5'), t10('6')])}`;
  const ch = changeWords(p, ctx, 'T10.5');
  if (ch) text += (ch.same ? `，与${ctx.lastYearLabel}持平` : `，比${ctx.lastYearLabel}${ch.text}`) + withReason(p, ctx, 'T10.5', !ch.same, '，');
  else p.slot('T10.5');
  return p.done(text + '。');
}

function procurement(ctx: NarrativeContext): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  const total = ctx.value(t10('1'));
  let text = `${ctx.dept}${ctx.year}年度政府采购支出总额${p.cells(ctx.value, [t10('1')])}，其中：政府采购货物支出${p.cells(ctx.value, [t10('2')])}、政府采购工程支出${p.cells(ctx.value, [t10('3')])}、政府采购服务支出${p.cells(ctx.value, [t10('4')])}。`;
  const sme = factAmount(ctx, '中小企业合同金额');
  if (sme !== null) {
    text += `政府采购授予中小企业合同金额${p.amount(sme, { kind: 'fact', key: '中小企业合同金额' })}，占政府采购支出总额的${p.percent(sme, total, { kind: 'ratio', num: [], den: [t10('1')] })}。`;
    const small = factAmount(ctx, '小微企业合同金额');
    if (small !== null) text += `其中：授予小微企业合同金额${p.amount(small, { kind: 'fact', key: '小微企业合同金额' })}，占政府采购支出总额的${p.percent(small, total, { kind: 'ratio', num: [], den: [t10('1')] })}。`;
  }
  return p.done(text);
}

const VEHICLES: ReadonlyArray<[string, string]> = [
  ['8', '副部（省）级及以上领导用车'],
  ['9', '主要领导干部用车'],
  ['10', '机要通信用车'],
  ['11', '应急保障用车'],
  ['12', '执法执勤用车'],
  ['13', '特种专业技术用车'],
  ['14', '离退休干部用车'],
  ['15', '其他用车'],
];

function assets(ctx: NarrativeContext): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  const count = (row: string) => p.count(ctx.value(t10(row)), { kind: 'cells', cells: [t10(row)] });
  const kinds = VEHICLES.map(([row, name]) => `${name}${count(row)}辆`).join('、');
  p.slot('use.T10.15');
  const other = slotText(ctx, 'use.T10.15');
  return p.done(`${ctx.dept}截至${ctx.year}年12月31日，本部门共有车辆${count('7')}辆。其中：${kinds}${other ? `，其他用车主要是${other}` : ''}；单价100万元以上设备（不含车辆）${count('17')}台（套）。`);
}

/** 万元 as the forms print them: no trailing zeros (36.9, 2.5). */
function wan(p: Para, ev: Evaluation, field: 'budget' | 'spent'): string {
  const v = formAmount(ev[field].total) ?? new Decimal(0);
  const text = v.toString();
  p.figures.push({ text, kind: 'amount', value: v, source: { kind: 'evaluation', id: ev.id, field: `${field}.total` } });
  return `${text}万元`;
}

function formSummary(ctx: NarrativeContext, ev: Evaluation): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  const s = scoreEvaluation(ev);
  const score = p.score(s.total, { kind: 'evaluation', id: ev.id, field: 'total' });
  const rate = s.rate === null ? '—' : p.percent(s.rate, new Decimal(1), { kind: 'evaluation', id: ev.id, field: 'rate' });
  const clean = (t: string) => t.trim().replace(/[。；;\s]+$/, '') || '无';
  return p.done(
    `${ev.name}绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为${score}分，自评等级为“${s.gradeText}”。项目全年预算数为${wan(p, ev, 'budget')}，执行数为${wan(p, ev, 'spent')}，完成预算的${rate}。项目绩效目标完成情况：${clean(ev.conclusion)}。发现的主要问题及整改措施：${clean(ev.problems)}。`,
    'item',
  );
}

function performance(ctx: NarrativeContext): NarrativeParagraph[] {
  const facts = ctx.filing.narrative.facts;
  const sum = summarizeEvaluations(ctx.filing.evaluations, facts);
  const a = new Para(unitOf(ctx));
  const projectSpending = [cell('T03', '合计', 3)];
  let work = `根据预算绩效管理要求，${ctx.dept}按照“谁支出、谁自评”的原则，组织对${ctx.year}年度项目资金开展了绩效自评，涵盖一级项目${factCount(a, ctx, '一级项目数')}个，二级项目${a.count(new Decimal(sum.projects), { kind: 'fact', key: '二级项目数' })}个，共涉及资金${a.amount(sum.fundsYuan, { kind: 'fact', key: '自评涉及资金' })}，占本部门（单位）项目支出总额的${a.percent(sum.fundsYuan, ctx.value(projectSpending[0]), { kind: 'ratio', num: [], den: projectSpending })}`;
  const general = factAmount(ctx, '自评一般公共预算项目支出');
  const fund = factAmount(ctx, '自评政府性基金项目支出');
  if (general !== null && fund !== null) {
    work += `，其中一般公共预算项目支出${a.amount(general, { kind: 'fact', key: '自评一般公共预算项目支出' })}、政府性基金预算项目支出${a.amount(fund, { kind: 'fact', key: '自评政府性基金项目支出' })}`;
  }
  const b = new Para(unitOf(ctx));
  b.slot('perf.overall');
  const grades = GRADES.map((g) => `${b.count(new Decimal(sum.grades[g]), { kind: 'fact', key: `grade.${g}` })}个项目自评等级为“${g}”`).join('，');
  let result = `${ctx.dept}${ctx.year}年度部门预算二级项目绩效自评个数${b.count(new Decimal(sum.projects), { kind: 'fact', key: '二级项目数' })}个，涉及资金${b.amount(sum.fundsYuan, { kind: 'fact', key: '自评涉及资金' })}：${grades}。`;
  if (sum.disclosureRate !== null) {
    result += `对其中${b.count(new Decimal(sum.published), { kind: 'fact', key: 'published' })}个项目的绩效自评结果进行公开，公开率${b.percent(sum.disclosureRate, new Decimal(1), { kind: 'fact', key: '公开率' })}。具体公开的每个项目绩效自评结果如下：`;
  }
  const paragraphs: NarrativeParagraph[] = [
    heading('（四）预算绩效情况说明'),
    heading('1. 预算绩效管理工作开展情况'),
    a.done(work + '。'),
    overallScope(ctx),
    ...departmentEvaluation(ctx),
    heading('2. 项目绩效自评结果'),
    ...firstLevelProjects(ctx),
    b.done(result),
  ];
  for (const ev of ctx.filing.evaluations) if (ev.published) paragraphs.push(formSummary(ctx, ev));
  const overallScore = (facts['整体自评得分'] ?? '').trim();
  const overallText = slotText(ctx, 'perf.overall');
  if (overallScore !== '' || overallText !== '') {
    const c = new Para(unitOf(ctx));
    let t = `${ctx.dept}整体支出绩效自评综述：`;
    if (/^\d+(\.\d+)?$/.test(overallScore)) t += `整体绩效自评得分为${c.score(new Decimal(overallScore), { kind: 'fact', key: '整体自评得分' })}分。`;
    t += `部门（单位）全年支出决算${c.cells(ctx.value, [cell('T01', '58', 2)])}。`;
    if (overallText) t += `${overallText}。`;
    paragraphs.push(heading('3. 部门（单位）整体支出绩效自评结果'), c.done(t));
  }
  paragraphs.push(heading('4. 部门评价项目绩效评价结果'), freeText(ctx, 'perf.deptEvalResult', ['report.date', ...REPORT_SLOTS]), heading('5. 其他需要说明的事项'), freeText(ctx, 'perf.other'));
  return paragraphs;
}

/** The attachment 重点财政支出项目绩效自评报告 (printed in 第五部分 when written): its four parts. */
export const REPORT_SLOTS = ['report.intro', 'report.basic', 'report.analysis', 'report.problems', 'report.suggestions'] as const;

/** The report's part headings, as the standard 绩效自评报告 has them (the intro has none). */
export const REPORT_HEADINGS: Readonly<Record<(typeof REPORT_SLOTS)[number], string>> = {
  'report.intro': '',
  'report.basic': '一、项目支出基本情况',
  'report.analysis': '二、绩效自评结果及分析',
  'report.problems': '三、绩效自评发现的问题及整改措施',
  'report.suggestions': '四、绩效自评结果应用建议',
};

/** A paragraph that is the clerk's own text (无 when none), with the slots where it is written. */
function freeText(ctx: NarrativeContext, slot: string, more: readonly string[] = []): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  p.slot(slot);
  for (const m of more) p.slot(m);
  return p.done(`${slotText(ctx, slot) || '无'}。`.replace(/。。$/, '。'));
}

/** 整体支出绩效自评: the whole year's spending by fund, from the tables. */
function overallScope(ctx: NarrativeContext): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  return p.done(
    `组织开展了${ctx.year}年度${ctx.dept}整体支出绩效自评，涉及资金${p.cells(ctx.value, [cell('T01', '58', 2)])}，其中一般公共预算支出${p.cells(ctx.value, [cell('T05', '合计', 1)])}、政府性基金预算支出${p.cells(ctx.value, [cell('T08', '合计', 3)])}、国有资本经营预算支出${p.cells(ctx.value, [cell('T09', '合计', 1)])}。`,
  );
}

/** 部门评价: which projects the department itself evaluated, with what money, and what it found. */
function departmentEvaluation(ctx: NarrativeContext): NarrativeParagraph[] {
  const facts = ctx.filing.narrative.facts;
  const n = (facts['部门评价项目数'] ?? '').trim();
  const names = slotText(ctx, 'perf.deptEval');
  const p = new Para(unitOf(ctx));
  p.slot('perf.deptEval');
  p.slot('perf.deptEvalConclusion');
  if (n === '' || n === '0') {
    return n === '0' ? [p.done(`${ctx.year}年度未开展部门评价。`)] : [];
  }
  return [
    p.done(
      `组织对${names ? `${names}等` : ''}${factCount(p, ctx, '部门评价项目数')}个项目开展了部门评价，涉及资金${factMoney(p, ctx, '部门评价涉及资金')}，其中一般公共预算支出${factMoney(p, ctx, '部门评价一般公共预算')}、政府性基金预算支出${factMoney(p, ctx, '部门评价政府性基金')}。${slotText(ctx, 'perf.deptEvalConclusion') ? `${slotText(ctx, 'perf.deptEvalConclusion')}。` : ''}`,
    ),
  ];
}

/** 一级项目 self-evaluations (counts by grade), when the clerk gave their number (0 included, as the seed prints it). */
function firstLevelProjects(ctx: NarrativeContext): NarrativeParagraph[] {
  const facts = ctx.filing.narrative.facts;
  if ((facts['一级项目数'] ?? '').trim() === '') return [];
  const p = new Para(unitOf(ctx));
  const grades = GRADES.map((g) => `${factCount(p, ctx, `grade1.${g}`)}个项目自评等级为“${g}”`).join('，');
  return [p.done(`${ctx.dept}${ctx.year}年度一级项目绩效自评个数${factCount(p, ctx, '一级项目数')}个，涉及资金${factMoney(p, ctx, '一级项目涉及资金')}：${grades}。`)];
}

export function sectionOther(ctx: NarrativeContext): NarrativeSection {
  return {
    number: '十',
    title: '其他重要事项情况说明',
    paragraphs: [
      heading('（一）机关运行经费支出情况说明'),
      runningCost(ctx),
      heading('（二）政府采购情况说明'),
      procurement(ctx),
      heading('（三）国有资产占用情况说明'),
      assets(ctx),
      ...performance(ctx),
    ],
  };
}
