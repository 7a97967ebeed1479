// A whole and the parts the same sentence lists after 其中 ("政府采购金额2319.21万元，其中：货物采购金额
// 122.43万元、工程采购金额1387.72万元、服务采购金额809.07万元"): the parts may not add up to more than the
// whole; where the template defines the list as the whole's breakdown (政府采购 = 货物 + 工程 + 服务) they
// must add up to it. A gap the printed rounding explains is a 尾差 提示. Lists with shares (占%) are the
// share rules' business; a list of one item says nothing about the whole.
import Decimal from 'decimal.js';
import type { RuleContext, RuleOutput } from './findings';
import { money, narrativeSentences, quote } from './findings';
import { amountsIn, slackOf } from './figures';

/** Breakdowns the templates define as complete: every part's name, in any order. */
const COMPLETE: string[][] = [['货物', '工程', '服务']];

export function partsRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  for (const s of narrativeSentences(ctx)) {
    const at = s.text.search(/其中[：:]/);
    if (at < 0 || /%/.test(s.text.slice(at))) continue;
    const before = amountsIn(s.text.slice(0, at));
    const whole = before[before.length - 1];
    const tail = s.text.slice(at);
    const parts = amountsIn(tail);
    if (!whole || parts.length < 2 || parts.some((p) => p.unit !== whole.unit)) continue;
    // Each part is named before its amount, the names separated by 、 or ，.
    const names = parts.map((p, k) => tail.slice(k === 0 ? tail.search(/[：:]/) + 1 : parts[k - 1].end, p.index).replace(/^[、，,]/, ''));
    // A flat list only: a part that opens its own breakdown (主要包括, 其中) is no sibling of the next.
    if (names.some((n) => n.length < 2 || n.length > 30 || /[。；，,：:（(]|包括|其中|主要/.test(n))) continue;
    out.checked = (out.checked ?? 0) + 1;
    const total = parts.reduce((a, p) => a.plus(p.yuan), new Decimal(0));
    const complete = COMPLETE.some((list) => list.length === parts.length && list.every((w) => names.some((n) => n.startsWith(w))));
    const gap = total.minus(whole.yuan);
    if (gap.isZero() || (gap.isNegative() && !complete)) continue;
    const slack = parts.reduce((a, p) => a.plus(slackOf(p)), slackOf(whole));
    const rounding = !slack.isZero() && gap.abs().lte(slack);
    out.findings.push({
      rule: 'NR-parts-sum',
      severity: rounding ? 'warning' : 'error',
      ...(rounding ? { rounding: true } : {}),
      message: `${rounding ? '尾差：' : ''}其中各项 ${names.join('、')} 合计 ${money(ctx, total)}，${gap.isNegative() ? '少于' : '超过'}总额 ${money(ctx, whole.yuan)}，差 ${money(ctx, gap.abs())}`,
      quotes: [quote(ctx, s)],
    });
  }
  return out;
}
