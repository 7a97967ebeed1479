// 项目支出绩效自评表 as a grid of eight columns, laid out like the seed's forms (附件1); a form read in the
// MOF standard layout is laid out in that one (evaluation-layout-mof.ts). Figures on the form are in 万元
// and printed as entered.
import type { Evaluation, Indicator } from '../../evaluation/types';
import { EVALUATION_WEIGHTS, FUNDING_KINDS, FUNDING_PARTS, formatScore, scoreEvaluation } from '../../evaluation/scoring';
import type { GridCell, GridRow } from './grid';
import { emptyRow, place } from './grid';
import type { EvaluationLayout } from './evaluation-cells';
import { evaluatorRows, figure, head, lineOf, text } from './evaluation-cells';
import { mofEvaluationLayout } from './evaluation-layout-mof';

const WIDTH = 8;

export type { EvaluationLayout } from './evaluation-cells';

const line = (cells: Array<[number, GridCell]>): GridRow => lineOf(WIDTH, cells);

function indicatorRows(ev: Evaluation): { rows: GridRow[]; ids: string[] } {
  const rows: GridRow[] = [];
  const ids: string[] = [];
  const levels = EVALUATION_WEIGHTS.levels;
  const known = new Set(levels.map((l) => l.name));
  const names = [...levels.map((l) => l.name), ...[...new Set(ev.indicators.map((i) => i.level1))].filter((n) => !known.has(n))];
  for (const name of names) {
    const list: Indicator[] = ev.indicators.filter((i) => i.level1 === name);
    if (list.length === 0) continue;
    const max = levels.find((l) => l.name === name)?.max;
    list.forEach((ind, k) => {
      const row = emptyRow(WIDTH);
      if (k === 0) {
        place(row, 0, head(max !== undefined ? `${name}（${max}分）` : name, { rowSpan: list.length }));
        place(row, 7, figure(ev.levelScores[name] ?? '', { rowSpan: list.length, align: 'center' }));
      }
      const prev = list[k - 1];
      if (k === 0 || prev.level2 !== ind.level2) {
        let span = 1;
        while (k + span < list.length && list[k + span].level2 === ind.level2) span++;
        place(row, 1, text(ind.level2, { rowSpan: span, align: 'center' }));
      }
      place(row, 2, text(ind.name));
      place(row, 3, text(ind.target, { align: 'center' }));
      place(row, 4, text(ind.actual, { align: 'center' }));
      place(row, 5, text(ind.shortfallReason, { colSpan: 2 }));
      rows.push(row);
      ids.push(ind.id);
    });
  }
  return { rows, ids };
}

export function evaluationLayout(ev: Evaluation): EvaluationLayout {
  // A form read in the MOF layout is written back in it (its sources and per-indicator scores with it).
  if (ev.layout === 'mof') return mofEvaluationLayout(ev);
  const score = scoreEvaluation(ev);
  const body: GridRow[] = [];
  body.push(line([[0, head('项目名称', { colSpan: 2 })], [2, text(ev.name, { colSpan: 6 })]]));
  body.push(line([[0, head('项目负责人', { colSpan: 2 })], [2, text(ev.manager, { colSpan: 2 })], [4, head('联系电话')], [5, text(ev.phone, { colSpan: 3 })]]));
  body.push(line([[0, head('主管部门', { colSpan: 2 })], [2, text(ev.department, { colSpan: 2 })], [4, head('实施单位')], [5, text(ev.implementer, { colSpan: 3 })]]));
  body.push(line([[0, head('项目起止时间', { colSpan: 2 })], [2, text(ev.period, { colSpan: 2 })], [4, head('绩效自评评价年度')], [5, text(ev.evaluationYear, { colSpan: 3 })]]));
  const [b, r, s] = FUNDING_KINDS.map((k) => ev[k.key]);
  body.push(line([
    [0, head(`${FUNDING_KINDS[0].label}（万元）`, { colSpan: 2 })], [2, figure(b.total, { align: 'right' })],
    [3, head(`${FUNDING_KINDS[1].label}（万元）`, { colSpan: 2 })], [5, figure(r.total, { align: 'right' })],
    [6, head(`${FUNDING_KINDS[2].label}（万元）`)], [7, figure(s.total, { align: 'right' })],
  ]));
  FUNDING_PARTS.forEach((p, i) => {
    const label = i === 0 ? `其中：${p.label}` : p.label;
    body.push(line([
      [0, head(label, { colSpan: 2 })], [2, figure(b[p.key], { align: 'right' })],
      [3, head(label, { colSpan: 2 })], [5, figure(r[p.key], { align: 'right' })],
      [6, head(label)], [7, figure(s[p.key], { align: 'right' })],
    ]));
  });
  body.push(line([[0, head('项目预期绩效目标', { rowSpan: 2 })], [1, head('项目提供的公共产品和服务的数量')], [2, text(ev.goalOutput, { colSpan: 6 })]]));
  body.push(line([[1, head('项目效果')], [2, text(ev.goalEffect, { colSpan: 6 })]]));
  const exec = `预算执行率${score.rateText}，自评得分${formatScore(score.execution)}分。`;
  body.push(line([[0, head(`项目执行情况（${EVALUATION_WEIGHTS.execution}分）`, { colSpan: 2 })], [2, text(exec, { colSpan: 6 })]]));
  body.push(line([[0, head('绩效目标自评情况', { colSpan: 8, bold: true })]]));
  body.push(line([[0, head('一级指标')], [1, head('二级指标')], [2, head('三级指标')], [3, head('年度指标值')], [4, head('全年完成值')], [5, head('未完成原因和改进措施', { colSpan: 2 })], [7, head('自评得分')]]));
  const indicators = indicatorRows(ev);
  const firstIndicator = body.length;
  body.push(...indicators.rows);
  body.push(line([[0, head('总分', { colSpan: 7, bold: true })], [7, figure(formatScore(score.total), { align: 'center', bold: true })]]));
  const weights = EVALUATION_WEIGHTS.levels.map((l) => `${l.name === '满意度指标' ? '服务对象满意度指标' : l.name}${l.max}分`).join('、');
  body.push(line([[0, text(`总分设置为100分：预算执行率${EVALUATION_WEIGHTS.execution}分、${weights}；等级一般划分为四档：100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差。自评等级：${score.gradeText}。`, { colSpan: 8 })]]));
  body.push(line([[0, head('自评结论及结果分析', { colSpan: 2 })], [2, text(ev.conclusion, { colSpan: 6 })]]));
  body.push(line([[0, head('主要经验做法', { colSpan: 2 })], [2, text(ev.experience, { colSpan: 6 })]]));
  body.push(line([[0, head('存在问题与整改措施', { colSpan: 2 })], [2, text(ev.problems, { colSpan: 6 })]]));
  body.push(...evaluatorRows(ev.evaluators, WIDTH));
  return {
    id: ev.id,
    title: '项目支出绩效自评表',
    topLeft: '单位（盖章）：',
    topRight: `填报日期：${ev.filledDate}`,
    grid: { columns: [{ width: 12 }, { width: 16 }, { width: 22 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 10 }], head: [], body },
    footer: `填报人：${ev.filledBy}　　联系电话：${ev.filledPhone}`,
    indicatorRows: indicators.ids.map((id, k) => ({ row: firstIndicator + k, id })),
  };
}
