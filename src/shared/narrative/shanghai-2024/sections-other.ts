// 情况说明 七–十一 of shanghai-2024: 三公 from 表七 and the SHN counts, 政府性基金 / 国有资本经营 from 表八 /
// 表九 (the template's none-sentence when empty), 预算绩效管理 and 其他重要事项 from SHN and the facts.
import type { NarrativeParagraph, NarrativeSection } from '../output';
import { factAmount } from '../phrases';
// The eight vehicle kinds in the template's order (TemplateParams.vehicleKinds; also the SHN rows).
import { SHN_VEHICLE_KINDS } from '../../templates/shanghai-2024/shn';
import { type ShContext, c, codeName, codesOf, fill, outlineOf, para, partHeading, section, shnCount, yearOnYear } from './shared';

const SANGONG: ReadonlyArray<{ name: string; budget: number }> = [
  { name: '因公出国（境）费', budget: 3 },
  { name: '公务用车购置费', budget: 7 },
  { name: '公务用车运行维护费', budget: 9 },
  { name: '公务接待费', budget: 11 },
];

export function shSangong(ctx: ShContext): NarrativeSection {
  const outline = outlineOf(ctx, '七');
  const t = (col: number) => c('SH07', '1', col);
  if ([1, 2].every((col) => ctx.value(t(col)).isZero())) {
    return section('七', ctx, [para(ctx).done(fill(ctx, outline.noneSentence ?? '{org}{year}年度无“三公”经费财政拨款支出。'))]);
  }
  const out: NarrativeParagraph[] = [partHeading(outline, '（一）')];
  const p = para(ctx);
  // 完成预算 % only where there is a 预算 (a share of nothing is no figure).
  const done = (b: number) => (ctx.value(t(b)).isZero() ? '' : `，完成预算的${p.percent(ctx.value(t(b + 1)), ctx.value(t(b)), { kind: 'ratio', num: [t(b + 1)], den: [t(b)] })}`);
  const items = SANGONG.map((it) => `${it.name}预算为${p.cells(ctx.value, [t(it.budget)])}，支出决算为${p.cells(ctx.value, [t(it.budget + 1)])}${done(it.budget)}`);
  out.push(
    p.done(
      `${ctx.dept}${ctx.year}年度“三公”经费财政拨款预算为${p.cells(ctx.value, [t(1)])}，支出决算为${p.cells(ctx.value, [t(2)])}${done(1)}。其中：${items.join('；')}。` +
        yearOnYear(p, ctx, '“三公”经费财政拨款支出', ctx.value(t(2)), [t(2)], 'SH07.2', '三公.budget'),
    ),
  );
  out.push(partHeading(outline, '（二）'));
  const q = para(ctx);
  const total = ctx.value(t(2));
  const share = (col: number) => (total.isZero() ? '' : `，占${q.percent(ctx.value(t(col)), total, { kind: 'ratio', num: [t(col)], den: [t(2)] })}`);
  const lines = [
    `因公出国（境）费支出${q.cells(ctx.value, [t(4)])}${share(4)}。组织因公出国（境）团组${shnCount(q, ctx, '出国团组')}个、${shnCount(q, ctx, '出国人次')}人次`,
    `公务用车购置费支出${q.cells(ctx.value, [t(8)])}${share(8)}。购置公务用车${shnCount(q, ctx, '购置车辆数')}辆`,
    `公务用车运行维护费支出${q.cells(ctx.value, [t(10)])}${share(10)}。开支财政拨款的公务用车保有量为${shnCount(q, ctx, '公务用车保有量')}辆`,
    `公务接待费支出${q.cells(ctx.value, [t(12)])}${share(12)}。其中：国内公务接待支出${q.cells(ctx.value, [c('SHN', '国内公务接待支出', 1)])}（含外宾接待支出${q.cells(ctx.value, [c('SHN', '外宾接待支出', 1)])}），国内公务接待${shnCount(q, ctx, '接待批次')}批次、${shnCount(q, ctx, '接待人次')}人次（其中：接待外宾${shnCount(q, ctx, '外宾接待批次')}批次、${shnCount(q, ctx, '外宾接待人次')}人次）`,
  ];
  out.push(q.done(lines.join('。') + '。'));
  return section('七', ctx, out);
}

/** 八 政府性基金 / 九 国有资本经营: 本年收入, 本年支出 and every 项, or the none-sentence. */
function fundSection(ctx: ShContext, number: '八' | '九', table: 'SH08' | 'SH09', what: string): NarrativeSection {
  const outline = outlineOf(ctx, number);
  const tot = (col: number) => c(table, '合计', col);
  if ([1, 2, 3, 6].every((col) => ctx.value(tot(col)).isZero())) return section(number, ctx, [para(ctx).done(fill(ctx, outline.noneSentence ?? ''))]);
  const p = para(ctx);
  const out: NarrativeParagraph[] = [p.done(`${ctx.dept}${ctx.year}年度${what}预算财政拨款收入${p.cells(ctx.value, [tot(2)])}，支出${p.cells(ctx.value, [tot(3)])}。`)];
  for (const code of codesOf(ctx, table, 7)) {
    const q = para(ctx);
    out.push(q.done(`${codeName(ctx, code.slice(0, 3))}（类）${codeName(ctx, code.slice(0, 5))}（款）${codeName(ctx, code)}（项）支出决算为${q.cells(ctx.value, [c(table, code, 3)])}。`, 'item'));
  }
  return section(number, ctx, out);
}

export const shFund = (ctx: ShContext) => fundSection(ctx, '八', 'SH08', '政府性基金');
export const shStateCapital = (ctx: ShContext) => fundSection(ctx, '九', 'SH09', '国有资本经营');

export function shPerformance(ctx: ShContext): NarrativeSection {
  const p = para(ctx);
  const fact = (k: string) => (ctx.filing.narrative.facts[k] ?? '').trim().replace(/[。；]+$/, '');
  const money = (row: string) => p.cells(ctx.value, [c('SHN', row, 1)]);
  const score = factAmount(ctx, '平均得分');
  const paragraphs: NarrativeParagraph[] = [];
  const intro = [fact('绩效制度'), fact('绩效机制')].filter(Boolean).join('。');
  if (intro) paragraphs.push(para(ctx).done(`${intro}。`));
  const grades = ['优', '良', '合格', '不合格'].map((g) => `“${g}”的${shnCount(p, ctx, `评级${g}`)}个`).join('，');
  paragraphs.push(
    p.done(
      `${ctx.year}年度，${ctx.dept}编报绩效目标的项目${shnCount(p, ctx, '绩效目标项目数')}个，涉及预算金额${money('绩效目标金额')}；` +
        `开展绩效跟踪评价的项目${shnCount(p, ctx, '绩效跟踪项目数')}个，涉及预算金额${money('绩效跟踪金额')}；` +
        `开展绩效自评的项目${shnCount(p, ctx, '绩效自评项目数')}个，涉及预算金额${money('绩效自评金额')}${score ? `，平均得分${p.score(score, { kind: 'fact', key: '平均得分' })}分` : ''}。` +
        `其中，绩效评级为${grades}。` +
        `绩效自评中发现问题${shnCount(p, ctx, '发现问题数')}个，已经完成整改${shnCount(p, ctx, '已整改数')}个，正在整改${shnCount(p, ctx, '正在整改数')}个。`,
    ),
  );
  return section('十', ctx, paragraphs);
}

export function shOther(ctx: ShContext): NarrativeSection {
  const outline = outlineOf(ctx, '十一');
  const out: NarrativeParagraph[] = [partHeading(outline, '（一）')];
  const run = c('SHN', '机关运行经费', 1);
  const p1 = para(ctx);
  const none = outline.parts?.find((x) => x.number === '（一）')?.noneSentence;
  out.push(
    ctx.value(run).isZero() && none
      ? p1.statesNone([run]).done(fill(ctx, none))
      : p1.done(`${ctx.year}年度${ctx.dept}机关运行经费支出${p1.cells(ctx.value, [run])}。` + yearOnYear(p1, ctx, '机关运行经费支出', ctx.value(run), [run], '机关运行经费', '机关运行经费')),
  );
  out.push(partHeading(outline, '（二）'));
  const p2 = para(ctx);
  const m = (row: string) => p2.cells(ctx.value, [c('SHN', row, 1)]);
  out.push(
    p2.done(
      `${ctx.year}年度${ctx.dept}政府采购支出总额${m('政府采购合计')}，其中：政府采购货物支出${m('货物采购')}、政府采购工程支出${m('工程采购')}、政府采购服务支出${m('服务采购')}。` +
        `面向中小企业预留政府采购项目预算金额${m('面向中小企业预留')}，其中：面向小微企业预留政府采购项目预算金额${m('面向小微企业预留')}。` +
        `预留项目中由中小企业供应商中标或成交的采购金额${m('预留中小企业中标')}，其中：由小微企业供应商中标或成交的采购金额${m('预留小微企业中标')}；其他项目中由中小企业供应商中标或成交的采购金额${m('其他中小企业中标')}。`,
    ),
  );
  out.push(partHeading(outline, '（三）'));
  const p3 = para(ctx);
  const kinds = SHN_VEHICLE_KINDS.map((k) => `${k}${shnCount(p3, ctx, k)}辆`).join('，');
  out.push(p3.done(`截至${ctx.year}年12月31日，共有车辆${shnCount(p3, ctx, '车辆合计')}辆，其中：${kinds}；单价100万元（含）以上设备（不含车辆）${shnCount(p3, ctx, '大型设备')}台（套）。`));
  return section('十一', ctx, out);
}
