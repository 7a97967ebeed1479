// Every finding names its cells as the clerk reads the page: no table ids (SH04, T01, SHN), no keys, and
// in the Shanghai template (which prints no 行次 or 栏次) no 行N or 栏N at all: lines by code and name
// (“表四 208 社会保障和就业支出”), columns by their headings. Checked over the messages of every rule of
// both templates on broken copies: every entered figure and about half the printed totals scrambled, so
// that (nearly) every rule fires, with four different scrambles.
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { buildModel } from '../../src/shared/filing/compute';
import { cellOf } from '../../src/shared/table/cell-ref';
import { checkAll, evaluateAll } from '../../src/shared/rules/engine';
import type { Template } from '../../src/shared/templates/types';
import { cleanPutuo, put, shTemplate } from './shanghai-fixtures';
import { findingRows } from '../../src/shared/io/findings-rows';
import { cellWords } from '../../src/shared/review/wording';
import { cleanSample, template as sxTemplate } from './rules-fixtures';

/** A copy with every entered cell and about half of the computed cells' printed figures replaced. */
function scrambled(f: Filing, template: Template, seed: number): Filing {
  const c = JSON.parse(JSON.stringify(f)) as Filing;
  const model = buildModel(c, template);
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const amount = () => (Math.floor(rnd() * 1e8) / 100).toFixed(2);
  for (const [tid, rows] of Object.entries(c.tables)) {
    const t = template.tables.find((d) => d.id === tid);
    for (const [r, cols] of Object.entries(rows)) {
      const count = t?.rows?.find((d) => d.row === r)?.kind === 'count';
      for (const col of Object.keys(cols)) if (model.isEntered(tid, r, Number(col))) cols[col] = count ? String(Math.floor(rnd() * 50)) : amount();
    }
  }
  for (const key of model.computed.keys()) {
    const at = cellOf(key);
    if (rnd() < 0.5) ((c.stated[at.table] ??= {})[at.row] ??= {})[String(at.col)] = amount();
  }
  return c;
}

function messages(f: Filing, template: Template): { text: string[]; rules: Set<string> } {
  const text: string[] = [];
  const rules = new Set<string>();
  for (const seed of [1, 2, 3, 4]) {
    for (const finding of evaluateAll(scrambled(f, template, seed), template)) {
      text.push(finding.message);
      rules.add(finding.rule);
    }
  }
  // What 未核对 says of a rule: its title, with a table missing.
  text.push(...checkAll({ ...f, absent: template.tables.map((t) => t.id) }, template).unchecked.map((u) => `${u.title}：${u.reason}`));
  return { text, rules };
}

const INTERNAL = /\b(?:SH0\d|SHN|T\d\d|PE)\b|\||undefined|NaN|\[object/;

describe.each([
  ['shanxi-2022', cleanSample, sxTemplate, 0.5],
  ['shanghai-2024', cleanPutuo, shTemplate, 0.5],
] as const)('finding messages of %s', (_id, base, template, share) => {
  const { text, rules } = messages(base(), template);

  it('fire for most rules on the scrambled copies (the check below reads their messages)', () => {
    expect(rules.size / template.rules.length).toBeGreaterThan(share);
    expect(text.length).toBeGreaterThan(200);
  });

  it('name no table ids or keys', () => {
    expect(text.filter((m) => INTERNAL.test(m))).toEqual([]);
  });
});

describe('the Shanghai template prints no 行次 or 栏次', () => {
  const { text } = messages(cleanPutuo(), shTemplate);

  it('so no message names a 行N or 栏N', () => {
    expect(text.filter((m) => /行\d|栏\d/.test(m))).toEqual([]);
  });

  it('names 类 lines of 表一/表四 and coded lines by code and name, columns by headings', () => {
    const all = text.join('\n');
    expect(all).toContain('表四 208 社会保障和就业支出 合计 填报数');
    expect(all).toMatch(/表一 本年支出合计 填报数 [\d,.]+ ≠ 201 一般公共服务支出\+202 外交支出\+203 国防支出\+204 公共安全支出 等 24 项 之和/);
    expect(all).toMatch(/表二 2120101 行政运行 本年收入合计 填报数 [\d,.]+ ≠ 财政拨款收入\+上级补助收入\+事业收入\+经营收入\+附属单位上缴收入\+其他收入 之和/);
    expect(all).toMatch(/表七 合计决算数 填报数 [\d,.]+ ≠ 因公出国（境）费决算数\+公务用车购置及运行维护费小计决算数\+公务接待费决算数 之和/);
    expect(all).toMatch(/表六 302 商品和服务支出 填报数/);
  });

  it('names 表四’s 年初 fund lines as printed, under their heading, never by key (年初一般公共预算财政拨款)', () => {
    expect(text.filter((m) => /年初(一般公共|政府性基金|国有资本)/.test(m))).toEqual([]);
    const all = text.join('\n');
    // The engine's own wording (a printed 年初 total against its three lines) and the rules' (年初 = 上年年末).
    expect(all).toMatch(/表四 年初财政拨款结转和结余 填报数 [\d,.]+ ≠ 年初财政拨款结转和结余 一般公共预算财政拨款\+年初财政拨款结转和结余 政府性基金预算财政拨款\+年初财政拨款结转和结余 国有资本经营预算财政拨款 之和/);
    // With 年初 figures entered (the 普陀 sample has none): the 年初 = 上年年末 rules name them the same way.
    const opened = put(put(cleanPutuo(), 'SH04', '年初一般公共预算财政拨款', 1, '1.00'), 'SH04', '年初政府性基金预算财政拨款', 1, '2.00');
    const own = evaluateAll(opened, shTemplate).map((f) => f.message);
    expect(own.filter((m) => /年初(一般公共|政府性基金|国有资本)/.test(m))).toEqual([]);
    expect(own).toContain('财政拨款收入支出决算总表 年初财政拨款结转和结余 一般公共预算财政拨款 1.00 ≠ 上年年末一般公共预算财政拨款结转和结余 0.00，差 1.00（单位：万元）');
    expect(own).toContain('政府性基金预算财政拨款收入支出决算表 合计 年初结转和结余 0.00 ≠ 财政拨款收入支出决算总表 年初财政拨款结转和结余 政府性基金预算财政拨款 2.00，差 2.00（单位：万元）');
    // 审核结果.xlsx and the 审核报告 name the cell the same way (before: “表四 年初一般公共预算财政拨款 决算数（栏1）”).
    const found = evaluateAll(opened, shTemplate);
    const rows = findingRows(opened, shTemplate, found);
    const ly = found.findIndex((f) => f.rule === 'P.LY.SH04.1');
    expect(rows[ly].cell).toBe('表四 年初财政拨款结转和结余 一般公共预算财政拨款');
    expect(cellWords(shTemplate, found[ly].cells[0])).toBe('表四 年初财政拨款结转和结余 一般公共预算财政拨款');
    expect(rows.map((r) => r.cell).filter((c) => /栏\d|行\d|年初(一般公共|政府性基金|国有资本)/.test(c))).toEqual([]);
  });
});

describe('the Shanxi template keeps its printed numbers', () => {
  it('names 行次 and 栏次 as printed', () => {
    const all = messages(cleanSample(), sxTemplate).text.join('\n');
    expect(all).toMatch(/公开01表 行27 填报数/);
    expect(all).toMatch(/栏\d+\+栏\d+/);
  });
});
