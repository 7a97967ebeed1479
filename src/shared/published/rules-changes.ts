// Year-on-year changes the narrative states: the direction words agree with each other (增加 … 增长,
// 减少 … 下降; 持平 only with no change), the percentage is recomputed from the change and this year's
// figure (the base is this year's figure less the change), a zero base carries no growth rate, and the
// same change stated twice is stated the same.
import type Decimal from 'decimal.js';
import type { Sentence } from './sentences';
import type { DocFinding, RuleContext, RuleOutput } from './findings';
import { money, narrativeSentences, quote } from './findings';
import type { StatedAmount } from './figures';
import { AMOUNT_SRC, PERCENT_SRC, amountsIn, percentsIn, ratio, slackOf, truncatedRatio, withinRounding, yuanText } from './figures';

const UP = ['增加', '增长', '上升', '提高'];
const CHANGE = new RegExp(
  String.raw`(增加|减少|增长|下降|上升|降低|提高)了?${AMOUNT_SRC}(?:[，,]\s*(增加|减少|增长|下降|上升|降低|提高)了?${PERCENT_SRC})?`,
  'g',
);
const FUND_PREFIX = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)?财政拨款/;

interface Change {
  s: Sentence;
  subject: string;
  current: Decimal | null;
  currentStated: StatedAmount | null;
  delta: Decimal;
  deltaStated: StatedAmount;
  up: boolean;
  pct: ReturnType<typeof percentsIn>[number] | null;
  text: string;
}

/** The words between the last comma (or 相比，) and the change: 收入总计 in "相比，收入总计增加…". */
function subjectBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('：'), head.lastIndexOf(','));
  return head.slice(cut + 1).replace(/^(?:与|较|比)?(?:上年|20\d\d年(?:度)?)(?:相比)?/, '').replace(/^(?:决算)?/, '');
}

/** This year's figure of the subject, stated before the change in the same section. */
function currentOf(ss: Sentence[], k: number, at: number, subject: string): StatedAmount | null {
  const s = ss[k];
  if (!subject) {
    // "…支出223,755.54元，比2021年减少…": the figure just before, in the same sentence; else the
    // 支出决算 of the previous sentence of the same item ("支出决算X元。较2021年决算减少…").
    const before = amountsIn(s.text.slice(0, at));
    if (before.length) return before[before.length - 1];
    const prev = ss[k - 1];
    if (!prev || s.itemStart || prev.section !== s.section) return null;
    const m = new RegExp(String.raw`(?:支出决算|决算数)(?:为)?${AMOUNT_SRC}`).exec(prev.text);
    return m ? amountsIn(m[0])[0] : null;
  }
  const names = [subject];
  const rest = subject.replace(FUND_PREFIX, '');
  if (rest !== subject && rest.length >= 3) names.push(rest);
  for (const name of names) {
    for (let j = k; j >= 0 && ss[j].section === s.section; j--) {
      const text = j === k ? s.text.slice(0, at) : ss[j].text;
      const re = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:为|是)?${AMOUNT_SRC}`, 'g');
      let last: RegExpExecArray | null = null;
      for (let m = re.exec(text); m; m = re.exec(text)) last = m;
      if (last) return amountsIn(last[0])[0];
    }
  }
  return null;
}

export function changeRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  const ss = narrativeSentences(ctx);
  const changes: Change[] = [];
  ss.forEach((s, k) => {
    CHANGE.lastIndex = 0;
    for (let m = CHANGE.exec(s.text); m; m = CHANGE.exec(s.text)) {
      const up = UP.includes(m[1]);
      const deltaStated = amountsIn(m[0])[0];
      const delta = deltaStated.yuan;
      const pct = m[4] ? percentsIn(m[0])[0] : null;
      if (m[4] && UP.includes(m[4]) !== up) {
        out.findings.push({ rule: 'NR-direction', severity: 'error', message: `方向词前后矛盾：金额写“${m[1]}”，百分比却写“${m[4]}”`, quotes: [quote(ctx, s)] });
        continue;
      }
      // 持平 said of the same figure: in the same clause, before any 其中 (which turns to a part).
      let clause = s.text.slice(Math.max(0, s.text.lastIndexOf('；', m.index) + 1));
      for (const stop of ['；', '其中']) if (clause.indexOf(stop, 1) > 0) clause = clause.slice(0, clause.indexOf(stop, 1));
      if (!delta.isZero() && /持平|与上年(?:度)?(?:相同|一致)|与20\d\d年度?(?:相同|一致)/.test(clause)) {
        out.findings.push({ rule: 'NR-direction', severity: 'error', message: `同一句既说“${m[1]}${money(ctx, delta)}”，又说与上年持平/相同`, quotes: [quote(ctx, s)] });
        continue;
      }
      const subject = subjectBefore(s.text, m.index);
      const currentStated = currentOf(ss, k, m.index, subject);
      changes.push({ s, subject, current: currentStated?.yuan ?? null, currentStated, delta, deltaStated, up, pct, text: m[0] });
    }
  });
  for (const c of changes) {
    if (!c.pct) {
      // No table prints last year's figure: without a rate to recompute, the direction cannot be checked.
      out.unchecked.push({ what: `“${c.text}”的增减方向`, why: '表中没有上年数，文中也没有增减幅度，无从核对', quotes: [quote(ctx, c.s)] });
      continue;
    }
    if (c.current === null) {
      out.unchecked.push({ what: `增减百分比 ${c.pct.text}`, why: '找不到本年数，无法复算', quotes: [quote(ctx, c.s)] });
      continue;
    }
    const base = c.up ? c.current.minus(c.delta) : c.current.plus(c.delta);
    if (base.isZero() || (c.up && base.isNegative())) {
      if (base.isZero()) out.findings.push({ rule: 'NR-zero-base', severity: 'warning', message: `上年为 0（本年 ${money(ctx, c.current)}，增加 ${money(ctx, c.delta)}），增长率无从计算，不应写“${c.pct.text}”；可写“上年无此项”`, quotes: [quote(ctx, c.s)] });
      else out.unchecked.push({ what: `增减百分比 ${c.pct.text}`, why: '增加额大于本年数，本年数可能没有找对', quotes: [quote(ctx, c.s)] });
      continue;
    }
    out.checked = (out.checked ?? 0) + 1;
    const want = ratio(c.delta, base, c.pct.decimals)!;
    if (want.eq(c.pct.value)) continue;
    // The base is this year's figure less the change: both roundings add up in it.
    const rounding = withinRounding(c.pct, c.delta, base, slackOf(c.deltaStated), slackOf(c.deltaStated).plus(c.currentStated ? slackOf(c.currentStated) : 0)) || truncatedRatio(c.delta, base, c.pct.decimals)?.eq(c.pct.value) === true;
    out.findings.push({
      rule: 'NR-change-rate',
      severity: rounding ? 'warning' : 'error',
      ...(rounding ? { rounding: true } : {}),
      message: `${rounding ? '尾差：' : ''}增减幅度写作 ${c.pct.text}，按 ${money(ctx, c.delta)} ÷ 上年 ${money(ctx, base)}（本年 ${money(ctx, c.current)} ${c.up ? '−' : '+'} 变动额）应为 ${want.toFixed(c.pct.decimals)}%`,
      quotes: [quote(ctx, c.s)],
    });
  }
  out.findings.push(...sameChange(ctx, changes));
  return out;
}

/** The same change stated twice: the same subject, or the same figure and rate, with another amount. */
function sameChange(ctx: RuleContext, changes: Change[]): DocFinding[] {
  const out: DocFinding[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < changes.length; a++) {
    for (let b = a + 1; b < changes.length; b++) {
      const x = changes[a];
      const y = changes[b];
      if (x.delta.eq(y.delta) || x.up !== y.up) continue;
      const sameSubject = x.subject.length >= 3 && x.subject === y.subject && x.current !== null && y.current !== null && x.current.eq(y.current);
      const sameFigures = x.current !== null && y.current !== null && x.current.eq(y.current) && x.pct !== null && y.pct !== null && x.pct.value.eq(y.pct.value) && x.delta.minus(y.delta).abs().lt(x.current.times('0.0001'));
      if (!sameSubject && !sameFigures) continue;
      const key = [yuanText(x.delta), yuanText(y.delta)].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule: 'NR-same-change',
        severity: sameSubject ? 'error' : 'warning',
        message: sameSubject
          ? `同一增减额前后不一致：“${x.subject}”一处写 ${money(ctx, x.delta)}，一处写 ${money(ctx, y.delta)}`
          : `同一增减额前后不一致：本年数同为 ${money(ctx, x.current!)}、幅度同为 ${x.pct!.text}，增减额却一处写 ${money(ctx, x.delta)}（${x.subject}），一处写 ${money(ctx, y.delta)}（${y.subject}），相差 ${money(ctx, x.delta.minus(y.delta).abs())}`,
        quotes: [quote(ctx, x.s), quote(ctx, y.s)],
      });
    }
  }
  return out;
}
