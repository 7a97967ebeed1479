// Reads a 项目支出绩效自评表 sheet (the app's export, or a clerk's form laid out like the seed's 附件1)
// into an Evaluation, field by field from the labels, never from fixed cells. Amounts are 万元 decimal
// strings checked with the money parser; a cell that cannot be read is listed with its address and left
// blank, never guessed. Ids come from the export's hidden marks (evaluation-mark.ts) or, for a clerk's
// sheet, are numbered in sheet order by assignEvaluationIds.
import Decimal from 'decimal.js';
import type { Evaluation, Evaluator, FundingBySource, Indicator } from '../../evaluation/types';
import { FUNDING_KINDS, FUNDING_PARTS, formatScore, suggestedExecutionScore } from '../../evaluation/scoring';
import { freshId } from '../../evaluation/edit';
import { amountText, scoreText } from './form-values';
import type { FormMark } from './evaluation-mark';
import type { Parsed } from './form-values';
import { parseFormMark, parseIndicatorMark } from './evaluation-mark';
import type { FieldValue, FormLabel } from './form-labels';
import { fieldText, findLabel, labelsInRow, valueOf } from './form-labels';
import { readIndicatorTable } from './read-indicators';
import { readMofFunds } from './read-funds-mof';
import { readAnnualGoal } from './read-goal-mof';
import type { Unreadable } from './read-table';
import type { SheetCell, SheetData } from './sheet-data';
import { address, squash, text } from './sheet-data';

/** A form as read; ids still to be settled across the workbook (null: none in the sheet). */
export interface FormRead {
  sheet: string;
  evaluation: Evaluation;
  markedId: string | null;
  /** Indicator ids from the marks, by position; null where the sheet has none. */
  indicatorIds: Array<string | null>;
  skipped: string[];
  unreadable: Unreadable[];
  /** Beyond the fields: what else was read (the layout recognised, scores summed). */
  read: string[];
  /** What the reader had to decide. */
  decisions: string[];
  /** Nothing (no amount, indicator or score) was read: not a form to check. */
  empty: boolean;
}

/** The export's marks, and the sheet without the column that holds them (so no label reads a mark). */
function takeMarks(sheet: SheetData): { sheet: SheetData; mark: FormMark | null; rowIds: Map<number, string> } {
  const rowIds = new Map<number, string>();
  for (let r = 0; r < Math.min(6, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const mark = parseFormMark(text(row[c]));
      if (!mark) continue;
      const rows = sheet.rows.map((cells, k) => {
        const id = parseIndicatorMark(text(cells[c]));
        if (id !== null) rowIds.set(k, id);
        return cells.map((x, j) => (j === c ? { v: null } : x));
      });
      return { sheet: { ...sheet, rows }, mark, rowIds };
    }
  }
  return { sheet, mark: null, rowIds };
}

/** 项目执行情况 as the export prints it (预算执行率…，自评得分9分。) or as a clerk writes it (9, 9分). */
function executionText(cell: SheetCell | undefined, t: string): Parsed {
  const m = /自评得分[:：]?(-?\d+(?:\.\d+)?)分?/.exec(squash(t));
  if (m && !cell?.bad && typeof cell?.v !== 'number') return { ok: true, value: m[1] };
  const s = scoreText(cell, t);
  if (!s.ok && /执行率/.test(t)) return { ok: false, reason: '写了预算执行率但没有“自评得分X分”，请填写执行情况得分' };
  return s;
}

export function readEvaluationSheet(original: SheetData): FormRead | null {
  const { sheet, mark, rowIds } = takeMarks(original);
  const nameAt = findLabel(sheet, 'name');
  if (!nameAt) return null;
  const skipped: string[] = [];
  const unreadable: Unreadable[] = [];
  const where = `工作表“${sheet.name}”`;
  const bad = (v: FieldValue, reason: string) => unreadable.push({ sheet: sheet.name, cell: address(v.r, v.c), value: v.text.slice(0, 40), reason });
  const indicatorHead = findLabel(sheet, 'selfEvaluation')?.r ?? sheet.rows.length;
  const field = (which: FormLabel, what: string, from = 0, to = sheet.rows.length): string => {
    const f = fieldText(sheet, which, from, to);
    if (!f.found) skipped.push(`${where}：没有找到“${what}”，该项留空`);
    return f.text;
  };

  const read: string[] = [];
  const decisions: string[] = [];
  // The MOF standard form prints 项目资金 by source (当年财政拨款 …), not 预算/到位/执行 by level of government.
  const mof = readMofFunds(sheet);
  const funding = mof ? mofFunding(mof.sources) : readFunding(sheet, indicatorHead, where, skipped, bad);
  const annualGoal = readAnnualGoal(sheet);
  if (mof) {
    read.push(...mof.read);
    unreadable.push(...mof.unreadable);
    skipped.push(`${where}：财政部格式没有“实际到位金额”，也不按中央省/市/县/其它分来源，这些项留空（资金按当年财政拨款/上年结转资金/其他资金核对）`);
    if (!annualGoal) skipped.push(`${where}：没有找到“年度总体目标”（预期目标、实际完成情况），该项留空`);
  }
  if (annualGoal) read.push(`年度总体目标：预期目标${annualGoal.expected ? '' : '（空）'}、实际完成情况${annualGoal.actual ? '' : '（空）'}`);
  const execAt = findLabel(sheet, 'execution');
  let executionScore = mof?.executionScore ?? '';
  let executionPrinted: Decimal | null = mof?.executionScore ? new Decimal(mof.executionScore) : null;
  if (!execAt && !mof) skipped.push(`${where}：没有找到“项目执行情况”，执行情况得分留空`);
  else if (execAt) {
    const v = valueOf(sheet, execAt);
    const p = executionText(v.cell, v.text);
    if (p.ok) {
      executionScore = p.value;
      executionPrinted = p.value ? new Decimal(p.value) : null;
    } else bad(v, p.reason);
  }
  const table = readIndicatorTable(sheet, where);
  skipped.push(...table.skipped);
  unreadable.push(...table.unreadable);
  decisions.push(...table.decisions);
  const after = table.end;
  const people = readEvaluators(sheet, after, where, skipped);
  const footer = readFooter(sheet, after);

  const ev: Evaluation = {
    id: '',
    name: valueOf(sheet, nameAt).text,
    manager: field('manager', '项目负责人', 0, indicatorHead),
    phone: field('phone', '联系电话', 0, indicatorHead),
    department: field('department', '主管部门', 0, indicatorHead),
    implementer: field('implementer', '实施单位', 0, indicatorHead),
    period: field('period', '项目起止时间', 0, indicatorHead),
    evaluationYear: field('evaluationYear', '绩效自评评价年度', 0, indicatorHead),
    budget: funding.budget,
    received: funding.received,
    spent: funding.spent,
    // The MOF form keeps its layout and sources, so it is written back as it came (export → import is stable).
    ...(mof ? { sources: mof.sources, layout: 'mof' as const } : {}),
    ...(annualGoal ? { annualGoal } : {}),
    goalOutput: field('goalOutput', '项目提供的公共产品和服务的数量', 0, indicatorHead),
    goalEffect: field('goalEffect', '项目效果', 0, indicatorHead),
    executionScore,
    indicators: table.indicators.map((i) => ({ ...i, id: '' })),
    levelScores: table.levelScores,
    conclusion: field('conclusion', '自评结论', after),
    experience: field('experience', '主要经验做法', after),
    problems: field('problems', '存在问题与整改措施', after),
    evaluators: people,
    filledBy: footer.filledBy,
    filledPhone: footer.filledPhone,
    filledDate: fieldText(sheet, 'filledDate').text,
    published: mark?.published ?? true,
  };
  // A blank 执行情况 score prints as the suggestion; it stays blank unless the clerk changed the figure.
  if (mark?.executionAuto && executionPrinted !== null) {
    const suggested = suggestedExecutionScore(ev);
    if (suggested !== null && formatScore(suggested) === formatScore(executionPrinted)) ev.executionScore = '';
  }
  return {
    sheet: sheet.name,
    evaluation: ev,
    markedId: mark?.id ?? null,
    indicatorIds: table.rows.map((r) => (mark ? rowIds.get(r) ?? null : null)),
    skipped,
    unreadable,
    read,
    decisions,
    empty: nothingRead(ev),
  };
}

/** A form of which no amount, indicator or score was read: its layout was not understood. */
function nothingRead(ev: Evaluation): boolean {
  const amounts = [ev.budget, ev.received, ev.spent].some((f) => Object.values(f).some((x) => x !== '')) || (ev.sources ?? []).some((l) => l.budget || l.spent || l.initial);
  return !amounts && ev.indicators.length === 0 && Object.keys(ev.levelScores).length === 0 && ev.executionScore === '';
}

/** The Shanxi fields a MOF form fills: the totals of 全年预算数 and 全年执行数. */
function mofFunding(sources: Evaluation['sources'] & object): Record<'budget' | 'received' | 'spent', FundingBySource> {
  const total = sources.find((l) => l.name === '年度资金总额');
  return { budget: { ...blankFunding(), total: total?.budget ?? '' }, received: blankFunding(), spent: { ...blankFunding(), total: total?.spent ?? '' } };
}

const blankFunding = (): FundingBySource => ({ total: '', central: '', city: '', county: '', other: '' });

/** 项目预算金额 / 实际到位金额 / 实际执行金额 and their 中央省/市/县/其它 rows, each block by its label's column. */
function readFunding(sheet: SheetData, end: number, where: string, skipped: string[], bad: (v: FieldValue, reason: string) => void): Record<'budget' | 'received' | 'spent', FundingBySource> {
  const out = { budget: blankFunding(), received: blankFunding(), spent: blankFunding() };
  const heads: Array<{ key: 'budget' | 'received' | 'spent'; r: number; c: number }> = [];
  for (const kind of FUNDING_KINDS) {
    const at = findLabel(sheet, kind.key, 0, end);
    if (!at) {
      skipped.push(`${where}：没有找到“${kind.label}”，该项金额留空`);
      continue;
    }
    const v = valueOf(sheet, at);
    const p = amountText(v.cell, v.text);
    if (p.ok) out[kind.key].total = p.value;
    else bad(v, p.reason);
    heads.push({ key: kind.key, r: at.r, c: at.c });
  }
  if (heads.length === 0) return out;
  const top = Math.min(...heads.map((h) => h.r));
  const seen = new Set<string>();
  // The source rows follow the amounts; a label belongs to the block whose heading is nearest on its left.
  for (let r = top + 1; r < Math.min(end, top + 16); r++) {
    for (const part of FUNDING_PARTS) {
      for (const at of labelsInRow(sheet, part.key, r)) {
        // Nearest on the left, then nearest above (the three blocks may also be stacked).
        const block = heads.filter((h) => h.c <= at.c && h.r < r).sort((a, b) => b.c - a.c || b.r - a.r)[0];
        if (!block || seen.has(`${block.key}.${part.key}`)) continue;
        seen.add(`${block.key}.${part.key}`);
        const v = valueOf(sheet, at);
        const p = amountText(v.cell, v.text);
        if (p.ok) out[block.key][part.key] = p.value;
        else bad(v, p.reason);
      }
    }
  }
  return out;
}

/** 评价人员: the 姓名 | 职称/职务 | 工作单位 header, then one row per person, 组长/成员 left of the name. */
function readEvaluators(sheet: SheetData, from: number, where: string, skipped: string[]): Evaluator[] {
  let head = -1;
  let cols: { name: number; title: number; org: number; orgEnd: number } | null = null;
  for (let r = from; r < sheet.rows.length && !cols; r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => squash(text(c)));
    const name = texts.indexOf('姓名');
    const title = texts.findIndex((t) => /^(职称|职务)/.test(t));
    const org = texts.findIndex((t) => t.startsWith('工作单位'));
    if (name < 0 || title < 0 || org < 0) continue;
    const sign = texts.findIndex((t, i) => i > org && t !== '');
    cols = { name, title, org, orgEnd: sign < 0 ? texts.length : sign };
    head = r;
  }
  if (!cols) {
    skipped.push(`${where}：没有找到评价人员表头（姓名、职称/职务、工作单位），评价人员未读入`);
    return [];
  }
  const labelAt = findLabel(sheet, 'evaluators', head, head + 1);
  const roleCol = cols.name > 0 && labelAt?.c !== cols.name - 1 ? cols.name - 1 : null;
  if (roleCol === null) skipped.push(`${where}：评价人员没有“组长/成员”一栏，都按成员读入`);
  const people: Evaluator[] = [];
  for (let r = head + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (row.some((c) => /^填报(人|日期)/.test(squash(text(c))))) break;
    const at = (c: number) => text(row[c]).trim();
    const span = (a: number, b: number) => row.slice(a, b).map((c) => text(c).trim()).find((x) => x !== '') ?? '';
    const role = roleCol === null ? '' : squash(text(row[roleCol]));
    const person = { name: at(cols.name), title: span(cols.title, cols.org), org: span(cols.org, cols.orgEnd) };
    if (!role && !person.name && !person.title && !person.org) continue;
    // 成员 is printed once over all members (a merged cell): a blank role is a member.
    let kind: Evaluator['role'] = '成员';
    if (/组长/.test(role) && !/副/.test(role)) kind = '组长';
    else if (role && role !== '成员') skipped.push(`${where} 第${r + 1}行：评价人员身份“${role.slice(0, 10)}”按“成员”读入`);
    people.push({ role: kind, ...person });
  }
  return people;
}

/** 填报人：… 联系电话：… in one cell (the export) or two (the seed). */
function readFooter(sheet: SheetData, from: number): { filledBy: string; filledPhone: string } {
  const at = findLabel(sheet, 'filledBy', from);
  if (!at) return { filledBy: '', filledPhone: '' };
  const joined = /^([\s\S]*?)[\s\u3000]*联[\s\u3000]*系[\s\u3000]*电[\s\u3000]*话[\s\u3000]*[:：]?([\s\S]*)$/.exec(at.rest);
  if (joined) return { filledBy: joined[1].trim(), filledPhone: joined[2].trim() };
  const phone = findLabel(sheet, 'phone', at.r, sheet.rows.length, at.c + 1);
  return { filledBy: valueOf(sheet, at).text, filledPhone: phone ? valueOf(sheet, phone).text : '' };
}

/**
 * Settles ids across the workbook: a marked id is kept unless an earlier form took it; the others get
 * pe01, pe02 … in sheet order (the first free), and their indicators `${id}-i1`, `${id}-i2` ….
 */
export function assignEvaluationIds(forms: FormRead[]): Evaluation[] {
  const taken = new Set<string>();
  const ids = forms.map((f) => {
    if (f.markedId === null || taken.has(f.markedId)) return null;
    taken.add(f.markedId);
    return f.markedId;
  });
  return forms.map((f, k) => {
    let id = ids[k];
    if (id === null) {
      id = freshId('pe', taken);
      taken.add(id);
      if (f.markedId !== null) f.skipped.push(`工作表中的自评表编号 ${f.markedId} 与前面的表重复，改为 ${id}`);
    }
    const used = new Set<string>();
    const indicators: Indicator[] = f.evaluation.indicators.map((ind, i) => {
      let iid = f.indicatorIds[i];
      if (iid === null || iid === undefined || used.has(iid)) {
        let n = i + 1;
        while (used.has(`${id}-i${n}`) || f.indicatorIds.includes(`${id}-i${n}`)) n++;
        iid = `${id}-i${n}`;
      }
      used.add(iid);
      return { ...ind, id: iid };
    });
    return { ...f.evaluation, id, indicators };
  });
}
