// Import of the 项目支出绩效自评表 sheets: the app's own export gives back the same forms (ids, published,
// a blank 执行情况 score) and the same findings; a clerk's form laid out like the seed's 附件1 reads by
// its labels, with cells that cannot be read listed and left blank, never guessed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import type { Filing } from '../../src/shared/filing/types';
import type { ImportResult } from '../../src/shared/host-api';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-import-ev-'));
let n = 0;

async function roundTrip(filing: Filing, edit?: (wb: ExcelJS.Workbook) => void): Promise<Extract<ImportResult, { ok: true }>> {
  const p = join(dir, `rt${++n}.xlsx`);
  const bytes = await buildWorkbook(filing, getTemplate(filing.template));
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    edit(wb);
    writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  } else writeFileSync(p, bytes);
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const findingKeys = (f: Filing) => evaluateAll(f, getTemplate(f.template)).map((x) => ({ rule: x.rule, message: x.message, cells: x.cells }));

/** The sheet's cell whose text starts with `prefix`, as exceljs sees it. */
function cellStarting(ws: ExcelJS.Worksheet, prefix: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) => row.eachCell((c) => {
    if (!found && typeof c.value === 'string' && c.value.startsWith(prefix)) found = c;
  }));
  if (!found) throw new Error(`no cell starting with ${prefix}`);
  return found;
}

describe('round trip of the sample through the exported workbook', () => {
  it('gives back the same four forms and the same tables', async () => {
    const sample = sampleFiling();
    const { filing, report } = await roundTrip(sample);
    expect(filing.evaluations).toEqual(sample.evaluations);
    expect(filing.tables).toEqual(sample.tables);
    expect(report.unreadable).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.read.filter((x) => x.startsWith('项目支出绩效自评表'))).toHaveLength(4);
    expect(report.read).toContain('项目支出绩效自评表“政府投资信息化项目管理费”：工作表“自评表3-政府投资信息化项目管理费”，读入 12 项指标、3 名评价人员');
  });

  it('gives the same findings, PE-1 on 政府投资信息化项目管理费 included', async () => {
    const sample = sampleFiling();
    const { filing } = await roundTrip(sample);
    const before = findingKeys(sample);
    expect(before.some((f) => f.rule === 'PE-1' && f.message.includes('政府投资信息化项目管理费'))).toBe(true);
    expect(findingKeys(filing)).toEqual(before);
  });

  it('keeps ids that are not pe01…, an unpublished form and a blank 执行情况 score', async () => {
    const sample = sampleFiling();
    sample.evaluations = [sample.evaluations[2], sample.evaluations[0]];
    const [a, b] = sample.evaluations;
    a.id = 'pe07';
    a.indicators = a.indicators.map((ind, i) => ({ ...ind, id: `pe07-i${String(12 - i).padStart(2, '0')}` }));
    a.published = false;
    b.executionScore = '';
    const { filing } = await roundTrip(sample);
    expect(filing.evaluations).toEqual(sample.evaluations);
    expect(findingKeys(filing)).toEqual(findingKeys(sample));
  });

  it('reads a 执行情况 score the clerk changed in the workbook, even where the form had left it blank', async () => {
    const sample = sampleFiling();
    sample.evaluations[0].executionScore = '';
    const { filing } = await roundTrip(sample, (wb) => {
      cellStarting(wb.worksheets[10], '预算执行率').value = '预算执行率100.00%，自评得分8分。';
    });
    expect(filing.evaluations[0].executionScore).toBe('8');
    expect(findingKeys(filing).some((f) => f.rule === 'PE-1' && f.message.includes('精准扶贫干部驻村生活补贴'))).toBe(true);
  });

  it('numbers the forms pe01… in sheet order when the hidden marks are gone (a copied sheet)', async () => {
    const sample = sampleFiling();
    const { filing } = await roundTrip(sample, (wb) => {
      for (const ws of wb.worksheets.slice(10)) ws.spliceColumns(9, 1);
    });
    expect(filing.evaluations).toEqual(sample.evaluations);
    // Without the marks an id the sheet order does not give cannot come back: pe07 reads as pe01.
    const moved = sampleFiling();
    moved.evaluations = [moved.evaluations[2]];
    moved.evaluations[0].id = 'pe07';
    const plain = await roundTrip(moved, (wb) => wb.worksheets.slice(10).forEach((ws) => ws.spliceColumns(9, 1)));
    expect(plain.filing.evaluations.map((e) => e.id)).toEqual(['pe01']);
    expect(plain.filing.evaluations[0].indicators[0].id).toBe('pe01-i1');
  });
});

/** A clerk's form laid out like the seed's 附件1: 指标1/指标2/….. slots, the outer 绩效指标 column. */
function clerkForm(shift = 0): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('扶贫补贴');
  const rows: ExcelJS.CellValue[][] = [
    ['附件1'],
    ['阳泉市项目支出绩效自评表'],
    ['单位（盖章）：', '', '', '', '', '', '填报日期：2023.03.24'],
    ['项目名称', '', '精准扶贫干部驻村生活补贴'],
    ['项目负责人', '', '赵瑞斌', '', '联系电话', '2297565'],
    ['主管部门', '', '阳泉市大数据应用局', '', '实施单位', '阳泉市大数据管理服务中心'],
    ['项目起止时间', '', '2022.01-2022.12', '', '绩效自评评价年度', '2022年度'],
    ['项目预算金额 (万元)', '', 2.5, '实际到位金额（万元）', '2.5', '实际执行金额（万元）', '2.5万元'],
    ['其中：中央、省财政', '', '', '其中：中央、省财政', '', '其中：中央、省财政', ''],
    ['市财政', '', 2.5, '市财政', '2.5', '市财政', '两万五'],
    ['县（区）财政', '', '', '县（区）财政', '', '县（区）财政', ''],
    ['其它', '', '', '其它', '', '其它', ''],
    ['项目预期 绩效目标', '项目提供的公共产品和服务的数量', '驻村工作人员1名，及时报销驻村工作人员的生活补贴。'],
    ['', '项目效果', '达到使用效果。'],
    ['项目执行情况 (10分)', '', '9分'],
    ['绩效目标自评情况'],
    ['', '一级指标', '二级指标', '三级指标', '', '年度指标值', '全年完成值', '未完成原因和改进措施', '自评得分'],
    ['绩 效 指 标', '产出指标 (50分)', '数量指标', '指标1', '驻村工作人员', '1人', '100%', '', 50],
    ['', '', '', '指标2'],
    ['', '', '', '.....'],
    ['', '', '质量指标', '指标1', '驻村工作完成率', '100%', '100%'],
    ['', '效益指标 (30分)', '经济效益指标', '指标1', '', '', '', '', '30'],
    ['', '', '社会效益指标', '指标1', '驻村工作队员工作效率提升度', '提升', '100%'],
    ['', '满意度指 标 (10分)', '服务对象满意度指标', '指标1', '驻村工作队员满意度', '100%', '90%', '部分村民未回访，明年补访', '优'],
    ['总 分', '', '', '', '', '', '', '', 89],
    ['总分设置为100分；预算执行率10分、产出指标50分、效益指标30分、服务对象满意度指标10分。'],
    ['自评结论 及结果分析', '', '本项目自评等级为良。'],
    ['主要经验做法', '', '严格按照专项资金管理办法精神分配使用资金。'],
    ['存在问题与 整改措施', '', '无'],
    ['评价人员', '', '姓名', '职称/职务', '工作单位', '', '', '', '签字'],
    ['', '组长', '朴晋松', '基础设施与数据资源科 科长', '阳泉市大数据应用局'],
    ['', '', '武政平', '科员', '阳泉市大数据管理服务中心'],
    ['', '成员', '殷初超', '科员', '阳泉市大数据管理服务中心'],
    [],
    ['填报人： 殷初超'],
    ['联系电话： 6663501'],
  ];
  for (const r of rows) ws.addRow([...Array<string>(shift).fill(''), ...r]);
  ws.mergeCells(18, 1 + shift, 24, 1 + shift);
  ws.mergeCells(18, 2 + shift, 21, 2 + shift);
  ws.mergeCells(18, 9 + shift, 21, 9 + shift);
  return wb;
}

async function importClerk(edit?: (ws: ExcelJS.Worksheet) => void, shift = 0): Promise<Extract<ImportResult, { ok: true }>> {
  const wb = clerkForm(shift);
  edit?.(wb.getWorksheet('扶贫补贴')!);
  const p = join(dir, `clerk${++n}.xlsx`);
  writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('a clerk-kept form laid out like the seed', () => {
  it('reads every field by its label, skipping the empty 指标N slots', async () => {
    const { filing } = await importClerk();
    expect(filing.evaluations).toHaveLength(1);
    const ev = filing.evaluations[0];
    expect(ev).toMatchObject({
      id: 'pe01',
      name: '精准扶贫干部驻村生活补贴',
      manager: '赵瑞斌',
      phone: '2297565',
      department: '阳泉市大数据应用局',
      implementer: '阳泉市大数据管理服务中心',
      period: '2022.01-2022.12',
      evaluationYear: '2022年度',
      goalOutput: '驻村工作人员1名，及时报销驻村工作人员的生活补贴。',
      goalEffect: '达到使用效果。',
      executionScore: '9',
      conclusion: '本项目自评等级为良。',
      experience: '严格按照专项资金管理办法精神分配使用资金。',
      problems: '无',
      filledBy: '殷初超',
      filledPhone: '6663501',
      filledDate: '2023.03.24',
      published: true,
    });
    expect(ev.budget).toEqual({ total: '2.5', central: '', city: '2.5', county: '', other: '' });
    expect(ev.received).toEqual({ total: '2.5', central: '', city: '2.5', county: '', other: '' });
    expect(ev.indicators.map((i) => [i.id, i.level1, i.level2, i.name, i.target, i.actual, i.shortfallReason])).toEqual([
      ['pe01-i1', '产出指标', '数量指标', '驻村工作人员', '1人', '100%', ''],
      ['pe01-i2', '产出指标', '质量指标', '驻村工作完成率', '100%', '100%', ''],
      ['pe01-i3', '效益指标', '社会效益指标', '驻村工作队员工作效率提升度', '提升', '100%', ''],
      ['pe01-i4', '满意度指标', '服务对象满意度指标', '驻村工作队员满意度', '100%', '90%', '部分村民未回访，明年补访'],
    ]);
    // A blank role under the 组长 is a member (the seed prints 成员 once for the merged cells).
    expect(ev.evaluators).toEqual([
      { role: '组长', name: '朴晋松', title: '基础设施与数据资源科 科长', org: '阳泉市大数据应用局' },
      { role: '成员', name: '武政平', title: '科员', org: '阳泉市大数据管理服务中心' },
      { role: '成员', name: '殷初超', title: '科员', org: '阳泉市大数据管理服务中心' },
    ]);
  });

  it('lists the cells it cannot read and leaves them blank instead of guessing', async () => {
    const { filing, report } = await importClerk();
    const ev = filing.evaluations[0];
    expect(report.unreadable.map((u) => [u.sheet, u.cell, u.value])).toEqual([
      ['扶贫补贴', 'G10', '两万五'],
      ['扶贫补贴', 'I24', '优'],
    ]);
    expect(report.unreadable[0].reason).toContain('万元');
    expect(report.unreadable[1].reason).toContain('不是分数');
    // 实际执行金额 2.5万元 reads (the unit repeats the form's); its 市财政 cell stays blank.
    expect(ev.spent).toEqual({ total: '2.5', central: '', city: '', county: '', other: '' });
    expect(ev.levelScores).toEqual({ 产出指标: '50', 效益指标: '30' });
  });

  it('reads the 执行情况 score written as a number, and reports a rate without a score', async () => {
    const asNumber = await importClerk((ws) => (ws.getCell('C15').value = 9));
    expect(asNumber.filing.evaluations[0].executionScore).toBe('9');
    const rateOnly = await importClerk((ws) => (ws.getCell('C15').value = '预算执行率100%'));
    expect(rateOnly.filing.evaluations[0].executionScore).toBe('');
    expect(rateOnly.report.unreadable.some((u) => u.cell === 'C15' && u.reason.includes('自评得分'))).toBe(true);
  });

  it('reads the same form when its columns sit elsewhere (label-driven, not fixed cells)', async () => {
    const plain = (await importClerk()).filing.evaluations[0];
    const shifted = await importClerk(undefined, 2);
    expect(shifted.filing.evaluations[0]).toEqual(plain);
    expect(shifted.report.unreadable.map((u) => u.cell)).toEqual(['I10', 'K24']);
  });

  it('reads 预算/到位/执行 blocks stacked one under another, each with its own source rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('竖排');
    const rows: ExcelJS.CellValue[][] = [['项目支出绩效自评表'], ['项目名称', '测试项目']];
    for (const [kind, total, city, other] of [['项目预算金额（万元）', 10, 8, 2], ['实际到位金额（万元）', 9, 7, 2], ['实际执行金额（万元）', 6, 6, '']]) {
      rows.push([kind, total], ['其中：中央、省财政', ''], ['市财政', city], ['县（区）财政', ''], ['其它', other]);
    }
    for (const r of rows) ws.addRow(r);
    const p = join(dir, 'stacked.xlsx');
    writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await importXlsxFile(p);
    if (!r.ok) throw new Error(r.message);
    const ev = r.filing.evaluations[0];
    expect([ev.budget, ev.received, ev.spent]).toEqual([
      { total: '10', central: '', city: '8', county: '', other: '2' },
      { total: '9', central: '', city: '7', county: '', other: '2' },
      { total: '6', central: '', city: '6', county: '', other: '' },
    ]);
  });

  it('keeps a 一级指标 named __proto__ out of the object prototype', async () => {
    const { filing } = await importClerk((ws) => (ws.getCell('B18').value = '__proto__'));
    expect(Object.getPrototypeOf(filing.evaluations[0].levelScores)).toBe(Object.prototype);
    expect(Object.keys(filing.evaluations[0].levelScores)).toEqual(['效益指标']);
    expect(({} as Record<string, unknown>)['50']).toBeUndefined();
  });

  it('names a missing label in the report and skips a 自评表 sheet that has no 项目名称', async () => {
    const { filing, report } = await importClerk((ws) => {
      ws.getCell('A6').value = null;
      ws.getCell('C6').value = null;
    });
    expect(filing.evaluations[0].department).toBe('');
    expect(report.skipped).toContain('工作表“扶贫补贴”：没有找到“主管部门”，该项留空');
    const wb = clerkForm();
    wb.addWorksheet('空表').addRow(['项目支出绩效自评表']);
    const p = join(dir, 'no-name.xlsx');
    writeFileSync(p, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await importXlsxFile(p);
    if (!r.ok) throw new Error(r.message);
    expect(r.filing.evaluations).toHaveLength(1);
    expect(r.report.skipped.some((s) => s.includes('“空表”') && s.includes('项目名称'))).toBe(true);
  });
});
