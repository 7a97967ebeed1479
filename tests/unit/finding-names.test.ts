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
import type { CellRef } from '../../src/shared/table/cell-ref';
import { tableModel } from '../../src/shared/table/model';
import { consolidate } from '../../src/shared/consolidate/consolidate';
import { transferTables } from '../../src/shared/consolidate/offsets';
import { adjustmentRows, formatConsolidationReport } from '../../src/shared/consolidate/report';
import { deskFindings } from '../../src/shared/desk/rows';
import { applyEdits } from '../../src/shared/filing/edits';
import { buildLayout, cellName as gridCellName } from '../../src/renderer/src/grid/table-model';
import { cellLabel } from '../../src/renderer/src/features/review/review-model';
import { colText, rowText } from '../../src/renderer/src/features/review/compare-format';
import { describeRecovery } from '../../src/renderer/src/shell/recovery-offer';

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

// Every place that names one cell on its own — the 汇总 report, the desk's cells, refused edits (shared and
// the grid's parse path), review notes, recovery, the compare view — names it by the one function
// (table/cell-name.ts cellWords): 上海 without 栏N or keys, 山西 exactly as before (“公开02表 合计 财政拨款收入（栏2）”).
/** Every cell of every table of the filing (coded tables: the rows it has, and 合计). */
function everyCell(f: Filing, template: Template): CellRef[] {
  const cells: CellRef[] = [];
  for (const def of template.tables) {
    const model = tableModel(def, def.kind === 'coded' ? Object.keys(f.tables[def.id] ?? {}) : []);
    for (const line of model.lines) for (const col of line.cols) cells.push({ table: def.id, row: line.row, col });
  }
  return cells;
}

/** The names each place gives, over both templates' scrambled copies. */
function placeNames(base: Filing, template: Template): Record<string, string[]> {
  const out: Record<string, string[]> = { 汇总: [], desk: [], refusal: [], grid: [], notes: [], recovery: [], compare: [] };
  const copies = [1, 2, 3, 4].map((seed) => ({ ...scrambled(base, template, seed), template: template.id }));
  // 汇总 of two scrambled units, a 补助 and an 上缴 between them: every cell the offsets touched and the report's text.
  const { income, spending } = transferTables(template);
  const colOf = (t: typeof income, label: string) => t.columns.find((c) => c.label === label)!.col;
  const units = copies.slice(0, 2).map((filing, i) => {
    const f = { ...filing, meta: { ...filing.meta, department: `单位${i}`, members: [{ name: `单位${i}`, nature: '行政' as const }] } };
    const [pay, receive] = i === 0 ? ['对附属单位补助支出', '附属单位上缴收入'] : ['上缴上级支出', '上级补助收入'];
    const put = (t: typeof income, label: string) => {
      const rows = (f.tables[t.id] = { ...f.tables[t.id] });
      const code = Object.keys(rows).find((r) => /^\d{7}$/.test(r))!;
      rows[code] = { ...rows[code], [String(colOf(t, label))]: '600.00' };
    };
    put(spending, pay);
    put(income, receive);
    return { filing: f, path: `u${i}.jsgk`, sha256: String(i).repeat(64) };
  });
  const { filing: dept } = consolidate(units, { template, at: '2026-12-01T00:00:00.000Z' });
  const rows = adjustmentRows(dept, template);
  expect(rows.length).toBeGreaterThan(5);
  out.汇总.push(...rows.map((r) => r.label), formatConsolidationReport(dept, template));
  for (const f of copies) {
    for (const d of deskFindings('a.jsgk', f, evaluateAll(f, template), template)) {
      out.desk.push(d.cells, ...d.cellRefs.flatMap((c) => [c.name, c.rowName, c.colLabel]));
    }
  }
  const f = copies[0];
  const blank = JSON.parse(JSON.stringify(base)) as Filing;
  for (const def of template.tables) blank.tables[def.id] = {};
  const changed = describeRecovery({ id: 'x', path: '/d/a.jsgk', savedAt: '2026-12-01T00:00:00.000Z', filing: f }, { filing: base }, 'a.jsgk');
  out.recovery.push(...changed.changes);
  const nameOfCode = (code: string) => code;
  for (const cell of everyCell(f, template)) {
    // A refusal names the cell: a computed cell or a total refuses any figure, an entered one a bad amount.
    try {
      applyEdits(f, [{ kind: 'cell', table: cell.table, row: cell.row, col: cell.col, value: '12x' }], { template });
    } catch (e) {
      out.refusal.push((e as Error).message);
    }
    const def = template.tables.find((t) => t.id === cell.table)!;
    out.grid.push(gridCellName(buildLayout(def, f, nameOfCode), cell));
    out.notes.push(cellLabel(template, cell.table, cell.row, cell.col));
    out.compare.push(rowText(template, cell.table, cell.row), colText(template, cell.table, cell.col));
  }
  expect(out.refusal.length).toBeGreaterThan(100);
  expect(out.recovery.length).toBeGreaterThan(3);
  return out;
}

/** Keys of 上海 lines that print another name (表四 年初…, 情况说明数据): a name never shows them. */
const SH_KEYS = shTemplate.tables.flatMap((t) =>
  (t.rows ?? []).filter((r) => !r.blank && !r.code && !/^\d+$/.test(r.row) && !(t.rows ?? []).some((x) => x.label.includes(r.row))).map((r) => r.row),
).filter((k) => !/^(收入总计|支出总计)$/.test(k));

describe('a cell named on its own', () => {
  const sh = placeNames(cleanPutuo(), shTemplate);

  it.each(Object.keys(sh))('in 上海 (%s): no 栏, 行N, table id or line key', (place) => {
    const names = sh[place];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /栏|行\d/.test(n) || INTERNAL.test(n))).toEqual([]);
    expect(names.filter((n) => SH_KEYS.some((k) => n.includes(k)))).toEqual([]);
  });

  it('in 上海: 情况说明数据 lines by the form’s label, 表四 年初 lines under their heading, coded lines by code and name', () => {
    expect(SH_KEYS).toEqual(expect.arrayContaining(['年初一般公共预算财政拨款', '出国团组', '政府采购合计', '车辆合计']));
    const all = Object.values(sh).flat().join('\n');
    expect(all).toContain('情况说明 因公出国（境）团组数（个）');
    expect(all).toContain('表四 年初财政拨款结转和结余 一般公共预算财政拨款');
    expect(all).toMatch(/表二 2120101 行政运行 本年收入合计/);
    expect(sh.refusal.join('\n')).toContain('情况说明 政府采购金额（以合同签订为准）由公式计算，不能直接填写');
  });

  it('in 山西: as before, by 行次/科目, label and 栏次', () => {
    const sx = placeNames(cleanSample(), sxTemplate);
    for (const place of ['grid', 'notes'] as const) {
      const names = sx[place];
      expect(names).toContain('公开02表 合计 财政拨款收入（栏2）');
      expect(names).toContain('公开01表 行27 决算数（栏1）');
      expect(names).toContain('公开03表 合计 基本支出（栏2）');
    }
    expect(sx.refusal.join('\n')).toContain('公开02表 合计 财政拨款收入（栏2）是由下级科目汇总的合计数');
    expect(sx.desk.join('\n')).toMatch(/公开0\d表 \S+ \S+（栏\d+）/);
    expect(sx.汇总.join('\n')).toMatch(/公开0\d表 \S+ \S+（栏\d+）/);
  });
});
