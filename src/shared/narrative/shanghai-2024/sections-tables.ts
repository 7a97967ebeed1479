// 情况说明 一–六 of shanghai-2024, from 表一–表六 and the narrative inputs, worded as the template (TPL 15–17,
// PT 20–24): 一 总体, 二 收入, 三 支出, 四 财政拨款总体, 五 一般公共预算财政拨款支出 (总体, 结构, every 项), 六 基本支出.
import type { NarrativeParagraph, NarrativeSection } from '../output';
import { type ShContext, c, codeName, codesOf, outlineOf, para, partHeading, section, val, yearOnYear } from './shared';
import { reasonText } from '../phrases';
import { lastYearValue } from '../keys';
import { getTemplate } from '../../templates/registry';

export function shTotal(ctx: ShContext): NarrativeSection {
  const p = para(ctx);
  const cur = val(ctx, 'SH01', '收入总计', 1);
  const cells = [c('SH01', '收入总计', 1)];
  const text = `${ctx.dept}${ctx.year}年度收入支出总计${p.cells(ctx.value, cells)}。` + yearOnYear(p, ctx, '收入支出总计', cur, cells, 'SH01.收入总计', 'total');
  return section('一', ctx, [p.done(text)]);
}

/** “其中：A X万元，占Y%；B …。” over the non-zero parts only (不涉及的不列). */
function shares(ctx: ShContext, lead: string, whole: ReturnType<typeof c>, parts: Array<{ label: string; cell: ReturnType<typeof c> }>, chart: NarrativeParagraph['chart']): NarrativeParagraph {
  const p = para(ctx);
  const total = ctx.value(whole);
  const shown = parts.filter((x) => !ctx.value(x.cell).isZero());
  const items = shown.map((x) => `${x.label}${p.cells(ctx.value, [x.cell])}，占${p.percent(ctx.value(x.cell), total, { kind: 'ratio', num: [x.cell], den: [whole] })}`);
  return p.done(`${lead}${p.cells(ctx.value, [whole])}${items.length ? `，其中：${items.join('；')}` : ''}。`, 'text', chart);
}

export function shIncome(ctx: ShContext): NarrativeSection {
  const labels = ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const parts = labels.map((label, i) => ({ label, cell: c('SH02', '合计', i + 2) }));
  return section('二', ctx, [shares(ctx, '本年收入合计', c('SH01', '本年收入合计', 1), parts, 'income')]);
}

export function shSpending(ctx: ShContext): NarrativeSection {
  const labels = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const parts = labels.map((label, i) => ({ label, cell: c('SH03', '合计', i + 2) }));
  return section('三', ctx, [shares(ctx, '本年支出合计', c('SH01', '本年支出合计', 2), parts, 'spending')]);
}

export function shFiscal(ctx: ShContext): NarrativeSection {
  const p = para(ctx);
  const cells = [c('SH04', '收入总计', 1)];
  const text = `${ctx.dept}${ctx.year}年度财政拨款收入支出总计${p.cells(ctx.value, cells)}。` + yearOnYear(p, ctx, '财政拨款收入支出总计', ctx.value(cells[0]), cells, 'SH04.收入总计', 'fiscal');
  return section('四', ctx, [p.done(text)]);
}

/** 完成年初预算的 X%；a reason only where 决算 ≠ 预算, 持平 otherwise (the template's wording). */
function budgetSentence(ctx: ShContext, p: ReturnType<typeof para>, key: string, actualCell: ReturnType<typeof c>, slot: string): string {
  const budget = lastYearValue(ctx.filing.narrative.initialBudget, key);
  const actual = ctx.value(actualCell);
  if (budget === null) {
    p.slot(slot);
    return `年初预算（未填写），支出决算为${p.cells(ctx.value, [actualCell])}。`;
  }
  const b = p.amount(budget, { kind: 'initialBudget', key });
  const a = p.cells(ctx.value, [actualCell]);
  const pct = budget.isZero() ? '' : `，完成年初预算的${p.percent(actual, budget, { kind: 'ratio', num: [actualCell], den: { initialBudget: key } })}`;
  p.slot(slot);
  const cmp = actual.comparedTo(budget);
  const reason = reasonText(ctx, slot, '');
  const why = cmp === 0 ? '决算数同预算数持平。' : `决算数${cmp < 0 ? '小于' : '大于'}预算数的主要原因：${reason || '（未填写）'}。`;
  return `年初预算为${b}，支出决算为${a}${pct}。${why}`;
}

export function shGeneralBudget(ctx: ShContext): NarrativeSection {
  const outline = outlineOf(ctx, '五');
  const total = c('SH05', '合计', 1);
  const gpb = ctx.value(total);
  const out: NarrativeParagraph[] = [partHeading(outline, '（一）')];
  const p1 = para(ctx);
  const spend = c('SH01', '本年支出合计', 2);
  out.push(
    p1.done(
      `一般公共预算财政拨款支出${p1.cells(ctx.value, [total])}，占本年支出合计的${p1.percent(gpb, ctx.value(spend), { kind: 'ratio', num: [total], den: [spend] })}。` +
        yearOnYear(p1, ctx, '一般公共预算财政拨款支出', gpb, [total], 'SH05.合计.1', 'SH05'),
    ),
  );
  out.push(partHeading(outline, '（二）'));
  const p2 = para(ctx);
  const classes = codesOf(ctx, 'SH05', 3).filter((k) => !val(ctx, 'SH05', k, 1).isZero());
  const items = classes.map((k) => `${codeName(ctx, k)}（类）${p2.cells(ctx.value, [c('SH05', k, 1)])}，占${p2.percent(val(ctx, 'SH05', k, 1), gpb, { kind: 'ratio', num: [c('SH05', k, 1)], den: [total] })}`);
  out.push(p2.done(`一般公共预算财政拨款支出${p2.cells(ctx.value, [total])}${items.length ? `，主要用于以下方面：${items.join('；')}` : ''}。`));
  out.push(partHeading(outline, '（三）'));
  const p3 = para(ctx);
  const leaves = codesOf(ctx, 'SH05', 7);
  out.push(p3.done(`一般公共预算财政拨款支出${budgetSentence(ctx, p3, 'total', total, 'budget')}${leaves.length ? '其中：' : ''}`));
  leaves.forEach((code, i) => {
    const p = para(ctx);
    const name = `${codeName(ctx, code.slice(0, 3))}（类）${codeName(ctx, code.slice(0, 5))}（款）${codeName(ctx, code)}（项）`;
    p.slot(`use.${code}`);
    const use = (ctx.filing.narrative.reasons[`use.${code}`] ?? '').trim().replace(/[。；]+$/, '') || '（未填写）';
    out.push(p.done(`${i + 1}、${name}。主要用于：${use}。${budgetSentence(ctx, p, code, c('SH05', code, 1), `budget.${code}`)}`, 'item'));
  });
  return section('五', ctx, out);
}

/** The names of the non-zero 款 of the given 经济分类 类 in 表六, in table order. */
function economicNames(ctx: ShContext, classes: readonly string[]): string[] {
  const sh06 = getTemplate(ctx.filing.template).tables.find((t) => t.id === 'SH06');
  return (sh06?.rows ?? []).filter((r) => r.code?.length === 5 && classes.includes(r.code.slice(0, 3)) && !val(ctx, 'SH06', r.row, 1).isZero()).map((r) => r.label);
}

export function shBasic(ctx: ShContext): NarrativeSection {
  const p = para(ctx);
  const basic = c('SH05', '合计', 2);
  const personnel = c('SH06', '人员经费合计', 1);
  const pub = c('SH06', '公用经费合计', 1);
  const list = (names: string[]) => (names.length ? `，主要包括：${names.join('、')}` : '');
  const text =
    `${ctx.dept}${ctx.year}年度一般公共预算财政拨款基本支出${p.cells(ctx.value, [basic])}，其中：` +
    `人员经费${p.cells(ctx.value, [personnel])}${list(economicNames(ctx, ['301', '303']))}；` +
    `公用经费${p.cells(ctx.value, [pub])}${list(economicNames(ctx, ['302', '310']))}。`;
  return section('六', ctx, [p.done(ctx.value(basic).isZero() && ctx.value(personnel).isZero() ? `${ctx.dept}${ctx.year}年度无一般公共预算财政拨款基本支出。` : text)]);
}
