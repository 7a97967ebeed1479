// 项目支出绩效自评表 in the MOF standard layout (财预〔2020〕10号), for a form that came in that layout: 项目资金
// by source (年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 × 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
// 执行率 / 得分), 年度总体目标, then the indicators with their own 分值 and 得分. Written so that reading it
// back (read-evaluation.ts) gives the same form; fields the MOF form does not print (项目负责人, 评价人员 …)
// get rows only when they hold something, so nothing the clerk entered is dropped.
import type { Evaluation, Indicator } from '../../evaluation/types';
import { SOURCE_TOTAL } from '../../evaluation/types';
import { EVALUATION_WEIGHTS, formatScore, scoreEvaluation } from '../../evaluation/scoring';
import type { GridRow } from './grid';
import { emptyRow, place } from './grid';
import { evaluatorRows, figure, head, lineOf, text } from './evaluation-cells';
import type { EvaluationLayout } from './evaluation-cells';

const WIDTH = 9;
const line = (cells: Parameters<typeof lineOf>[1]): GridRow => lineOf(WIDTH, cells);
const TOTAL_WEIGHT = EVALUATION_WEIGHTS.execution + EVALUATION_WEIGHTS.levels.reduce((a, l) => a + l.max, 0);

/** 项目资金（万元）: the header and one line per source; the 执行 score on 年度资金总额. */
function fundRows(ev: Evaluation): GridRow[] {
  const score = scoreEvaluation(ev);
  const lines = ev.sources ?? [];
  const rows: GridRow[] = [line([[0, head('项目资金（万元）', { rowSpan: lines.length + 1 })], [1, head('')], [2, head('年初预算数')], [3, head('全年预算数')], [4, head('全年执行数')], [5, head('分值')], [6, head('执行率')], [7, head('得分', { colSpan: 2 })]])];
  // A blank 执行 score prints as the suggestion (the hidden mark says it was blank); none without a budget.
  const execution = ev.executionScore.trim() !== '' ? ev.executionScore : score.suggested ? formatScore(score.suggested) : '';
  lines.forEach((l, i) => {
    const total = l.name === SOURCE_TOTAL;
    const name = i === 1 ? `其中：${l.name}` : l.name;
    rows.push(line([
      [1, head(name, { align: 'left' })],
      [2, figure(l.initial, { align: 'right' })], [3, figure(l.budget, { align: 'right' })], [4, figure(l.spent, { align: 'right' })],
      [5, total ? figure(String(EVALUATION_WEIGHTS.execution), { align: 'center' }) : text('—', { align: 'center' })],
      [6, text(total ? score.rateText : '', { align: 'center' })],
      [7, total ? figure(execution, { align: 'center', colSpan: 2 }) : text('—', { align: 'center', colSpan: 2 })],
    ]));
  });
  return rows;
}

/** 绩效指标: per-indicator 分值/得分 when the form had them, else the level's 得分 over its group. */
function indicatorRows(ev: Evaluation): { rows: GridRow[]; ids: string[] } {
  const perIndicator = ev.indicators.some((i) => i.weight !== undefined);
  const levels = [...new Set([...EVALUATION_WEIGHTS.levels.map((l) => l.name), ...ev.indicators.map((i) => i.level1)])];
  const rows: GridRow[] = [];
  const ids: string[] = [];
  for (const name of levels) {
    const list: Indicator[] = ev.indicators.filter((i) => i.level1 === name);
    list.forEach((ind, k) => {
      const row = emptyRow(WIDTH);
      if (k === 0) place(row, 1, head(name, { rowSpan: list.length }));
      if (k === 0 || list[k - 1].level2 !== ind.level2) {
        let span = 1;
        while (k + span < list.length && list[k + span].level2 === ind.level2) span++;
        place(row, 2, text(ind.level2, { rowSpan: span, align: 'center' }));
      }
      place(row, 3, text(ind.name));
      place(row, 4, text(ind.target, { align: 'center' }));
      place(row, 5, text(ind.actual, { align: 'center' }));
      if (perIndicator) {
        place(row, 6, figure(ind.weight ?? '', { align: 'center' }));
        place(row, 7, figure(ind.score ?? '', { align: 'center' }));
      } else if (k === 0) {
        place(row, 6, text('', { rowSpan: list.length }));
        place(row, 7, figure(ev.levelScores[name] ?? '', { rowSpan: list.length, align: 'center' }));
      }
      place(row, 8, text(ind.shortfallReason));
      rows.push(row);
      ids.push(ind.id);
    });
  }
  return { rows, ids };
}

/** A label and its text across the row, only when the form holds the text (the MOF form has no such row). */
function optional(label: string, value: string): GridRow[] {
  return value.trim() === '' ? [] : [line([[0, head(label, { colSpan: 2 })], [2, text(value, { colSpan: 7 })]])];
}

/** Two labelled fields in one row, only when either holds something. */
function optionalPair(a: [string, string], b: [string, string]): GridRow[] {
  if (a[1].trim() === '' && b[1].trim() === '') return [];
  return [line([[0, head(a[0], { colSpan: 2 })], [2, text(a[1], { colSpan: 2 })], [4, head(b[0])], [5, text(b[1], { colSpan: 4 })]])];
}

export function mofEvaluationLayout(ev: Evaluation): EvaluationLayout {
  const score = scoreEvaluation(ev);
  const body: GridRow[] = [];
  body.push(line([[0, head('项目名称', { colSpan: 2 })], [2, text(ev.name, { colSpan: 7 })]]));
  body.push(line([[0, head('主管部门', { colSpan: 2 })], [2, text(ev.department, { colSpan: 2 })], [4, head('实施单位')], [5, text(ev.implementer, { colSpan: 4 })]]));
  body.push(...optionalPair(['项目负责人', ev.manager], ['联系电话', ev.phone]));
  body.push(...optionalPair(['项目起止时间', ev.period], ['绩效自评评价年度', ev.evaluationYear]));
  body.push(...fundRows(ev));
  if (ev.annualGoal) {
    body.push(line([[0, head('年度总体目标', { rowSpan: 2 })], [1, head('预期目标', { colSpan: 3 })], [4, head('实际完成情况', { colSpan: 5 })]]));
    body.push(line([[1, text(ev.annualGoal.expected, { colSpan: 3 })], [4, text(ev.annualGoal.actual, { colSpan: 5 })]]));
  }
  if (ev.goalOutput.trim() !== '' || ev.goalEffect.trim() !== '') {
    body.push(line([[0, head('项目预期绩效目标', { rowSpan: 2 })], [1, head('项目提供的公共产品和服务的数量')], [2, text(ev.goalOutput, { colSpan: 7 })]]));
    body.push(line([[1, head('项目效果')], [2, text(ev.goalEffect, { colSpan: 7 })]]));
  }
  const indicators = indicatorRows(ev);
  body.push(line([[0, head('绩效指标', { rowSpan: indicators.rows.length + 1 })], [1, head('一级指标')], [2, head('二级指标')], [3, head('三级指标')], [4, head('年度指标值')], [5, head('实际完成值')], [6, head(ev.indicators.some((i) => i.weight !== undefined) ? '分值' : '')], [7, head('得分')], [8, head('偏差原因分析及改进措施')]]));
  const firstIndicator = body.length;
  body.push(...indicators.rows);
  body.push(line([[0, head('总分', { colSpan: 6, bold: true })], [6, figure(String(TOTAL_WEIGHT), { align: 'center', bold: true })], [7, figure(score.problem ? '' : formatScore(score.total), { align: 'center', bold: true })], [8, text(`自评等级：${score.gradeText}`)]]));
  body.push(...optional('自评结论及结果分析', ev.conclusion), ...optional('主要经验做法', ev.experience), ...optional('存在问题与整改措施', ev.problems));
  if (ev.evaluators.some((p) => p.name || p.title || p.org)) body.push(...evaluatorRows(ev.evaluators, WIDTH));
  return {
    id: ev.id,
    title: '项目支出绩效自评表',
    topLeft: '单位（盖章）：',
    topRight: `填报日期：${ev.filledDate}`,
    grid: { columns: [{ width: 10 }, { width: 16 }, { width: 14 }, { width: 20 }, { width: 14 }, { width: 14 }, { width: 8 }, { width: 8 }, { width: 22 }], head: [], body },
    footer: `填报人：${ev.filledBy}　　联系电话：${ev.filledPhone}`,
    indicatorRows: indicators.ids.map((id, k) => ({ row: firstIndicator + k, id })),
  };
}
