// The reviewer's desk: `check DIR --summary OUT.xlsx` walks a folder, gives each file a row (good,
// broken, unreadable and hostile alike), writes the summary workbook, and exits with the worst code.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { serializeFiling } from '../../src/shared/filing/schema';
import { sampleFiling } from '../../src/shared/sample/index';
import { checkSheet, checkSheetHtml } from '../../src/shared/desk/check-sheet';
import { deskRow, skippedRules, uncheckedOf, unreadableRow } from '../../src/shared/desk/rows';
import { checkAll, evaluateAll } from '../../src/shared/rules/engine';
import { cleanSample, template } from './rules-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-desk-'));
// The seed: a real published disclosure as text (published-seed.test.ts reads it too).
const SEED = join(process.cwd(), '..', 'shared', 'seeds', '000_7723f8960340c19d.txt');
const inbox = join(dir, 'inbox');

beforeAll(() => {
  mkdirSync(join(inbox, '县局', '二级'), { recursive: true });
  const explained = cleanSample();
  explained.review = [
    { id: 'n1', target: { kind: 'filing' }, author: '审核员', text: '已阅', at: '2026-01-01T00:00:00Z', resolved: true, replies: [] },
    { id: 'n2', target: { kind: 'cell', table: 'T01', row: '1', col: 1 }, author: '审核员', text: '请附依据', at: '2026-01-01T00:00:00Z', resolved: false, replies: [] },
  ];
  writeFileSync(join(inbox, 'a-示例.jsgk'), serializeFiling(sampleFiling()));
  writeFileSync(join(inbox, '县局', 'b-已改正.jsgk'), serializeFiling(explained));
  writeFileSync(join(inbox, '县局', '二级', 'c-损坏.jsgk'), '{"format": "juesuan-filing", ');
  writeFileSync(join(inbox, 'd-恶意.jsgk'), '{"format":"juesuan-filing","version":1,"__proto__":{"polluted":true}}');
  writeFileSync(join(inbox, 'e-改名的PDF.jsgk'), '%PDF-1.7 not really');
  writeFileSync(join(inbox, 'f-坏工作簿.xlsx'), 'PK\u0003\u0004 not a zip');
  symlinkSync(join(dir, 'gone.jsgk'), join(inbox, 'g-断开的链接.jsgk'));
  execFileSync('mkfifo', [join(inbox, 'h-管道.jsgk')]);
  // A link back up the tree must not be followed, and other files are skipped.
  symlinkSync(inbox, join(inbox, '县局', 'loop'));
  writeFileSync(join(inbox, 'readme.txt'), '说明');
  // A published disclosure's text is checked like a filing.
  copyFileSync(SEED, join(inbox, 'i-公开文本.txt'));
  // A filing that lacks a table: the rules reading it are 未核对.
  const partial = sampleFiling();
  partial.absent = ['T05'];
  delete partial.tables.T05;
  writeFileSync(join(inbox, 'j-缺表.jsgk'), serializeFiling(partial));
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['check', ...args], COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('check DIR (the desk)', () => {
  it('gives every filing under the folder a row, with the reason for those it cannot read, and exits 2', async () => {
    const r = await run(inbox, '--json');
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files as Array<Record<string, unknown>>;
    const by = (name: string) => files.find((f) => String(f.file).endsWith(name))!;
    expect(files.map((f) => String(f.file).slice(inbox.length + 1))).toEqual([
      'a-示例.jsgk', 'd-恶意.jsgk', 'e-改名的PDF.jsgk', 'f-坏工作簿.xlsx', 'g-断开的链接.jsgk', 'h-管道.jsgk', 'i-公开文本.txt', 'j-缺表.jsgk', 'readme.txt', '县局/b-已改正.jsgk', '县局/二级/c-损坏.jsgk',
    ]);
    expect(by('a-示例.jsgk')).toMatchObject({ unit: '阳泉市大数据应用局', year: 2022, errors: 2, warnings: 2, explained: 0, unexplained: 2, state: '未通过', template: '山西省 2022年度 部门决算公开' });
    expect(by('b-已改正.jsgk')).toMatchObject({ errors: 0, warnings: 0, state: '通过', notesOpen: 1, notesResolved: 1 });
    expect(by('c-损坏.jsgk')).toMatchObject({ state: '无法读取' });
    expect(String(by('c-损坏.jsgk').reason)).toContain('文件已损坏');
    expect(String(by('d-恶意.jsgk').reason)).toContain('__proto__');
    expect(String(by('e-改名的PDF.jsgk').reason)).toContain('PDF');
    expect(by('f-坏工作簿.xlsx')).toMatchObject({ state: '无法读取' });
    expect(String(by('g-断开的链接.jsgk').reason)).toContain('找不到');
    expect(String(by('h-管道.jsgk').reason)).toContain('不是普通文件');
    // The published text: its table findings as check FILE.txt gives them, what it could not decide as 未核对.
    expect(by('i-公开文本.txt')).toMatchObject({ unit: '阳泉市大数据应用局', year: 2022, template: '山西省 2022年度 部门决算公开', state: '未通过', errors: 5, warnings: 5, unexplained: 5 });
    const published = by('i-公开文本.txt') as { unchecked: number; uncheckedItems: unknown[]; findings: Array<{ rule: string; cells: unknown[] }> };
    expect(published.unchecked).toBe(published.uncheckedItems.length);
    expect(published.unchecked).toBeGreaterThan(0);
    expect(published.findings.find((f) => f.rule === 'X.T02-T01.2')?.cells[0]).toEqual({ table: 'T02', tableNumber: '公开02表', row: '合计', rowName: '合计', col: 2, colLabel: '财政拨款收入', name: '公开02表 合计 财政拨款收入（栏2）' });
    // A text that is not a disclosure is a row with the reason, not skipped and not a crash.
    expect(by('readme.txt')).toMatchObject({ state: '无法读取' });
    expect(String(by('readme.txt').reason)).toContain('不是部门决算公开文件');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives each finding its cells as data, its figures as decimal strings, and each row what it could not check', async () => {
    const r = await run(join(inbox, 'a-示例.jsgk'), join(inbox, 'j-缺表.jsgk'), '--json', '--summary', join(dir, 'json.xlsx'));
    expect(r.code).toBe(1);
    const [a, j] = JSON.parse(r.out).files as Array<{ unchecked: number; uncheckedItems: Array<{ rule?: string; why: string }>; findings: Array<Record<string, unknown>> }>;
    const f = a.findings.find((x) => x.rule === 'X.T02-T01.2')!;
    expect(f).toMatchObject({ severity: 'error', cellsText: '公开02表 合计 财政拨款收入（栏2）；公开01表 行1 决算数（栏1）；公开01表 行2 决算数（栏1）；公开01表 行3 决算数（栏1）' });
    expect((f.cells as unknown[])[1]).toEqual({ table: 'T01', tableNumber: '公开01表', row: '1', rowName: '行1', col: 1, colLabel: '决算数', name: '公开01表 行1 决算数（栏1）' });
    expect(f.figures).toEqual({ left: '23066415.36', right: '41943654.36', difference: '-18877239.00' });
    // A routine's finding has no two sides: no figures rather than made-up ones.
    expect(a.findings.filter((x) => String(x.rule).startsWith('PE-')).every((x) => x.figures === undefined)).toBe(true);
    // 未核对: the sample lacks last year's figures for 5 rules; without 公开05表 the rules reading it join them.
    expect(a.unchecked).toBe(5);
    expect(a.uncheckedItems.every((u) => u.why === '没有上年数，无法比较')).toBe(true);
    expect(j.unchecked).toBe(j.uncheckedItems.length);
    expect(j.uncheckedItems.filter((u) => u.why === '公开05表 未提供').length).toBeGreaterThan(0);
    expect(j.unchecked).toBeGreaterThan(5);
    expect(new Set(j.uncheckedItems.map((u) => u.rule)).size).toBe(j.unchecked);
  });

  it('exits with the worst code: 1 for 强制 errors, 0 when all pass', async () => {
    expect((await run(join(inbox, '县局', 'b-已改正.jsgk'), join(inbox, 'a-示例.jsgk'), '--summary', join(dir, 'two.xlsx'))).code).toBe(1);
    expect((await run(join(inbox, '县局', 'b-已改正.jsgk'), '--summary', join(dir, 'one.xlsx'))).code).toBe(0);
  });

  it('writes a summary workbook that reads back with the same rows and every finding', async () => {
    const out = join(dir, 'sum.xlsx');
    const r = await run(inbox, '--summary', out);
    expect(r.code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sum = wb.getWorksheet('汇总')!;
    const header = (sum.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['文件', '单位', '模板', '年度', '强制', '提示', '提示已说明', '提示未说明', '未核对', '审阅意见未解决', '审阅意见已解决', '状态', '汇总', '原因']);
    expect(sum.rowCount).toBe(12);
    const rowOf = (name: string) => {
      for (let i = 2; i <= sum.rowCount; i++) if (String(sum.getCell(i, 1).value).endsWith(name)) return (sum.getRow(i).values as unknown[]).slice(1);
      throw new Error(name);
    };
    expect(rowOf('a-示例.jsgk').slice(1, 12)).toEqual(['阳泉市大数据应用局', '山西省 2022年度 部门决算公开', 2022, 2, 2, 0, 2, 5, 0, 0, '未通过']);
    expect(rowOf('h-管道.jsgk')[11]).toBe('无法读取');
    const all = wb.getWorksheet('全部问题')!;
    // 4 of the sample, 10 of the published text, and those of the filing without 公开05表.
    expect(all.rowCount).toBeGreaterThan(1 + 4 + 10);
    expect(String(all.getCell(2, 5).value)).toContain('公开02表 合计 财政拨款收入 23,066,415.36 ≠ 公开01表 行1+行2+行3 41,943,654.36');
    expect(all.getCell(2, 3).value).toBe('强制');
  });
});

describe('未核对 in the summary workbook and the 检查表', () => {
  const cells = (ws: ExcelJS.Worksheet) => {
    const out: string[][] = [];
    // Array.from: a row's values are sparse where cells are empty.
    ws.eachRow((row) => out.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))));
    return out;
  };

  it('lists per filing each rule not checked and why, as many as 汇总 counts, the reasons the 审核报告 gives', async () => {
    const out = join(dir, 'unchecked.xlsx');
    const files = [join(inbox, 'a-示例.jsgk'), join(inbox, 'j-缺表.jsgk'), join(inbox, '县局', '二级', 'c-损坏.jsgk')];
    const json = JSON.parse((await run(...files, '--json', '--summary', out)).out).files as Array<{ file: string; unchecked: number; uncheckedItems: Array<{ rule?: string; what: string; why: string }> }>;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [head, ...rows] = cells(wb.getWorksheet('未核对')!);
    expect(head).toEqual(['文件', '单位', '审核公式', '内容', '原因']);
    for (const f of json) {
      const mine = rows.filter((r) => r[0] === f.file);
      expect(mine.length, f.file).toBe(f.unchecked);
      expect(mine.map((r) => [r[2], r[3], r[4]])).toEqual(f.uncheckedItems.map((u) => [u.rule ?? '', u.what, u.why]));
    }
    const a = rows.filter((r) => r[0].endsWith('a-示例.jsgk'));
    expect(a).toHaveLength(5);
    expect(a.every((r) => r[1] === '阳泉市大数据应用局' && r[4] === '没有上年数，无法比较' && r[2] !== '')).toBe(true);
    // The reasons are the 审核报告's (四、未核对) for the same filing: the engine's, word for word.
    const partial = sampleFiling();
    partial.absent = ['T05'];
    delete partial.tables.T05;
    const engine = checkAll(partial, template).unchecked;
    expect(engine.length).toBeGreaterThan(0);
    for (const u of engine) expect(rows.some((r) => r[0].endsWith('j-缺表.jsgk') && r[2] === u.rule && r[3] === u.title && r[4] === u.reason), u.rule).toBe(true);
    // The damaged file has no items of its own; the closing line says it was not checked at all.
    expect(rows.some((r) => r[0].endsWith('c-损坏.jsgk'))).toBe(false);
    expect(rows.at(-1)![3]).toBe('另有 1 个文件无法读取，整份未审核（原因见“汇总”）。');
  });

  it('says so when nothing is unchecked, rather than leave the sheet empty', async () => {
    const { summaryWorkbook } = await import('../../src/node/desk/summary-xlsx');
    const f = cleanSample();
    const row = deskRow('b.jsgk', f, template, evaluateAll(f, template), 0);
    const read = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      return cells(wb.getWorksheet('未核对')!).slice(1).map((r) => r[3]);
    };
    expect(await read(await summaryWorkbook([row], [], []))).toEqual(['没有未核对的审核公式：每个文件的每条审核公式都已核对。']);
    expect(await read(await summaryWorkbook([row, unreadableRow('c.jsgk', '文件已损坏')], [], []))).toEqual(['其余文件没有未核对的审核公式；1 个文件无法读取，整份未审核（原因见“汇总”）。']);
    expect(await read(await summaryWorkbook([unreadableRow('c.jsgk', '文件已损坏')], [], []))).toEqual(['1 个文件无法读取，整份未审核（原因见“汇总”）。']);
  });

  it('the 检查表 gives each 未核对 rule its reason, and its 未核对 sheet every item (a workbook’s unread cells too)', async () => {
    const sheets = join(dir, 'unchecked-sheets');
    await run(join(inbox, 'j-缺表.jsgk'), '--sheets', sheets);
    const { readdirSync } = await import('node:fs');
    const [name] = readdirSync(sheets).filter((n) => n.endsWith('.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sheets, name));
    const main = cells(wb.getWorksheet('检查表')!);
    const open = main.filter((r) => r[3] === '未核对');
    expect(open.length).toBeGreaterThan(5);
    expect(open.every((r) => r[4].startsWith('未核对：'))).toBe(true);
    expect(open.some((r) => r[4] === '未核对：公开05表 未提供')).toBe(true);
    expect(open.some((r) => r[4] === '未核对：没有上年数，无法比较')).toBe(true);
    const [head, ...items] = cells(wb.getWorksheet('未核对')!);
    expect(head).toEqual(['审核公式', '内容', '原因']);
    expect(items.length).toBe(open.length);
    // A filing with every rule checked says so instead of an empty sheet.
    const f = cleanSample();
    const sheet = checkSheet('b.jsgk', f, template, evaluateAll(f, template), []);
    expect(sheet.unchecked).toEqual([]);
    const { checkSheetWorkbook } = await import('../../src/node/desk/summary-xlsx');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await checkSheetWorkbook(sheet)) as unknown as ArrayBuffer);
    expect(cells(wb2.getWorksheet('未核对')!)[1][1]).toBe('无：每条审核公式都已核对。');
    // An import's unread cell is an item without a rule: listed with its reason.
    const withCell = checkSheet('x.xlsx', f, template, evaluateAll(f, template), [{ what: '公开01表 C7“12,3x”', why: '未读入：不是数字' }]);
    expect(checkSheetHtml(withCell)).toContain('未读入：不是数字');
    expect(withCell.groups.flatMap((g) => g.rules).some((r) => r.status === '未核对')).toBe(false);
  });
});

describe('检查表', () => {
  it('lists every rule by group with 是否通过, the findings with cells, explanations and notes', () => {
    const f = sampleFiling();
    const warn = evaluateAll(f, template).find((x) => x.severity === 'warning')!;
    f.explanations[warn.key] = '已核实';
    f.review.push({ id: 'n9', target: { kind: 'finding', key: warn.key }, author: '审核员', text: '同意', at: '2026-01-01T00:00:00Z', resolved: false, replies: [] });
    const findings = evaluateAll(f, template);
    const sheet = checkSheet('x.jsgk', f, template, findings, uncheckedOf(f, template, checkAll(f, template).unchecked));
    const across = sheet.groups.find((g) => g.title === '二、表间核对')!;
    expect(across.passed).toBe('否');
    const failing = across.rules.find((r) => r.status === '未通过')!;
    expect(failing.findings[0].cells).toContain('公开02表 合计 财政拨款收入（栏2）');
    const hinted = sheet.groups.flatMap((g) => g.rules).find((r) => r.id === warn.rule)!;
    expect(hinted.status).toBe('有提示');
    expect(hinted.findings[0]).toMatchObject({ explanation: '已核实', notes: '审核员：同意（未解决）' });
    expect(sheet.groups.find((g) => g.title === '一、表内平衡')!.passed).toBe('是');
    expect(sheet.groups.flatMap((g) => g.rules).filter((r) => r.status === '未核对').map((r) => r.id)).toEqual(skippedRules(f, template));
    expect(sheet.groups.find((g) => g.title === '六、汇总抵销')!.rules.every((r) => r.status === '不适用')).toBe(true);
  });
});

describe('desk reports as PDF and the scan job', () => {
  it('prints the summary and a 检查表 through Chromium', async () => {
    const out = join(dir, 'pdf', 'sum.xlsx');
    mkdirSync(join(dir, 'pdf'));
    const r = await run(join(inbox, 'a-示例.jsgk'), '--summary', out, '--sheets', join(dir, 'pdf', 'sheets'), '--pdf');
    expect(r.code).toBe(1);
    const text = execFileSync('pdftotext', [join(dir, 'pdf', 'sum.pdf'), '-']).toString();
    expect(text).toContain('共 1 个文件');
    expect(text.replace(/\s+/g, '')).toContain('公开02表合计财政拨款收入23,066,415.36');
    const sheet = execFileSync('pdftotext', [join(dir, 'pdf', 'sheets', `${inbox.replace(/^[./\\]+/, '').replace(/[\\/]+/g, '_')}_a-示例.jsgk-检查表.pdf`), '-']).toString();
    expect(sheet).toContain('二、表间核对 是否通过：否');
    // 未核对 in both PDFs, with the reason.
    expect(text).toContain('未核对（5 项）');
    expect(text).toContain('没有上年数，无法比较');
    expect(sheet).toContain('未核对（5 项）');
    expect(sheet).toContain('未核对：没有上年数，无法比较');
    // Each page says which of how many it is.
    const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
    const sumPages = pages(join(dir, 'pdf', 'sum.pdf'));
    expect(sumPages).toBeGreaterThan(0);
    expect(text.replace(/\s+/g, '')).toContain(`第${sumPages}页共${sumPages}页`);
    expect(sheet.replace(/\s+/g, '')).toMatch(/第1页共\d+页/);
  }, 120_000);

  it('reports its progress file by file and, cancelled, answers the rows it has', async () => {
    const { scanFolder } = await import('../../src/node/desk/scan');
    const stages: string[] = [];
    const full = await scanFolder(inbox, { onProgress: (s) => stages.push(s) });
    expect(full).toMatchObject({ ok: true, total: 11, cancelled: false });
    expect(stages.at(-1)).toBe('已审核 11 / 11');
    const ctl = new AbortController();
    const part = await scanFolder(inbox, { signal: ctl.signal, onProgress: (s) => s === '已审核 2 / 11' && ctl.abort() });
    expect(part).toMatchObject({ ok: true, total: 11, cancelled: true });
    expect(part.ok && part.rows.map((r) => r.file)).toEqual(['a-示例.jsgk', 'd-恶意.jsgk']);
    expect(await scanFolder(join(dir, 'nowhere'))).toMatchObject({ ok: false });
  });
});

describe('an imported workbook on the desk', () => {
  it('counts as 未核对 the rules reading a table the workbook does not have', async () => {
    const { buildWorkbook } = await import('../../src/node/export/xlsx-writer');
    const full = join(dir, 'full.xlsx');
    writeFileSync(full, await buildWorkbook(sampleFiling(), template));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(full);
    const sheet05 = wb.worksheets.find((w) => w.name.includes('05'))!;
    wb.removeWorksheet(sheet05.id);
    const folder = join(dir, 'workbooks');
    mkdirSync(folder);
    await wb.xlsx.writeFile(join(folder, '缺05表.xlsx'));
    const r = await run(folder, '--json');
    const [row] = JSON.parse(r.out).files as Array<{ state: string; unchecked: number; uncheckedItems: Array<{ rule?: string; why: string }> }>;
    expect(row.state).not.toBe('无法读取');
    expect(row.unchecked).toBe(row.uncheckedItems.length);
    expect(row.uncheckedItems.some((u) => u.why.includes('公开05表 未提供'))).toBe(true);
    expect(row.unchecked).toBeGreaterThan(5);
  }, 60_000);
});

describe('a published PDF on the desk', () => {
  it('is a row with its findings and 未核对, as check FILE.pdf reads it', async () => {
    const folder = join(dir, 'pdfs');
    mkdirSync(folder);
    const jsgk = join(dir, 'for-pdf.jsgk');
    writeFileSync(jsgk, serializeFiling(sampleFiling()));
    const exported = await runCli(['export', jsgk, '--pdf', join(folder, '公开.pdf')], COMMANDS, { stdout: () => undefined, stderr: () => undefined });
    expect(exported).toBe(1);
    const r = await run(folder, '--json');
    expect(r.code).toBe(1);
    const [row] = JSON.parse(r.out).files as Array<Record<string, unknown> & { findings: Array<{ rule: string; cells: unknown[] }>; uncheckedItems: unknown[] }>;
    expect(row).toMatchObject({ unit: '阳泉市大数据应用局', year: 2022, template: '山西省 2022年度 部门决算公开', state: '未通过' });
    expect(row.errors).toBeGreaterThanOrEqual(2);
    expect(row.unchecked).toBe(row.uncheckedItems.length);
    expect(row.findings.find((f) => f.rule === 'X.T02-T01.2')?.cells[0]).toMatchObject({ table: 'T02', name: '公开02表 合计 财政拨款收入（栏2）' });
  }, 120_000);
});
