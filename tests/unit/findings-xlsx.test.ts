// 审核结果.xlsx read back with exceljs: a row per finding (表, 单元格, 规则, 级别, 说明, 差额, 出错说明) as the
// engine found them, and the 未核对 rules; through the host's argument checks as the hosts call it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFindingsWorkbook, exportFindings } from '../../src/node/export/findings-xlsx';
import { HOST_ARG_PARSERS } from '../../src/node/services/host-args';
import { checkAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { template, cleanSample } from './rules-fixtures';

async function read(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const values = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('审核结果.xlsx', () => {
  it('lists every finding of the sample with its cell, rule title, 级别, message, 差额 and 出错说明', async () => {
    const f = sampleFiling();
    const { findings } = checkAll(f, template);
    const warning = findings.find((x) => x.rule.startsWith('P.T06-T05'))!;
    f.explanations[warning.key] = '经济分类口径不同';
    const ws = (await read(await buildFindingsWorkbook(f))).getWorksheet('审核结果')!;
    expect(values(ws, 1)).toEqual(['表', '单元格', '规则', '级别', '说明', '差额', '出错说明']);
    expect(ws.rowCount).toBe(findings.length + 1);
    const i = findings.findIndex((x) => x.rule === 'X.T02-T01.2');
    expect(values(ws, i + 2)).toEqual(['公开02表', '公开02表 合计 财政拨款收入（栏2）', '公开02表 合计 财政拨款收入与公开01表一致', '强制', findings[i].message, 18877239]);
    expect(ws.getRow(i + 2).getCell(6).numFmt).toBe('#,##0.00');
    const w = findings.findIndex((x) => x.key === warning.key);
    const row = values(ws, w + 2);
    expect(row[3]).toBe('提示');
    expect(row[5]).toBe(1376);
    expect(row[6]).toBe('经济分类口径不同');
    // A form finding has no 差额 and names the project, not an id.
    const pe = findings.findIndex((x) => x.field);
    expect(values(ws, pe + 2).slice(0, 2)).toEqual(['项目支出绩效自评表', expect.stringContaining('项目“')]);
    expect(values(ws, pe + 2)[5]).toBeUndefined();
  });

  it('says so when everything passes, and lists the 未核对 rules with the reason', async () => {
    const wb = await read(await buildFindingsWorkbook({ ...cleanSample(), absent: ['T09'] }));
    expect(values(wb.getWorksheet('审核结果')!, 2)).toEqual(['', '', '', '', '全部审核公式通过，没有审核问题。']);
    const us = wb.getWorksheet('未核对')!;
    expect(values(us, 1)).toEqual(['规则', '级别', '未核对原因']);
    expect(values(us, 2)).toEqual(['公开04表 各类国有资本经营预算财政拨款支出与公开09表一致', '强制', '公开09表 未提供']);
  });

  it('writes the file through the host call; refuses a path that is not .xlsx', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'findings-xlsx-'));
    dirs.push(dir);
    const path = join(dir, '审核结果.xlsx');
    const [req] = HOST_ARG_PARSERS.exportFindings([{ filing: sampleFiling(), path }]);
    const r = await exportFindings(req);
    expect(r).toMatchObject({ ok: true, path });
    const wb = await read(await readFile(path));
    expect(wb.getWorksheet('审核结果')!.rowCount).toBe(checkAll(sampleFiling(), template).findings.length + 1);
    expect(() => HOST_ARG_PARSERS.exportFindings([{ filing: sampleFiling(), path: join(dir, 'x.pdf') }])).toThrow('扩展名');
    const bad = await exportFindings({ filing: sampleFiling(), path: join(dir, 'no-such-dir', 'x.xlsx') });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('导出审核结果失败') });
  });
});

describe('示例 mark', () => {
  it('the host gives a sample by id, marked; refuses an unknown id', async () => {
    expect(HOST_ARG_PARSERS.sampleFiling([])).toEqual([]);
    expect(HOST_ARG_PARSERS.sampleFiling(['shanghai-2024'])).toEqual(['shanghai-2024']);
    expect(() => HOST_ARG_PARSERS.sampleFiling(['../etc'])).toThrow('没有这个内置示例');
    const { markedSample } = await import('../../src/shared/sample/samples');
    expect(markedSample().sample).toBe('shanxi-2022');
    expect(markedSample('shanghai-2024')).toMatchObject({ sample: 'shanghai-2024', template: 'shanghai-2024' });
  });

  it('survives save and open (另存为 keeps it); a file without it opens without it', async () => {
    const { parseFiling, serializeFiling } = await import('../../src/shared/filing/schema');
    const { markedSample } = await import('../../src/shared/sample/samples');
    const back = parseFiling(serializeFiling(markedSample('shanghai-2024')));
    expect(back.ok && back.filing.sample).toBe('shanghai-2024');
    const plain = parseFiling(serializeFiling(sampleFiling()));
    expect(plain.ok && 'sample' in plain.filing).toBe(false);
    const bad = parseFiling(JSON.stringify({ ...JSON.parse(serializeFiling(sampleFiling())), sample: 5 }));
    expect(bad.ok).toBe(false);
  });
});
