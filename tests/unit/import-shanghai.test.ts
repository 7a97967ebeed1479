// Workbooks in the Shanghai layout (表一…表九, no 行次 or 栏次, 万元) read back as shanghai-2024, recognised
// from the sheets, never by a year: our own export, the same figures as a clerk keeps them (sheets named
// 1.收支决算总表, headings repeated instead of merged, blank spacer columns, a cover, no 决算通 sheets), and
// a copy saved by LibreOffice (as WPS/Excel users pass them on). A sheet of the other layout or of none is
// refused with the reason; 部门名称 and 年度 say where they came from.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/host-api';
import type { Filing } from '../../src/shared/filing/types';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importWorkbook } from '../../src/shared/io/xlsx/import-workbook';
import type { SheetData } from '../../src/shared/io/xlsx/sheet-data';
import { importReportLines } from '../../src/shared/io/xlsx/report-text';
import { checkAll } from '../../src/shared/rules/engine';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { getTemplate } from '../../src/shared/templates/registry';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-sh-import-'));
const sh = getTemplate('shanghai-2024');
const DEPT = '上海市普陀区规划和自然资源局';
const NAMES = ['1.收支决算总表', '2.收入决算表', '3.支出决算表', '4.财政拨款收支总表', '5.一般公共预算支出表', '6.基本支出表', '7.三公经费表', '8.政府性基金表', '9.国有资本经营表'];
const TABLES = ['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SH08', 'SH09'];

type Grid = Array<Array<string | number | null>>;
interface PlainSheet {
  name: string;
  rows: Grid;
  merges: string[];
}

let exported: Buffer;
let sheets: PlainSheet[];

async function ok(path: string): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await importXlsxFile(path);
  if (!r.ok) throw new Error(r.message);
  return r;
}

function save(name: string, data: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** A sheet's plain values (a merged area's value in its top-left cell) and its merges. */
async function plainSheets(data: Buffer): Promise<PlainSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => {
    const rows: Grid = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const line: Array<string | number | null> = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const v = cell.isMerged && cell.master !== cell ? null : cell.value;
        line.push(typeof v === 'number' || typeof v === 'string' ? v : null);
      }
      rows.push(line);
    }
    return { name: ws.name, rows, merges: (ws.model as { merges?: string[] }).merges ?? [] };
  });
}

function cellIndex(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

/** Headings repeated in every cell of their merged area (a clerk who never merges), no merges left. */
function unmerged(s: PlainSheet): Grid {
  const rows = s.rows.map((r) => [...r]);
  for (const range of s.merges) {
    const [from, to] = range.split(':').map(cellIndex);
    const v = rows[from[0]][from[1]];
    if (typeof v !== 'string' || from[0] > 8) continue;
    for (let r = from[0]; r <= to[0]; r++) for (let c = from[1]; c <= to[1]; c++) rows[r][c] = v;
  }
  return rows;
}

/** A blank column in front and one after the key columns (spacers some clerks keep). */
function spaced(rows: Grid, after: number): Grid {
  return rows.map((r) => [null, ...r.slice(0, after), null, ...r.slice(after)]);
}

async function workbook(parts: Array<{ name: string; rows: Grid }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const p of parts) {
    const ws = wb.addWorksheet(p.name);
    for (const r of p.rows) ws.addRow(r.map((v) => v ?? undefined));
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const tableSheets = () => sheets.filter((s) => /^表[一二三四五六七八九]$/.test(s.name));

/** Findings of the public tables (SHN, the 情况说明 inputs, is not in a clerk's table workbook). */
function tableFindings(f: Filing): string[] {
  return checkAll(f, sh).findings.filter((x) => x.cells.every((c) => c.table !== 'SHN')).map((x) => `${x.rule} ${x.message}`);
}

function sameTables(a: Filing, b: Filing): void {
  for (const t of TABLES) {
    expect(b.stated[t] ?? {}, t).toEqual(a.stated[t] ?? {});
    // Entered zeros print as 0.00 and read back as 0.00, blanks as blanks: the same cells exactly.
    expect(b.tables[t] ?? {}, t).toEqual(a.tables[t] ?? {});
  }
}

beforeAll(async () => {
  exported = await buildWorkbook(putuoSample(), sh);
  sheets = await plainSheets(exported);
}, 60_000);

describe('the Shanghai workbook the app exports', () => {
  it('is recognised as shanghai-2024 (not by its year) and gives back the same tables and findings', async () => {
    const r = await ok(save(`${DEPT}2024年度部门决算公开.xlsx`, exported));
    expect(r.filing.template).toBe('shanghai-2024');
    expect(r.report.identity![0]).toMatch(/^模板：按“上海市区级部门决算 2024年度”读入（9 张表符合；按“山西省 2022年度 部门决算公开”\d 张表符合/);
    expect(r.report.sheets.filter((s) => s.status === 'read').map((s) => s.sheet)).toEqual(tableSheets().map((s) => s.name));
    expect(r.filing.absent).toEqual([]);
    sameTables(putuoSample(), r.filing);
    expect(r.filing.tables.SHN).toEqual(Object.fromEntries(Object.entries(putuoSample().tables.SHN)));
    const before = checkAll(putuoSample(), sh);
    const after = checkAll(r.filing, sh);
    expect(after.findings.map((f) => f.message)).toEqual(before.findings.map((f) => f.message));
    expect(after.unchecked).toEqual([]);
    expect(r.report.identity).toContain(`部门名称“${DEPT}”：取自决算通附表“概况”`);
    // What the report had to decide names columns by their headings, as the template prints no 栏次.
    const decisions = r.report.sheets.flatMap((s) => s.decisions);
    expect(decisions).toContain('表一：表中没有栏次，表头“决算数”出现 2 次，按上方的表头依次读作收入决算数、支出决算数');
    expect(decisions.join('\n')).not.toMatch(/栏\d/);
  });
});

describe('the same figures as a clerk keeps them', () => {
  it('sheets named 1.收支决算总表 …, headings repeated instead of merged, spacer columns, a cover: read alike', async () => {
    const cover = { name: '封面', rows: [[null], [DEPT], ['2024年度部门决算']] as Grid };
    const parts = tableSheets().map((s, i) => ({ name: NAMES[i], rows: spaced(unmerged(s), i === 0 || i === 3 || i === 6 ? 0 : 2) }));
    const r = await ok(save('决算公开表.xlsx', await workbook([cover, ...parts])));
    expect(r.filing.template).toBe('shanghai-2024');
    expect(r.report.sheets.filter((s) => s.status === 'read').map((s) => s.sheet)).toEqual(NAMES);
    expect(r.filing.meta.department).toBe(DEPT);
    expect(r.filing.meta.year).toBe(2024);
    expect(r.report.identity).toContain(`部门名称“${DEPT}”：取自工作表“封面”的标题“${DEPT}2024年度部门决算”`);
    expect(r.filing.meta.unit).toBe('万元');
    sameTables(putuoSample(), r.filing);
    expect(tableFindings(r.filing)).toEqual(tableFindings(putuoSample()));
  });

  it('takes 部门名称 and 年度 from the file name when no sheet says, and asks when nothing does', async () => {
    const parts = tableSheets().map((s) => ({ name: s.name, rows: s.rows }));
    const named = await ok(save(`${DEPT}2024年度部门决算.xlsx`, await workbook(parts)));
    expect(named.filing.meta.department).toBe(DEPT);
    expect(named.report.identity).toContain(`部门名称“${DEPT}”：取自文件名“${DEPT}2024年度部门决算.xlsx”`);
    expect(named.report.identity).toContain(`年度 2024：取自文件名“${DEPT}2024年度部门决算.xlsx”`);
    const bare = await ok(save('tables.xlsx', await workbook(parts)));
    expect(bare.filing.meta.department).toBe('');
    expect(bare.filing.template).toBe('shanghai-2024');
    const lines = importReportLines(bare.report);
    expect(lines).toContain('部门名称：表中、封面和文件名都没有写明，请在程序中填写部门名称');
    expect(lines).toContain('年度：工作簿和文件名中都没有“XXXX年度”，按模板年度 2024 处理，请在程序中核对');
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('a copy saved by LibreOffice (soffice --headless --convert-to xlsx)', () => {
  it('reads back with the same findings', async () => {
    const src = save('导出.xlsx', exported);
    const out = join(dir, 'lo');
    execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, src], { timeout: 120_000, stdio: 'ignore', env: { ...process.env, HOME: dir } });
    const converted = readFileSync(join(out, '导出.xlsx'));
    expect(converted.equals(exported)).toBe(false);
    const r = await ok(save('另存.xlsx', converted));
    expect(r.filing.template).toBe('shanghai-2024');
    sameTables(putuoSample(), r.filing);
    expect(checkAll(r.filing, sh).findings.map((f) => f.message)).toEqual(checkAll(putuoSample(), sh).findings.map((f) => f.message));
  }, 150_000);
});

describe('sheets that do not fit', () => {
  const shanxiT01: Grid = [
    ['收入支出决算总表'],
    ['', '', '', '', '', '公开01表'],
    ['部门名称：测试局', '', '2024年度', '', '', '金额单位：万元'],
    ['收入', '', '', '支出'],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['栏次', '', 1, '栏次', '', 2],
    ['一、一般公共预算财政拨款收入', 1, 9746.5, '八、社会保障和就业支出', 39, 754.75],
  ];

  it('a 山西 公开01表 among Shanghai sheets is refused, saying which layout it is, and 表一 is absent', async () => {
    const parts = tableSheets().slice(1).map((s) => ({ name: s.name, rows: s.rows }));
    const r = await ok(save('mixed.xlsx', await workbook([{ name: '收支总表', rows: shanxiT01 }, ...parts])));
    expect(r.filing.template).toBe('shanghai-2024');
    const s = r.report.sheets.find((x) => x.sheet === '收支总表')!;
    expect(s.status).toBe('refused');
    expect(s.notRead).toContain('这张表印有行次，上海市区级部门决算 2024年度 的表一不印行次，不是这个模板的格式，未读入（按未提供处理）');
    expect(s.notRead).toContain('这张表符合“山西省 2022年度 部门决算公开”的格式，但工作簿其余各表是“上海市区级部门决算 2024年度”的格式，两种格式不混读；请分开导入');
    expect(r.filing.absent).toEqual(['SH01']);
    expect(checkAll(r.filing, sh).unchecked.map((u) => u.reason)).toContain('表一 未提供');
  });

  it('a 表一 with a line neither template has is refused with the line and the reason', async () => {
    const rows = tableSheets()[0].rows.map((r) => [...r]);
    rows.splice(14, 0, ['九、债务收入', 100, null, null]);
    const parts = [{ name: '表一', rows }, ...tableSheets().slice(1).map((s) => ({ name: s.name, rows: s.rows }))];
    const r = await ok(save('extra-line.xlsx', await workbook(parts)));
    const s = r.report.sheets.find((x) => x.sheet === '表一')!;
    expect(s.status).toBe('refused');
    expect(s.notRead.join('\n')).toContain('表一 第15行“九、债务收入”：模板中没有这一行');
    expect(s.notRead).toContain('也不符合“山西省 2022年度 部门决算公开”的格式');
    expect(r.filing.tables.SH01).toBeUndefined();
  });

  it('a Shanghai 表九 (年初, 本年收入, 本年支出, 年末) is not read into 山西 公开09表 (支出 only) with columns dropped', () => {
    // Titled as 山西's 公开09表 is, so that only its columns tell the two apart.
    const t9 = (title: string): SheetData => ({
      name: '表九',
      rows: [
        [title],
        ['', '', '', '', '', '', '', '单位：万元'],
        ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
        ['功能分类科目编码', '科目名称', '', '', '合计', '基本支出', '项目支出', ''],
        ['合计', '', 1, 5, 4, 0, 4, 2],
        ['2230101', '国有资本经营预算补充资本金', 1, 5, 4, 0, 4, 2],
      ].map((r) => r.map((v) => ({ v: v === '' ? null : v }))),
    });
    const r = importWorkbook([t9('国有资本经营预算财政拨款支出决算表')], () => getTemplate('shanxi-2022'));
    const s = r.report.sheets[0];
    expect(s.status).toBe('refused');
    expect(s.notRead.join('\n')).toMatch(/第C列“年初结转和结余”有数字，模板中没有这一栏/);
    expect(r.filing.tables.T09).toBeUndefined();
    // The same sheet fits the Shanghai 表九.
    const ok9 = importWorkbook([t9('国有资本经营预算财政拨款收入支出决算表')], () => sh);
    expect(ok9.report.sheets[0].status).toBe('read');
    // 基本支出 0 is a stated zero (kept), not a blank.
    expect(ok9.filing.tables.SH09).toEqual({ 2230101: { 1: '10000.00', 2: '50000.00', 4: '0.00', 5: '40000.00', 6: '20000.00' } });
  });
});

describe('juesuan import / check on a Shanghai workbook', () => {
  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, COMMANDS, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  }

  it('import writes a shanghai-2024 filing and says how it was recognised; check X.xlsx gives the sample’s findings', async () => {
    const xlsx = save('cli.xlsx', exported);
    const out = join(dir, 'cli.jsgk');
    const r = await run('import', xlsx, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('模板：按“上海市区级部门决算 2024年度”读入');
    expect(r.out).toContain('已读入 9 张表');
    const parsed = parseFiling(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.filing.template).toBe('shanghai-2024');
    const checked = await run('check', xlsx, '--json');
    const sample = await run('check', save('sample.jsgk', Buffer.from(serializeFiling(putuoSample()), 'utf8')), '--json');
    expect(checked.code).toBe(1);
    const [a, b] = [checked, sample].map((x) => (JSON.parse(x.out) as { files: Array<{ findings: Array<{ message: string }>; unchecked: unknown[] }> }).files[0]);
    expect(a.findings.map((f) => f.message)).toEqual(b.findings.map((f) => f.message));
    expect(a.unchecked).toEqual([]);
  }, 60_000);
});
