// The seed (a real published disclosure, as text) read and checked: the same table findings the app
// reports on the built-in sample, the four narrative errors domain.md lists, each quoting its sentence,
// and nothing else reported as an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { checkDocument } from '../../src/shared/published/check-document';
import { docFromText } from '../../src/shared/published/doc-from-text';
import { COMMANDS } from '../../src/node/cli/commands/index';
import { runCli } from '../../src/node/cli/run';

const SEED = join(process.cwd(), '..', 'shared', 'seeds', '000_7723f8960340c19d.txt');
const text = readFileSync(SEED, 'utf8');
const result = checkDocument(docFromText(text));
const byRule = (rule: string) => result.findings.filter((f) => f.rule === rule);

describe('the seed disclosure, read from its text', () => {
  it('reads the cover, the ten tables and the narrative', () => {
    expect(result.read.department).toBe('阳泉市大数据应用局');
    expect(result.read.year).toBe(2022);
    expect(result.read.unit).toBe('元');
    expect(result.read.blocks.map((b) => b.block.table.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10']);
    expect(result.read.report.notRead.filter((x) => !x.startsWith('文本没有分页标记') && !x.startsWith('自评表') && !x.startsWith('工作表“自评表'))).toEqual([]);
    expect(result.read.filing.tables.T02['2120899']).toEqual({ '3': '18877239.00' });
    expect(result.read.filing.stated.T06['公用经费合计']).toEqual({ '1': '18098136.56', '2': '648530.39' });
  });

  it('gives the same table and self-evaluation findings as the built-in sample', () => {
    const sample = evaluateAll(sampleFiling());
    expect(result.read.filing.evaluations.map((e) => e.name)).toEqual(sampleFiling().evaluations.map((e) => e.name));
    const tables = result.findings.filter((f) => !f.rule.startsWith('NR-') && !f.rule.startsWith('ST-'));
    expect(tables.map((f) => `${f.severity} ${f.message}`).sort()).toEqual(sample.map((f) => `${f.severity} ${f.message}`).sort());
  });

  it('finds the shares that do not add to 100%', () => {
    const [f] = byRule('NR-share-sum');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('54.99%');
    expect(f.quotes.map((q) => q.text)).toContain('财政拨款收入23,066,415.36元，占比54.99%；');
    expect(f.quotes[0].page).toBe('第17页（据目录）');
  });

  it('finds the completion rate of a project that spent its whole budget', () => {
    const [f] = byRule('NR-completion');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('93.16%');
    expect(f.quotes[0].text).toBe('项目全年预算数为10万元，执行数为10万元，完成预算的93.16%。');
  });

  it('finds the project total stated twice', () => {
    const [f] = byRule('NR-same-total');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/29,231,739\.00.*29,234,839\.00/);
    expect(f.quotes).toHaveLength(2);
  });

  it('finds the same increase stated as 19,801,676.60 and 19,801,677.20', () => {
    const [f] = byRule('NR-same-change');
    expect(f.message).toMatch(/19,801,676\.60.*19,801,677\.20/);
    expect(f.quotes.map((q) => q.text.includes('19,801,677.20'))).toEqual([false, true]);
  });

  it('reports nothing else as an error; what it cannot decide is 未核对', () => {
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort();
    expect(errors).toEqual(['NR-completion', 'NR-same-total', 'NR-share-sum', 'X.T02-T01.2', 'X.T02-T01.3']);
    const warnings = result.findings.filter((f) => f.severity === 'warning').map((f) => f.rule).sort();
    expect(warnings).toEqual(['NR-same-change', 'NR-zero-base', 'NR-zero-base', 'P.T06-T05.30110+30111', 'PE-1']);
    expect(result.unchecked.some((u) => u.what.includes('财政拨款收入') && u.why.includes('表间不一致'))).toBe(true);
    expect(result.read.report.read.some((x) => /数字核对 \d{2,} 处/.test(x))).toBe(true);
  });

  it('a figure planted in the text that differs from its table is found, quoting the sentence', () => {
    const planted = checkDocument(docFromText(text.replace('基本支出5,591,809.19元，占比13.33%', '基本支出5,591,890.19元，占比13.33%')));
    const extra = planted.findings.filter((f) => !result.findings.some((g) => g.rule === f.rule && g.message === f.message));
    expect(extra.map((f) => f.rule)).toEqual(['NR-table-figure']);
    expect(extra[0].message).toContain('公开03表 合计 基本支出');
    expect(extra[0].message).toContain('差 81.00元');
    expect(extra[0].quotes[0].text).toBe('基本支出5,591,890.19元，占比13.33%；');
  });

  it('another unit’s name and a year that is not the cover’s are found', () => {
    const planted = checkDocument(docFromText(text.replace('阳泉市大数据应用局2022年机关运行经费', '阳泉市教育局2020年度机关运行经费')));
    const extra = planted.findings.filter((f) => !result.findings.some((g) => g.rule === f.rule && g.message === f.message)).map((f) => f.rule);
    expect(extra.sort()).toEqual(['NR-unit-name', 'NR-year']);
  });

  describe('structure', () => {
    const extra = (t: string) => {
      const c = checkDocument(docFromText(t));
      return c.findings.filter((f) => !result.findings.some((g) => g.rule === f.rule && g.message === f.message));
    };
    it('an empty table without its 本表无数据 statement', () => {
      const fs = extra(text.replace('说明：本表无数据', ''));
      expect(fs.map((f) => f.rule)).toEqual(['ST-empty-table']);
      expect(fs[0].message).toContain('公开07表');
    });
    it('a table the document lacks, and its 目录 entry with nothing in the body', () => {
      const from = text.indexOf('### 国有资本经营预算财政拨款支出决算表');
      const to = text.indexOf('### 部门决算公开相关信息统计表');
      const fs = extra(text.slice(0, from) + text.slice(to));
      expect(fs.map((f) => f.rule).sort()).toEqual(['ST-table-missing', 'ST-toc']);
      expect(fs.find((f) => f.rule === 'ST-table-missing')?.message).toContain('公开09表');
    });
    it('a table whose header names another year', () => {
      const at = text.indexOf('公开05表');
      const fs = extra(text.slice(0, at) + text.slice(at).replace('2022年度', '2021年度'));
      expect(fs.map((f) => f.rule)).toEqual(['ST-table-year']);
    });
  });

  it('`check SEED --json` exits 1 and lists them with the quoted sentences', async () => {
    let out = '';
    const code = await runCli(['check', SEED, '--json'], COMMANDS, { stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: Array<{ kind: string; errors: number; findings: Array<{ rule: string; quotes: Array<{ page: string; text: string }> }> }> };
    expect(json.files).toHaveLength(1);
    expect(json.files[0].kind).toBe('published');
    expect(json.files[0].errors).toBe(5);
    expect(json.files[0].findings.find((f) => f.rule === 'NR-completion')?.quotes[0].text).toContain('93.16%');
  });
});
