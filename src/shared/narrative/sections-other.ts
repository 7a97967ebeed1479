// 七 政府性基金, 八 国有资本经营, 九 “三公”经费.
import type { NarrativeParagraph, NarrativeSection } from './output';
import { Para, heading, sumCells } from './output';
import { SANGONG_ITEMS, T07_ROW, lastYearValue } from './keys';
import { type NarrativeContext, cell, changeWords, factCount, factMoney, reasonText, slotText, withReason } from './phrases';

const unitOf = (ctx: NarrativeContext) => ctx.filing.meta.unit;

export function sectionFund(ctx: NarrativeContext): NarrativeSection {
  const p = new Para(unitOf(ctx));
  const income = [cell('T08', '合计', 1), cell('T08', '合计', 2)];
  const spending = [cell('T08', '合计', 3), cell('T08', '合计', 6)];
  const lastIncome = lastYearValue(ctx.filing.narrative.lastYear, 'T08.收入总计');
  const none = sumCells(ctx.value, income).isZero() && sumCells(ctx.value, spending).isZero() && (lastIncome === null || lastIncome.isZero());
  const title = '政府性基金预算财政拨款收支决算情况说明';
  if (none) return { number: '七', title, paragraphs: [p.done('本年度无此项收支。')] };
  let text = `${ctx.year}年度政府性基金预算财政拨款收入总计${p.cells(ctx.value, income)}、支出总计${p.cells(ctx.value, spending)}。`;
  const inc = changeWords(p, ctx, 'T08.收入总计');
  const out = changeWords(p, ctx, 'T08.支出总计');
  if (inc && out) {
    text += inc.same && out.same
      ? '与上年持平'
      : `与上年相比，政府性基金预算财政拨款收入总计${inc.same ? '持平' : inc.text}，政府性基金预算财政拨款支出总计${out.same ? '持平' : out.text}`;
    text += withReason(p, ctx, 'T08', !(inc.same && out.same), '，') + '。';
  } else {
    p.slot('T08');
  }
  return { number: '七', title, paragraphs: [p.done(text)] };
}

export function sectionStateCapital(ctx: NarrativeContext): NarrativeSection {
  const p = new Para(unitOf(ctx));
  const total = [cell('T09', '合计', 1)];
  const title = '国有资本经营预算财政拨款支出决算情况说明';
  const last = lastYearValue(ctx.filing.narrative.lastYear, 'T09.合计.1');
  if (sumCells(ctx.value, total).isZero() && (last === null || last.isZero())) {
    return { number: '八', title, paragraphs: [p.done('本年度无此项支出。')] };
  }
  let text = `${ctx.year}年度国有资本经营预算财政拨款支出${p.cells(ctx.value, total)}，其中：基本支出${p.cells(ctx.value, [cell('T09', '合计', 2)])}，项目支出${p.cells(ctx.value, [cell('T09', '合计', 3)])}。`;
  const ch = changeWords(p, ctx, 'T09.合计.1');
  if (ch) text += (ch.same ? '与上年持平' : `与上年相比${ch.text}`) + withReason(p, ctx, 'T09', !ch.same, '，') + '。';
  else p.slot('T09');
  return { number: '八', title, paragraphs: [p.done(text)] };
}

const t07 = (col: number) => cell('T07', T07_ROW, col);

function sangongOverall(ctx: NarrativeContext): NarrativeParagraph[] {
  const p = new Para(unitOf(ctx));
  const budget = ctx.value(t07(1));
  const actual = ctx.value(t07(7));
  let text = `${ctx.year}年度“三公”经费财政拨款支出预算${p.cells(ctx.value, [t07(1)])}，支出决算${p.cells(ctx.value, [t07(7)])}，完成全年预算的${p.percent(actual, budget, { kind: 'ratio', num: [t07(7)], den: [t07(1)] })}`;
  const ch = changeWords(p, ctx, '三公.7');
  if (ch) text += ch.same ? '，与上年“三公”经费财政拨款支出决算相同' : `，较上年${ch.text}`;
  const head = p.done(text + '。其中：');
  const items = SANGONG_ITEMS.map((it, i) => {
    const q = new Para(unitOf(ctx));
    let t = `${it.name}支出${q.cells(ctx.value, [t07(it.col)])}，完成全年预算的${q.percent(ctx.value(t07(it.col)), ctx.value(t07(it.budgetCol)), { kind: 'ratio', num: [t07(it.col)], den: [t07(it.budgetCol)] })}`;
    const c = changeWords(q, ctx, `三公.${it.col}`);
    if (c) t += c.same ? '，与上年相同' : `，较上年${c.text}`;
    q.slot(`三公.${it.col}`);
    const r = reasonText(ctx, `三公.${it.col}`, '主要原因是：');
    if (r) t += `，${r}`;
    return q.done(t + (i === SANGONG_ITEMS.length - 1 ? '。' : '；'), 'item');
  });
  return [head, ...items];
}

function usedFor(ctx: NarrativeContext, p: Para, col: number): string {
  p.slot(`use.三公.${col}`);
  const use = slotText(ctx, `use.三公.${col}`);
  return use ? `主要用于：${use}。` : '';
}

function sangongDetail(ctx: NarrativeContext): NarrativeParagraph[] {
  const a = new Para(unitOf(ctx));
  const abroad = a.done(`1、因公出国（境）费支出${a.cells(ctx.value, [t07(8)])}，出国团组共${factCount(a, ctx, '出国团组')}个，${factCount(a, ctx, '出国人次')}人次。${usedFor(ctx, a, 8)}`, 'item');
  const b = new Para(unitOf(ctx));
  const buy = b.done(`2、公务用车购置费支出${b.cells(ctx.value, [t07(10)])}，使用财政拨款共购置公务用车${factCount(b, ctx, '购置车辆数')}辆。${usedFor(ctx, b, 10)}`, 'item');
  const c = new Para(unitOf(ctx));
  const run = c.done(`3、公务用车运行维护费支出${c.cells(ctx.value, [t07(11)])}，使用财政拨款负担的公务用车保有量共${factCount(c, ctx, '保有车辆数')}辆。${usedFor(ctx, c, 11)}`, 'item');
  const d = new Para(unitOf(ctx));
  // 国内 (with 外事) and 国（境）外 receptions, as the seed's template sentence breaks them down.
  const domestic = `国内接待费${factMoney(d, ctx, '国内接待费')}，共接待${factCount(d, ctx, '国内接待批次')}批次，${factCount(d, ctx, '国内接待人次')}人次，其中外事接待费${factMoney(d, ctx, '外事接待费')}，共接待${factCount(d, ctx, '外事接待批次')}批次，${factCount(d, ctx, '外事接待人次')}人次`;
  const abroadHost = `国（境）外接待费${factMoney(d, ctx, '国外接待费')}，共接待国（境）外${factCount(d, ctx, '国外接待批次')}批次，${factCount(d, ctx, '国外接待人次')}人次`;
  const host = d.done(`4、公务接待费支出${d.cells(ctx.value, [t07(12)])}，共接待${factCount(d, ctx, '接待批次')}批次，${factCount(d, ctx, '接待人次')}人次。${domestic}；${abroadHost}。${usedFor(ctx, d, 12)}`, 'item');
  return [abroad, buy, run, host];
}

export function sectionSangong(ctx: NarrativeContext): NarrativeSection {
  return {
    number: '九',
    title: '财政拨款“三公”经费支出决算情况说明',
    paragraphs: [
      heading('（一）“三公”经费财政拨款支出决算总体情况说明'),
      ...sangongOverall(ctx),
      heading('（二）“三公”经费财政拨款支出决算具体情况说明'),
      ...sangongDetail(ctx),
    ],
  };
}
