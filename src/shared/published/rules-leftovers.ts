// Text left over from a template or another unit's disclosure: placeholders, a year or a unit name
// that is not the cover's, 元 and 万元 mixed in one clause, an empty 主要原因是; and the same project
// total stated twice with two amounts.
import type { Sentence } from './sentences';
import type { RuleContext, RuleOutput } from './findings';
import { money, narrativeSentences, quote } from './findings';
import { AMOUNT_SRC, amountsIn } from './figures';

const PLACEHOLDER = /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|。{3,}|…{2,}|\.{3,}(?=[。，；]|$)|＊{2,}|\*{3,}/;

function proseOf(ctx: RuleContext): Sentence[] {
  // The 概况 and the 情况说明: prose the unit writes itself (the forms in 附件 carry their own dots).
  return ctx.sentences.filter((s) => s.part.includes('情况说明') || s.part.includes('概况'));
}

export function leftoverRules(ctx: RuleContext): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  for (const s of proseOf(ctx)) {
    const p = PLACEHOLDER.exec(s.text);
    if (p) out.findings.push({ rule: 'NR-placeholder', severity: 'error', message: `文中留有占位符“${p[0]}”，应填入实际内容`, quotes: [quote(ctx, s)] });
    const alt = /(增加|减少|增长|下降|大于|小于)[（(](增加|减少|增长|下降|大于|小于)[)）]/.exec(s.text);
    if (alt) out.findings.push({ rule: 'NR-placeholder', severity: 'error', message: `模板中的备选词没有删去：“${alt[0]}”（应只留一个）`, quotes: [quote(ctx, s)] });
    const bare = /(?:增长|下降|增加|减少)了?(\d+(?:\.\d+)?)(?![\d.,%元万个人辆台次批])/.exec(s.text);
    if (bare && bare[1].includes('.')) out.findings.push({ rule: 'NR-percent-sign', severity: 'warning', message: `“${bare[0]}”后面缺少“%”或单位`, quotes: [quote(ctx, s)] });
    if (/主要原因(?:是|为)?[:：]?(?:[。；，,]|$)/.test(s.text)) {
      out.findings.push({ rule: 'NR-empty-reason', severity: 'error', message: '“主要原因是”后面没有写原因', quotes: [quote(ctx, s)] });
    }
  }
  for (const s of narrativeSentences(ctx)) {
    for (const m of s.text.matchAll(/(20\d\d)年度/g)) {
      const y = Number(m[1]);
      if (y !== ctx.year && y !== ctx.year - 1) {
        out.findings.push({ rule: 'NR-year', severity: 'error', message: `文中写“${m[0]}”，与封面的 ${ctx.year}年度 不符（也不是上年）`, quotes: [quote(ctx, s)] });
        break;
      }
    }
    const name = otherUnitName(ctx, s.text);
    if (name) out.findings.push({ rule: 'NR-unit-name', severity: 'error', message: `文中单位名称写作“${name}”，与封面的“${ctx.department}”不符`, quotes: [quote(ctx, s)] });
    for (const clause of s.text.split(/[；;]/)) {
      const units = new Set(amountsIn(clause).filter((a) => !a.yuan.isZero()).map((a) => a.unit));
      if (units.size > 1) {
        out.findings.push({ rule: 'NR-mixed-units', severity: 'warning', message: '同一句中金额单位混用（既有“元”又有“万元”），请统一', quotes: [quote(ctx, s)] });
        break;
      }
    }
  }
  out.findings.push(...projectTotals(ctx));
  return out;
}

/** "阳泉市教育局2022年度…" in 阳泉市大数据应用局's disclosure: the same city prefix, another unit. */
function otherUnitName(ctx: RuleContext, text: string): string | null {
  const dept = ctx.department;
  const m = /^(.{2,6}?[市县区省州盟旗])/.exec(dept);
  if (!m) return null;
  const re = new RegExp(`${m[1]}([\\u4e00-\\u9fa5]{2,14}?(?:局|委员会|委|厅|办公室|中心|院|所|站|队))(?=20\\d\\d年|本年|部门|（单位）)`, 'g');
  for (const hit of text.matchAll(re)) {
    const name = m[1] + hit[1];
    if (name !== dept && !dept.startsWith(name) && !ctx.sentences.some((s) => s.part.includes('概况') && s.text.includes(name))) return name;
  }
  return null;
}

/** 二级项目7个…涉及资金X元 stated twice with two amounts. */
function projectTotals(ctx: RuleContext) {
  const seen = new Map<string, { s: Sentence; yuan: ReturnType<typeof amountsIn>[number] }>();
  const out: RuleOutput['findings'] = [];
  for (const s of narrativeSentences(ctx)) {
    for (const m of s.text.matchAll(new RegExp(`涉及资金(?:共)?(?:为)?${AMOUNT_SRC}`, 'g'))) {
      const head = s.text.slice(0, m.index);
      const scopes = [...head.matchAll(/(一级|二级)项目(?:绩效自评个数)?(\d+)个/g)];
      const scope = scopes[scopes.length - 1];
      if (!scope) continue;
      const key = `${scope[1]}项目${scope[2]}个`;
      const amount = amountsIn(m[0])[0];
      const prev = seen.get(key);
      if (!prev) seen.set(key, { s, yuan: amount });
      else if (!prev.yuan.yuan.eq(amount.yuan)) {
        out.push({
          rule: 'NR-same-total',
          severity: 'error',
          message: `同一数字前后不一致：${key}涉及的资金一处写 ${money(ctx, prev.yuan.yuan)}，一处写 ${money(ctx, amount.yuan)}，相差 ${money(ctx, prev.yuan.yuan.minus(amount.yuan).abs())}`,
          quotes: [quote(ctx, prev.s), quote(ctx, s)],
        });
      }
    }
  }
  return out;
}
