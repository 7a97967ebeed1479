// Every amount the narrative attributes to a table figure equals it: the subject before an amount
// ("基本支出5,591,809.19元") is looked up in the template's narrative map for that section; the figure
// is compared with the table's (printed total where one was printed, else the sum of its parts).
import Decimal from 'decimal.js';
import { getCatalog } from '../catalog/index';
import type { Template } from '../templates/types';
import type { CellSum, NarrativeMap } from './maps/types';
import type { Sentence } from './sentences';
import type { DocFinding, RuleContext, RuleOutput } from './findings';
import { money, narrativeSentences, quote } from './findings';
import type { StatedAmount } from './figures';
import { PERCENT_SRC, amountsIn, percentsIn, ratio, truncatedRatio } from './figures';
import { normLabel } from './read-table';

export interface TableFigures {
  /** The figure of a cell as printed (a total's printed value, else its computed sum); null if its table was not read. */
  value(table: string, row: string, col: number): Decimal | null;
}

const CUT = /[，。；：、,:]|其中|主要包括|包括|主要用于|主要为/g;

function subjectOf(text: string, at: number): string {
  const head = text.slice(0, at);
  let cut = 0;
  for (const m of head.matchAll(CUT)) cut = m.index + m[0].length;
  return head
    .slice(cut)
    .replace(/^.*?20\d\d年(?:度)?/, '')
    .replace(/^\d+[、.．]/, '')
    .replace(/[“”"‘’]/g, '')
    .replace(/(?:为|是|共|达)$/, '');
}

function valueOf(src: CellSum, figures: TableFigures): Decimal | null {
  let v = new Decimal(0);
  for (const cell of src.cells) {
    const x = figures.value(cell.table, cell.row, cell.col);
    if (x === null) return null;
    v = v.plus(x);
  }
  return v;
}

/** Half a unit of the last digit printed: "1000万元" restates 9,995,000–10,005,000 元. */
function printedHalfStep(amountText: string, unit: '元' | '万元'): Decimal {
  const digits = amountText.replace(/[^\d.]/g, '');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  return new Decimal(10).pow(-decimals).dividedBy(2).times(unit === '万元' ? 10000 : 1);
}

function lookup(map: NarrativeMap, template: Template, s: Sentence, subject: string, at: number): CellSum[] | null {
  const entry = map.entries.find((e) => e.section === s.section && (e.sub === undefined || e.sub === s.sub) && e.subjects.includes(subject));
  if (entry?.byClause) {
    const clause = s.text.slice(s.text.lastIndexOf('；', at) + 1, at);
    return entry.byClause.find((b) => b.names.some((n) => clause.includes(n)))?.sources ?? null;
  }
  if (entry) return entry.sources;
  const cls = map.classItems.find((e) => e.section === s.section && (e.sub === undefined || e.sub === s.sub));
  if (cls && /[（(]类[)）]$/.test(subject)) {
    const name = subject.replace(/[（(]类[)）]$/, '');
    const hit = getCatalog('function', template.year).entries.find((e) => e.code.length === 3 && (e.name === name || e.name === `${name}支出`));
    if (hit) return [{ cells: [{ table: cls.table, row: hit.code, col: cls.col }], label: `${cls.number} ${hit.code} ${hit.name}` }];
  }
  const eco = map.economicItems.find((e) => e.section === s.section);
  if (eco) {
    const rows = (template.tables.find((t) => t.id === eco.table)?.rows ?? []).filter((r) => r.code && normLabel(r.label) === normLabel(subject));
    if (rows.length === 1) return [{ cells: [{ table: eco.table, row: rows[0].row, col: eco.col }], label: `${eco.number} ${rows[0].row} ${rows[0].label}` }];
  }
  return null;
}

export function attributionRules(ctx: RuleContext, map: NarrativeMap, template: Template, figures: TableFigures): RuleOutput {
  const out: RuleOutput = { findings: [], unchecked: [] };
  for (const s of narrativeSentences(ctx)) {
    for (const a of amountsIn(s.text)) {
      const subject = subjectOf(s.text, a.index);
      // A budget (年初预算为, 预算数) is no table figure; 一般公共预算财政拨款… is one.
      if (!subject || /增加|减少|增长|下降|预算数?$|年初预算|全年预算|调整预算/.test(subject)) continue;
      const sources = lookup(map, template, s, subject, a.index);
      if (!sources) continue;
      const values = sources.map((src) => valueOf(src, figures));
      if (values.some((v) => v === null)) {
        out.unchecked.push({ what: `“${subject}”${a.text}`, why: '对应的表没有读入', quotes: [quote(ctx, s)] });
        continue;
      }
      const vs = values as Decimal[];
      if (vs.some((v) => !v.eq(vs[0]))) {
        out.unchecked.push({ what: `“${subject}”${a.text}`, why: `表间不一致（${sources.map((x, k) => `${x.label} ${money(ctx, vs[k])}`).join('，')}），无法判断文中依据哪张表`, quotes: [quote(ctx, s)] });
        continue;
      }
      out.checked = (out.checked ?? 0) + 1;
      const rate = sources[0].budget ? completionAfter(ctx, s, a, sources[0], vs[0], figures) : null;
      if (rate) out.findings.push(rate);
      const gap = a.yuan.minus(vs[0]).abs();
      if (gap.lte(printedHalfStep(a.text, a.unit))) continue;
      const rounding = !ctx.slack.isZero() && gap.lte(ctx.slack.times(4));
      out.findings.push({
        rule: 'NR-table-figure',
        severity: rounding ? 'warning' : 'error',
        ...(rounding ? { rounding: true } : {}),
        message: `${rounding ? '尾差：' : ''}文中“${subject}”${a.text}，${sources[0].label} 为 ${money(ctx, vs[0])}，差 ${money(ctx, gap)}`,
        quotes: [quote(ctx, s)],
        cells: sources[0].cells,
      });
    }
  }
  return out;
}

const COMPLETION_AFTER = new RegExp(String.raw`^[，,]?完成(?:年初)?预算(?:数)?的${PERCENT_SRC}`);

/**
 * "公务接待费支出决算为0.39万元，完成预算的13.68%" where the budget is a table's 预算数 and not written in
 * the sentence: the rate is recomputed from the table's figures; a zero budget has no rate at all.
 */
function completionAfter(ctx: RuleContext, s: Sentence, a: StatedAmount, src: CellSum, actual: Decimal, figures: TableFigures): DocFinding | null {
  const m = COMPLETION_AFTER.exec(s.text.slice(a.end));
  const budget = src.budget ? figures.value(src.budget.table, src.budget.row, src.budget.col) : null;
  if (!m || budget === null) return null;
  const pct = percentsIn(m[0])[0];
  if (budget.isZero()) {
    return { rule: 'NR-zero-budget', severity: 'warning', message: `${src.label.replace(/ 决算数$/, '')} 预算数为 ${money(ctx, budget)}，却写了“完成预算的${pct.text}”（预算为 0 时没有完成率，应写“无预算安排”）`, quotes: [quote(ctx, s)] };
  }
  const want = ratio(actual, budget, pct.decimals)!;
  if (want.eq(pct.value)) return null;
  const rounding = truncatedRatio(actual, budget, pct.decimals)?.eq(pct.value) === true;
  return {
    rule: 'NR-completion',
    severity: rounding ? 'warning' : 'error',
    ...(rounding ? { rounding: true } : {}),
    message: `${rounding ? '尾差：' : ''}完成率写作 ${pct.text}，按表中决算 ${money(ctx, actual)} ÷ 预算 ${money(ctx, budget)} 应为 ${want.toFixed(pct.decimals)}%`,
    quotes: [quote(ctx, s)],
  };
}
