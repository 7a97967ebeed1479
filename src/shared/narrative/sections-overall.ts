// 一 收入支出决算总体情况, 二 收入, 三 支出, 四 财政拨款收支总体.
import type { NarrativeParagraph, NarrativeSection } from './output';
import { Para, sumCells } from './output';
import { type NarrativeContext, cell, changeWords, withReason } from './phrases';

const unitOf = (ctx: NarrativeContext) => ctx.filing.meta.unit;

export function sectionTotal(ctx: NarrativeContext): NarrativeSection {
  const p = new Para(unitOf(ctx));
  let text = `${ctx.year}年度收入总计${p.cells(ctx.value, [cell('T01', '31', 1)])}、支出总计${p.cells(ctx.value, [cell('T01', '62', 2)])}。`;
  const inc = changeWords(p, ctx, 'T01.31');
  const out = changeWords(p, ctx, 'T01.62');
  if (inc && out) {
    text += inc.same && out.same
      ? `收入总计、支出总计与${ctx.lastYearLabel}持平`
      : `与${ctx.lastYearLabel}相比，收入总计${inc.same ? '持平' : inc.text}，支出总计${out.same ? '持平' : out.text}`;
    text += withReason(p, ctx, 'total', !(inc.same && out.same), '。') + '。';
  } else {
    p.slot('total');
  }
  return { number: '一', title: '收入支出决算总体情况说明', paragraphs: [p.done(text)] };
}

const INCOME_SOURCES: ReadonlyArray<{ label: string; rows: string[] }> = [
  { label: '财政拨款收入', rows: ['1', '2', '3'] },
  { label: '上级补助收入', rows: ['4'] },
  { label: '事业收入', rows: ['5'] },
  { label: '经营收入', rows: ['6'] },
  { label: '附属单位上缴收入', rows: ['7'] },
  { label: '其他收入', rows: ['8'] },
];

/** Shares of a whole, one item paragraph each; the last ends with 。 and carries the chart. */
function shareItems(ctx: NarrativeContext, whole: ReturnType<typeof cell>[], parts: Array<{ label: string; cells: ReturnType<typeof cell>[] }>, chart: NarrativeParagraph['chart']): NarrativeParagraph[] {
  const wholeValue = sumCells(ctx.value, whole);
  return parts.map((part, i) => {
    const p = new Para(unitOf(ctx));
    const v = sumCells(ctx.value, part.cells);
    const last = i === parts.length - 1;
    const text = `${part.label}${p.cells(ctx.value, part.cells)}，占比${p.percent(v, wholeValue, { kind: 'ratio', num: part.cells, den: whole })}${last ? '。' : '；'}`;
    return p.done(text, 'item', last ? chart : undefined);
  });
}

export function sectionIncome(ctx: NarrativeContext): NarrativeSection {
  const whole = [cell('T01', '27', 1)];
  const p = new Para(unitOf(ctx));
  const head = p.done(`${ctx.year}年度收入合计${p.cells(ctx.value, whole)}，其中：`);
  const items = shareItems(ctx, whole, INCOME_SOURCES.map((s) => ({ label: s.label, cells: s.rows.map((r) => cell('T01', r, 1)) })), 'income');
  // 财政拨款收入 is the three funds together; name the two that matter most when they are not zero.
  const q = new Para(unitOf(ctx));
  const funds = [
    { label: '一般公共预算财政拨款收入', row: '1' },
    { label: '政府性基金预算财政拨款收入', row: '2' },
    { label: '国有资本经营预算财政拨款收入', row: '3' },
  ].filter((f) => !ctx.value(cell('T01', f.row, 1)).isZero());
  const paragraphs = [head, ...items];
  if (funds.length > 1) {
    const parts = funds.map((f) => `${f.label}${q.cells(ctx.value, [cell('T01', f.row, 1)])}`);
    // The chart shows the funds separately, so it follows the sentence that names them.
    const lastItem = paragraphs[paragraphs.length - 1];
    paragraphs[paragraphs.length - 1] = { ...lastItem, chart: undefined };
    paragraphs.push(q.done(`财政拨款收入中：${parts.join('，')}。`, 'text', 'income'));
  }
  return { number: '二', title: '收入决算情况说明', paragraphs };
}

const SPENDING_KINDS: ReadonlyArray<{ label: string; col: number }> = [
  { label: '基本支出', col: 2 },
  { label: '项目支出', col: 3 },
  { label: '上缴上级支出', col: 4 },
  { label: '经营支出', col: 5 },
  { label: '对附属单位补助支出', col: 6 },
];

export function sectionSpending(ctx: NarrativeContext): NarrativeSection {
  const whole = [cell('T03', '合计', 1)];
  const p = new Para(unitOf(ctx));
  const head = p.done(`${ctx.year}年度支出合计${p.cells(ctx.value, whole)}，其中：`);
  const items = shareItems(ctx, whole, SPENDING_KINDS.map((k) => ({ label: k.label, cells: [cell('T03', '合计', k.col)] })), 'spending');
  return { number: '三', title: '支出决算情况说明', paragraphs: [head, ...items] };
}

export function sectionFiscal(ctx: NarrativeContext): NarrativeSection {
  const p = new Para(unitOf(ctx));
  let text = `${ctx.dept}${ctx.year}年度财政拨款收入总计${p.cells(ctx.value, [cell('T04', '32', 1)])}，支出总计${p.cells(ctx.value, [cell('T04', '64', 2)])}。`;
  const inc = changeWords(p, ctx, 'T04.32');
  const out = changeWords(p, ctx, 'T04.64');
  if (inc && out) {
    text += inc.same && out.same
      ? `财政拨款收支总计与${ctx.lastYearLabel}持平`
      : `与${ctx.lastYearLabel}相比，财政拨款收入总计${inc.same ? '持平' : inc.text}，财政拨款支出总计${out.same ? '持平' : out.text}`;
    text += withReason(p, ctx, 'fiscal', !(inc.same && out.same), '。') + '。';
  } else {
    p.slot('fiscal');
  }
  return { number: '四', title: '财政拨款收支决算总体情况说明', paragraphs: [p.done(text)] };
}
