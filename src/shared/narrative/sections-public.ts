// 五 一般公共预算财政拨款支出 ((一) 总体, (二) 结构 by 类, (三) 具体 against 年初预算), 六 基本支出.
import type Decimal from 'decimal.js';
import { ECONOMIC_2022_ENTRIES } from '../catalog/economic-2022';
import type { CellRef } from '../types/template';
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../templates/shanxi-2022/t06';
import { FUNCTION_CLASSES, lastYearValue } from './keys';
import type { NarrativeParagraph, NarrativeSection } from './output';
import { Para, heading, sumCells } from './output';
import { type NarrativeContext, cell, changeWords, slotText, withReason } from './phrases';

const unitOf = (ctx: NarrativeContext) => ctx.filing.meta.unit;
const T05_TOTAL = cell('T05', '合计', 1);
const basicOf = (classes: string[]): CellRef[] => classes.map((c) => cell('T06', c, 2));

function overall(ctx: NarrativeContext): NarrativeParagraph {
  const p = new Para(unitOf(ctx));
  const total = ctx.value(T05_TOTAL);
  let text = `${ctx.dept}${ctx.year}年度一般公共预算财政拨款支出${p.cells(ctx.value, [T05_TOTAL])}，占本年支出合计的${p.percent(total, ctx.value(cell('T01', '58', 2)), { kind: 'ratio', num: [T05_TOTAL], den: [cell('T01', '58', 2)] })}。`;
  const ch = changeWords(p, ctx, 'T05.合计.1');
  if (ch) {
    text += ch.same ? `与${ctx.lastYearLabel}持平` : `与${ctx.lastYearLabel}相比，一般公共预算财政拨款支出${ch.text}`;
    text += withReason(p, ctx, 'T05', !ch.same, '。') + '。';
  } else {
    p.slot('T05');
  }
  const personnel = basicOf(PERSONNEL_CLASSES);
  const pub = basicOf(PUBLIC_CLASSES);
  text += `其中，人员经费${p.cells(ctx.value, personnel)}，占比${p.percent(sumCells(ctx.value, personnel), total, { kind: 'ratio', num: personnel, den: [T05_TOTAL] })}；`;
  text += `日常公用经费${p.cells(ctx.value, pub)}，占比${p.percent(sumCells(ctx.value, pub), total, { kind: 'ratio', num: pub, den: [T05_TOTAL] })}。`;
  return p.done(text);
}

/** 类 with 财政拨款 this year (any fund), as 公开04表 lists them. */
function activeClasses(ctx: NarrativeContext) {
  return FUNCTION_CLASSES.filter((k) => !ctx.value(cell('T04', k.t04Row, 2)).isZero() || !ctx.value(cell('T05', k.code, 1)).isZero());
}

function structure(ctx: NarrativeContext): NarrativeParagraph[] {
  const p = new Para(unitOf(ctx));
  const head = p.done(`${ctx.dept}${ctx.year}年度一般公共预算财政拨款支出${p.cells(ctx.value, [T05_TOTAL])}，主要用于以下方面：`);
  const total = ctx.value(T05_TOTAL);
  const classes = activeClasses(ctx);
  const items = classes.map((k, i) => {
    const q = new Para(unitOf(ctx));
    const cells = [cell('T05', k.code, 1)];
    const last = i === classes.length - 1;
    return q.done(`${k.name}支出(类)${q.cells(ctx.value, cells)}，占比${q.percent(sumCells(ctx.value, cells), total, { kind: 'ratio', num: cells, den: [T05_TOTAL] })}${last ? '。' : '；'}`, 'item');
  });
  return [head, ...items];
}

function budgetOf(ctx: NarrativeContext, key: string): Decimal | null {
  return lastYearValue(ctx.filing.narrative.initialBudget, key);
}

function detail(ctx: NarrativeContext): NarrativeParagraph[] {
  const p = new Para(unitOf(ctx));
  const total = ctx.value(T05_TOTAL);
  const budget = budgetOf(ctx, 'total');
  let headText = `${ctx.dept}${ctx.year}年度一般公共预算财政拨款支出`;
  if (budget !== null) headText += `年初预算${p.amount(budget, { kind: 'initialBudget', key: 'total' })}，`;
  headText += `支出决算${p.cells(ctx.value, [T05_TOTAL])}`;
  if (budget !== null && !budget.isZero()) headText += `，完成年初预算的${p.percent(total, budget, { kind: 'ratio', num: [T05_TOTAL], den: { initialBudget: 'total' } })}`;
  const head = p.done(headText + '。其中：');
  const items = FUNCTION_CLASSES.map((k, i) => {
    const q = new Para(unitOf(ctx));
    const cells = [cell('T04', k.t04Row, 2)];
    const cur = sumCells(ctx.value, cells);
    const b = budgetOf(ctx, k.code);
    const last = lastYearValue(ctx.filing.narrative.lastYear, `class.${k.code}`);
    const end = i === FUNCTION_CLASSES.length - 1 ? '。' : '；';
    q.slot(`class.${k.code}`);
    if (cur.isZero() && (last === null || last.isZero()) && (b === null || b.isZero())) {
      return q.done(`${k.name}（类）支出${q.cells(ctx.value, cells)}${last !== null ? `，与${ctx.lastYearLabel}度一致` : ''}${end}`, 'item', i === FUNCTION_CLASSES.length - 1 ? 'yoy' : undefined);
    }
    let text = `${k.name}（类）`;
    if (b !== null) text += `年初预算${q.amount(b, { kind: 'initialBudget', key: k.code })}，`;
    text += `支出决算${q.cells(ctx.value, cells)}`;
    if (b !== null && !b.isZero()) text += `，完成年初预算的${q.percent(cur, b, { kind: 'ratio', num: cells, den: { initialBudget: k.code } })}`;
    q.slot(`use.class.${k.code}`);
    const use = slotText(ctx, `use.class.${k.code}`);
    if (use) text += `，${use}`;
    const ch = changeWords(q, ctx, `class.${k.code}`);
    if (ch) {
      text += ch.same ? `，与${ctx.lastYearLabel}度一致` : `。较${ctx.lastYearLabel}决算${ch.text}`;
      text += withReason(q, ctx, `class.${k.code}`, !ch.same, '，');
    }
    return q.done(text + end, 'item', i === FUNCTION_CLASSES.length - 1 ? 'yoy' : undefined);
  });
  return [head, ...items];
}

export function sectionGeneralBudget(ctx: NarrativeContext): NarrativeSection {
  return {
    number: '五',
    title: '一般公共预算财政拨款支出决算情况说明',
    paragraphs: [
      heading('（一）一般公共预算财政拨款支出决算总体情况'),
      overall(ctx),
      heading('（二）一般公共预算财政拨款支出决算结构情况'),
      ...structure(ctx),
      heading('（三）一般公共预算财政拨款支出决算具体情况'),
      ...detail(ctx),
    ],
  };
}

function nameOf(ctx: NarrativeContext, code: string): string {
  return ECONOMIC_2022_ENTRIES.find((e) => e.code === code)?.name ?? ctx.filing.customCodes.find((c) => c.catalog === 'economic' && c.code === code)?.name ?? code;
}

/** Items (款) of the given 类 with 基本支出, as "基本工资1,533,925.62元、…". */
function itemList(ctx: NarrativeContext, p: Para, cls: string): string {
  const codes = [
    ...ECONOMIC_2022_ENTRIES.map((e) => e.code),
    ...ctx.filing.customCodes.filter((c) => c.catalog === 'economic').map((c) => c.code),
  ].filter((code, i, all) => code.length === 5 && code.startsWith(cls) && all.indexOf(code) === i);
  return codes
    .filter((code) => !ctx.value(cell('T06', code, 2)).isZero())
    .map((code) => `${nameOf(ctx, code)}${p.cells(ctx.value, [cell('T06', code, 2)])}`)
    .join('、');
}

function groupText(ctx: NarrativeContext, p: Para, classes: string[]): string {
  return classes
    .filter((c) => !ctx.value(cell('T06', c, 2)).isZero())
    .map((c) => {
      const items = itemList(ctx, p, c);
      return `${nameOf(ctx, c)}${p.cells(ctx.value, [cell('T06', c, 2)])}${items ? `，包括${items}` : ''}`;
    })
    .join('；');
}

export function sectionBasic(ctx: NarrativeContext): NarrativeSection {
  const p = new Para(unitOf(ctx));
  const head = p.done(`${ctx.dept}${ctx.year}年度一般公共预算财政拨款基本支出${p.cells(ctx.value, [cell('T05', '合计', 2)])}，其中：`);
  const a = new Para(unitOf(ctx));
  const personnel = groupText(ctx, a, PERSONNEL_CLASSES);
  const personnelPara = a.done(`人员经费${a.cells(ctx.value, basicOf(PERSONNEL_CLASSES))}${personnel ? `，主要包括${personnel}` : ''}。`, 'item');
  const b = new Para(unitOf(ctx));
  const pub = groupText(ctx, b, PUBLIC_CLASSES);
  const publicPara = b.done(`公用经费${b.cells(ctx.value, basicOf(PUBLIC_CLASSES))}${pub ? `，主要包括${pub}` : ''}。`, 'item');
  return { number: '六', title: '一般公共预算财政拨款基本支出决算情况说明', paragraphs: [head, personnelPara, publicPara] };
}
