// The department's summary of its self-evaluations, as the 预算绩效情况说明 states it: how many projects,
// the funds they cover, how many of each grade, how many forms are published and the 公开率.
import Decimal from 'decimal.js';
import type { Evaluation } from './types';
import { GRADES, type Grade, formAmount, scoreEvaluation } from './scoring';

export interface EvaluationSummary {
  /** Projects with a form in the filing. */
  forms: number;
  /** 二级项目 evaluated in all (facts['二级项目数'] when the clerk states more than the forms held). */
  projects: number;
  /** Σ 项目预算金额 of the forms, in 万元. */
  fundsWan: Decimal;
  /** Funds in 元 as stated (facts['自评涉及资金']) or Σ of the forms. */
  fundsYuan: Decimal;
  grades: Record<Grade, number>;
  published: number;
  /** published / projects; null with no projects. */
  disclosureRate: Decimal | null;
}

/** A count or amount fact; null when absent or not a number. */
export function factNumber(facts: Record<string, string>, key: string): Decimal | null {
  const s = (facts[key] ?? '').trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new Decimal(s);
}

export function summarizeEvaluations(evaluations: Evaluation[], facts: Record<string, string> = {}): EvaluationSummary {
  const grades: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  let fundsWan = new Decimal(0);
  let published = 0;
  for (const ev of evaluations) {
    const grade = scoreEvaluation(ev).grade;
    // A form not yet scored (or with a score beyond its 分值) counts in no grade.
    if (grade) grades[grade] += 1;
    fundsWan = fundsWan.plus(formAmount(ev.budget.total) ?? 0);
    if (ev.published) published += 1;
  }
  const statedProjects = factNumber(facts, '二级项目数');
  const projects = statedProjects !== null && statedProjects.toNumber() > evaluations.length ? statedProjects.toNumber() : evaluations.length;
  // Projects without a form in the file: the clerk states their grades as facts; otherwise the forms count.
  if (projects > evaluations.length) {
    for (const g of GRADES) {
      const stated = factNumber(facts, `grade.${g}`);
      if (stated !== null) grades[g] = stated.toNumber();
    }
  }
  const statedFunds = factNumber(facts, '自评涉及资金');
  return {
    forms: evaluations.length,
    projects,
    fundsWan,
    fundsYuan: statedFunds ?? fundsWan.times(10000),
    grades,
    published,
    disclosureRate: projects === 0 ? null : new Decimal(published).dividedBy(projects),
  };
}
