// Percentages the narrative states, recomputed from its own figures to the printed precision: shares
// of one whole (and that they add up), completion rates (完成预算, 执行率), with a zero budget saying none.
import Decimal from 'decimal.js';
import type { Sentence } from './sentences';
import type { RuleContext, RuleOutput } from './findings';
import { money, narrativeSentences, quote } from './findings';
import type { StatedAmount } from './figures';
import { AMOUNT_SRC, PERCENT_SRC, amountsIn, percentsIn, ratio, slackOf, truncatedRatio, withinRounding } from './figures';

const SHARE_ITEM = new RegExp(String.raw`^([^\d%，。；]{2,40}?)${AMOUNT_SRC}[，,]?占(?:比|[^\d%，。；]{0,12}的)?${PERCENT_SRC}[；。]?$`);
const WHOLE = /(?:其中|主要用于以下方面|具体如下)[：:]$/;

function pctText(d: Decimal | null, decimals: number): string {
  return d === null ? '（无从计算）' : `${d.toFixed(decimals)}%`;
}

export function shareRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  // "…合计X元，其中：" and its first item may share a line (and so a sentence): split them.
  const ss = narrativeSentences(ctx).flatMap((s): Sentence[] => {
    const m = /^(.*?(?:其中|主要用于以下方面|具体如下)[：:])(.+)$/.exec(s.text);
    return m && SHARE_ITEM.test(m[2]) ? [{ ...s, text: m[1] }, { ...s, text: m[2], itemStart: true }] : [s];
  });
  const shared = new Set<string>();
  for (let i = 0; i < ss.length; i++) {
    if (!WHOLE.test(ss[i].text)) continue;
    const wholeAmounts = amountsIn(ss[i].text);
    if (wholeAmounts.length === 0) continue;
    const wholeAt = wholeAmounts[wholeAmounts.length - 1];
    const whole = wholeAt.yuan;
    const items: Array<{ s: Sentence; name: string; amount: Decimal; stated: StatedAmount; pct: ReturnType<typeof percentsIn>[number] }> = [];
    for (let k = i + 1; k < ss.length && ss[k].section === ss[i].section && ss[k].sub === ss[i].sub; k++) {
      const m = SHARE_ITEM.exec(ss[k].text);
      if (!m) break;
      const amount = amountsIn(ss[k].text)[0];
      const pct = percentsIn(ss[k].text)[0];
      items.push({ s: ss[k], name: m[1], amount: amount.yuan, stated: amount, pct });
    }
    if (items.length < 2) continue;
    for (const it of items) shared.add(it.s.text);
    out.checked = (out.checked ?? 0) + items.length;
    for (const it of items) {
      const want = ratio(it.amount, whole, it.pct.decimals);
      if (want !== null && want.eq(it.pct.value)) continue;
      if (want === null) continue;
      const rounding = withinRounding(it.pct, it.amount, whole, slackOf(it.stated), slackOf(wholeAt)) || truncatedRatio(it.amount, whole, it.pct.decimals)?.eq(it.pct.value) === true;
      out.findings.push({
        rule: 'NR-share',
        severity: rounding ? 'warning' : 'error',
        ...(rounding ? { rounding: true } : {}),
        message: `${rounding ? '尾差：' : ''}${it.name}占比写作 ${it.pct.text}，按 ${money(ctx, it.amount)} ÷ ${money(ctx, whole)} 应为 ${pctText(want, it.pct.decimals)}`,
        quotes: [quote(ctx, it.s)],
      });
    }
    const pctSum = items.reduce((a, it) => a.plus(it.pct.value), new Decimal(0));
    const amountSum = items.reduce((a, it) => a.plus(it.amount), new Decimal(0));
    const decimals = Math.max(...items.map((it) => it.pct.decimals));
    const tolerance = new Decimal(10).pow(-decimals).times(items.length).dividedBy(2);
    if (pctSum.minus(100).abs().gt(tolerance) && !amountSum.eq(whole)) {
      out.findings.push({
        rule: 'NR-share-sum',
        severity: 'error',
        message: `各项占比合计 ${pctSum.toFixed(decimals)}%，不是 100%：各项金额合计 ${money(ctx, amountSum)}，与总额 ${money(ctx, whole)} 相差 ${money(ctx, whole.minus(amountSum).abs())}`,
        quotes: [quote(ctx, ss[i]), ...items.map((it) => quote(ctx, it.s))],
      });
    }
  }
  // A share with no whole before it ("…支出决算中，因公出国（境）费支出决算0.00万元，占0.00%"): the whole
  // is not stated, so the share cannot be recomputed; it is listed as such, never guessed at.
  for (const s of ss) {
    if (shared.has(s.text)) continue;
    for (const m of s.text.matchAll(new RegExp(String.raw`占(?:比)?${PERCENT_SRC}`, 'g'))) {
      out.unchecked.push({ what: `占比 ${m[1]}%`, why: '文中没有写出其总额（“其中：”之前的合计），无法复算', quotes: [quote(ctx, s)] });
    }
  }
  return out;
}

// 预算(数)(为)A，(支出)决算/执行数(为)B，完成(年初|全年)预算的P% | 执行率(为)P%
const COMPLETION = new RegExp(
  String.raw`预算(?:数)?(?:为|是)?${AMOUNT_SRC}[^。；%]*?(?:决算|执行数|执行金额)(?:数)?(?:为|是)?${AMOUNT_SRC}[^。；%]*?(?:完成[^。；%\d]{0,8}?预算(?:数)?的|(?:预算)?执行率(?:为|是)?)${PERCENT_SRC}`,
  'g',
);

export function completionRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  for (const s of narrativeSentences(ctx)) {
    COMPLETION.lastIndex = 0;
    for (let m = COMPLETION.exec(s.text); m; m = COMPLETION.exec(s.text)) {
      const [budget, actual] = amountsIn(m[0]);
      const pct = percentsIn(m[0]).pop()!;
      if (budget.yuan.isZero()) {
        if (!actual.yuan.isZero()) {
          out.findings.push({ rule: 'NR-zero-budget', severity: 'warning', message: `预算为 0，却写了完成预算的 ${pct.text}（预算为 0 时没有完成率，应写“无预算安排”并说明原因）`, quotes: [quote(ctx, s)] });
        }
        continue;
      }
      out.checked = (out.checked ?? 0) + 1;
      const want = ratio(actual.yuan, budget.yuan, pct.decimals)!;
      if (want.eq(pct.value)) continue;
      const rounding = withinRounding(pct, actual.yuan, budget.yuan, slackOf(actual), slackOf(budget)) || truncatedRatio(actual.yuan, budget.yuan, pct.decimals)?.eq(pct.value) === true;
      out.findings.push({
        rule: 'NR-completion',
        severity: rounding ? 'warning' : 'error',
        ...(rounding ? { rounding: true } : {}),
        message: `${rounding ? '尾差：' : ''}完成率写作 ${pct.text}，按 ${actual.text} ÷ ${budget.text} 应为 ${want.toFixed(pct.decimals)}%`,
        quotes: [quote(ctx, s)],
      });
    }
  }
  return out;
}

// "X元，占政府采购支出总额的0.00%": a share of a whole named in words, recomputed when the whole's
// amount is stated before it in the same section ("政府采购支出总额28,217,872.16元").
const SINGLE_SHARE = new RegExp(String.raw`${AMOUNT_SRC}[，,]?占([^\d%，。；]{2,24}?)的${PERCENT_SRC}`, 'g');

export function singleShareRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  const ss = narrativeSentences(ctx);
  ss.forEach((s, k) => {
    SINGLE_SHARE.lastIndex = 0;
    for (let m = SINGLE_SHARE.exec(s.text); m; m = SINGLE_SHARE.exec(s.text)) {
      const part = amountsIn(m[0])[0];
      const pct = percentsIn(m[0]).pop()!;
      const name = m[3].replace(/^(?:本部门（单位）|本部门|本单位)/, '');
      let whole: StatedAmount | null = null;
      // A total (合计, 总计, 总额) names one figure of the whole document; other names stay in their section.
      const anywhere = /合计|总计|总额/.test(name);
      for (let j = k; j >= 0 && (anywhere || ss[j].section === s.section) && !whole; j--) {
        const text = j === k ? s.text.slice(0, m.index) : ss[j].text;
        const hits = [...text.matchAll(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:为|是|共)?${AMOUNT_SRC}`, 'g'))];
        if (hits.length) whole = amountsIn(hits[hits.length - 1][0])[0];
      }
      if (!whole) {
        out.unchecked.push({ what: `占比 ${pct.text}`, why: `文中没有写出“${name}”的金额，无法复算`, quotes: [quote(ctx, s)] });
        continue;
      }
      const want = ratio(part.yuan, whole.yuan, pct.decimals);
      if (want === null) continue;
      out.checked = (out.checked ?? 0) + 1;
      if (want.eq(pct.value)) continue;
      const rounding = withinRounding(pct, part.yuan, whole.yuan, slackOf(part), slackOf(whole)) || truncatedRatio(part.yuan, whole.yuan, pct.decimals)?.eq(pct.value) === true;
      out.findings.push({
        rule: 'NR-share',
        severity: rounding ? 'warning' : 'error',
        ...(rounding ? { rounding: true } : {}),
        message: `${rounding ? '尾差：' : ''}占${name}的比例写作 ${pct.text}，按 ${money(ctx, part.yuan)} ÷ ${money(ctx, whole.yuan)} 应为 ${want.toFixed(pct.decimals)}%`,
        quotes: [quote(ctx, s)],
      });
    }
  });
  return out;
}
