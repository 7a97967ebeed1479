// Self-evaluation forms in the layouts other than Shanxi's: the MOF standard form (财预〔2020〕10号), with
// 项目资金 by source and per-indicator 分值/得分 (summed into the level score), and a form of which nothing
// can be read (not 审核通过: it is not read, and the forms are 未核对).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { emptyT09Sheet } from './clerk-sheets';
import { describe, expect, it } from 'vitest';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { checkAll } from '../../src/shared/rules/engine';
import { getTemplate } from '../../src/shared/templates/registry';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import type { Filing } from '../../src/shared/filing/types';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-forms-'));
const template = getTemplate('shanxi-2022');

async function save(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return p;
}

/** The MOF standard form as ministries and many provinces print it. */
function mofForm(wb: ExcelJS.Workbook, carrySpent: number | string = 8): void {
  const ws = wb.addWorksheet('自评表');
  ws.addRow(['项目支出绩效自评表']);
  ws.addRow(['（2022年度）']);
  ws.addRow(['项目名称', '智慧城市运维']);
  ws.addRow(['主管部门', '测试局', '', '', '实施单位', '测试中心']);
  ws.addRow(['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  ws.addRow(['', '年度资金总额', 100, 120, 108, 10, '90.00%', 9]);
  ws.addRow(['', '其中：当年财政拨款', 100, 110, 100, '—', '', '—']);
  ws.addRow(['', '上年结转资金', 0, 10, carrySpent, '—', '', '—']);
  ws.addRow(['', '其他资金', 0, 0, 0, '—', '', '—']);
  ws.addRow(['年度总体目标', '预期目标', '', '', '实际完成情况']);
  ws.addRow(['', '保障全市智慧城市系统运维', '', '', '已保障']);
  ws.addRow(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  ws.addRow(['', '产出指标', '数量指标', '运维设备数', '≥100台', '120台', 20, 20, '']);
  ws.addRow(['', '', '质量指标', '故障修复率', '≥95%', '96%', 15, 15, '']);
  ws.addRow(['', '', '时效指标', '响应时间', '≤2小时', '3小时', 15, 10, '个别故障响应超时，已增加值守人员']);
  ws.addRow(['', '效益指标', '社会效益指标', '系统可用率', '≥99%', '99.5%', 30, 30, '']);
  ws.addRow(['', '满意度指标', '服务对象满意度指标', '用户满意度', '≥90%', '92%', 10, 10, '']);
  ws.addRow(['总分', '', '', '', '', '', 100, 94, '']);
}

describe('the MOF standard form (财预〔2020〕10号)', () => {
  it('reads 项目资金 by source, the 执行 score, and sums per-indicator scores into each level', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb);
    const r = await importXlsxFile(await save('mof.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    const [ev] = r.filing.evaluations;
    expect(ev.name).toBe('智慧城市运维');
    expect(ev.department).toBe('测试局');
    expect(ev.implementer).toBe('测试中心');
    expect(ev.sources).toEqual([
      { name: '年度资金总额', initial: '100', budget: '120', spent: '108' },
      { name: '当年财政拨款', initial: '100', budget: '110', spent: '100' },
      { name: '上年结转资金', initial: '0', budget: '10', spent: '8' },
      { name: '其他资金', initial: '0', budget: '0', spent: '0' },
    ]);
    expect(ev.budget.total).toBe('120');
    expect(ev.spent.total).toBe('108');
    expect(ev.executionScore).toBe('9');
    // Before: 20 read as the level score of 产出指标 and the 15, 10 dropped with a false 提示.
    expect(ev.levelScores).toEqual({ 产出指标: '45', 效益指标: '30', 满意度指标: '10' });
    expect(ev.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual])).toEqual([
      ['产出指标', '数量指标', '运维设备数', '≥100台', '120台'],
      ['产出指标', '质量指标', '故障修复率', '≥95%', '96%'],
      ['产出指标', '时效指标', '响应时间', '≤2小时', '3小时'],
      ['效益指标', '社会效益指标', '系统可用率', '≥99%', '99.5%'],
      ['满意度指标', '服务对象满意度指标', '用户满意度', '≥90%', '92%'],
    ]);
    const sheet = r.report.sheets[0];
    expect(sheet.read.join('\n')).toContain('财政部标准格式（财预〔2020〕10号）的项目资金');
    expect(sheet.decisions).toContain('工作表“自评表”：表中按指标打分（有“分值”栏），产出指标得分按各指标得分相加：20+15+10 = 45');
    expect(sheet.notRead.join('\n')).toContain('财政部格式没有“实际到位金额”');
    const pe = checkAll(r.filing, template).findings.filter((f) => f.rule.startsWith('PE-'));
    expect(pe).toEqual([]);
    // The sources survive the file.
    const back = parseFiling(serializeFiling(r.filing));
    expect(back.ok && back.filing.evaluations[0].sources).toEqual(ev.sources);
  });

  it('checks 年度资金总额 against 当年财政拨款 + 上年结转资金 + 其他资金', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb, 9);
    const r = await importXlsxFile(await save('mof-bad.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    const pe = checkAll(r.filing, template).findings.filter((f) => f.rule.startsWith('PE-'));
    expect(pe.map((f) => f.message)).toEqual(['项目“智慧城市运维”年度资金总额全年执行数 108 万元 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 109 万元，差 -1 万元。']);
  });
});

/** The filing exported to xlsx and imported again. */
async function again(filing: Filing, name: string): Promise<Filing> {
  const p = join(dir, name);
  writeFileSync(p, await buildWorkbook(filing, template));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r.filing;
}

const peFindings = (f: Filing) => {
  const r = checkAll(f, template);
  return { findings: r.findings.filter((x) => x.rule.startsWith('PE-')).map((x) => `${x.key} ${x.message}`), unchecked: r.unchecked.filter((u) => u.rule.startsWith('PE-')) };
};

describe('the MOF form written back', () => {
  it('reads 年度总体目标 (预期目标 / 实际完成情况) into the form', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb);
    const r = await importXlsxFile(await save('mof-goal.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.evaluations[0].annualGoal).toEqual({ expected: '保障全市智慧城市系统运维', actual: '已保障' });
    expect(r.filing.evaluations[0].layout).toBe('mof');
    const sheet = r.report.sheets[0];
    expect(sheet.read.join('\n')).toContain('年度总体目标');
    expect([...sheet.notRead, ...sheet.decisions].join('\n')).not.toContain('年度总体目标');
  });

  it('says when a MOF form has no 年度总体目标', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb);
    const ws = wb.getWorksheet('自评表');
    ws?.spliceRows(10, 2);
    const r = await importXlsxFile(await save('mof-nogoal.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.evaluations[0].annualGoal).toBeUndefined();
    expect(r.report.sheets[0].notRead.join('\n')).toContain('没有找到“年度总体目标”');
  });

  it('export → import → export → import gives the same form and the same findings (no false PE-3)', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb);
    const r = await importXlsxFile(await save('mof-rt.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    const first = r.filing;
    const second = await again(first, 'mof-rt-2.xlsx');
    const third = await again(second, 'mof-rt-3.xlsx');
    expect(second.evaluations).toEqual(first.evaluations);
    expect(third.evaluations).toEqual(first.evaluations);
    expect(peFindings(second)).toEqual(peFindings(first));
    expect(peFindings(second).findings).toEqual([]);
    // The per-indicator 分值/得分 are kept and written back.
    expect(second.evaluations[0].indicators.map((i) => [i.weight, i.score])).toEqual([['20', '20'], ['15', '15'], ['15', '10'], ['30', '30'], ['10', '10']]);
    // Written in the MOF layout: its sources, not the Shanxi 项目预算金额 / 中央、省财政 lines.
    const p = join(dir, 'mof-rt-look.xlsx');
    writeFileSync(p, await buildWorkbook(first, template));
    const look = new ExcelJS.Workbook();
    await look.xlsx.readFile(p);
    const texts: string[] = [];
    look.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金', '年度总体目标', '预期目标', '实际完成情况', '保障全市智慧城市系统运维', '偏差原因分析及改进措施']));
    expect(texts.some((t) => t.startsWith('项目预算金额') || t.includes('中央、省财政'))).toBe(false);
  });

  it('keeps a finding through the round trip (年度资金总额 ≠ sum of sources stays one PE-3)', async () => {
    const wb = new ExcelJS.Workbook();
    mofForm(wb, 9);
    const r = await importXlsxFile(await save('mof-rt-bad.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    const second = await again(r.filing, 'mof-rt-bad-2.xlsx');
    expect(second.evaluations).toEqual(r.filing.evaluations);
    expect(peFindings(second)).toEqual(peFindings(r.filing));
    expect(peFindings(second).findings).toHaveLength(1);
  });
});

describe('a self-evaluation form of which nothing can be read', () => {
  it('is not read (not 审核通过): the forms are absent and their rules 未核对', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(['项目支出绩效自评表']);
    ws.addRow(['项目名称', '某项目']);
    ws.addRow(['资金情况', '见附件']);
    const r = await importXlsxFile(await save('empty-form.xlsx', wb));
    // Nothing at all could be read from the workbook.
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('没有读到任何金额、指标或得分');
  });

  it('beside a read table, leaves the forms absent and PE rules 未核对', async () => {
    const wb = new ExcelJS.Workbook();
    emptyT09Sheet(wb);
    const ws = wb.addWorksheet('自评');
    ws.addRow(['项目支出绩效自评表']);
    ws.addRow(['项目名称', '某项目']);
    const r = await importXlsxFile(await save('empty-form-2.xlsx', wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.evaluations).toEqual([]);
    expect(r.filing.absent).toContain('PE');
    const { unchecked } = checkAll(r.filing, template);
    expect(unchecked.filter((u) => u.rule.startsWith('PE-')).map((u) => u.reason)).toEqual(Array(5).fill('项目支出绩效自评表 未提供'));
  });
});
