// The 审核报告 of a filing with tables absent lists every rule it could not check (未核对) with the reason,
// and never prints a passing conclusion while anything is unchecked. Checked on the rendered text: the
// HTML as text, and the PDF Chromium prints from it read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll } from '../../src/shared/rules/engine';
import { reportConclusion, reviewReportHtml } from '../../src/shared/review/report';
import { CHROMIUM_PATH, openPdfRenderer } from '../../src/node/export/pdf-writer';
import { cell, cleanSample, edit, template } from './rules-fixtures';

const AT = '2023-03-01T08:00:00.000Z';

function without(filing: Filing, tables: string[]): Filing {
  const t = { ...filing.tables };
  const stated = { ...filing.stated };
  for (const id of tables) {
    delete t[id];
    delete stated[id];
  }
  return { ...filing, tables: t, stated, absent: [...tables].sort() };
}

/** The report as a reader sees it: the text of the page, without markup. */
function reportText(filing: Filing): string {
  const { findings, unchecked } = checkAll(filing, template);
  const html = reviewReportHtml(filing, findings, { template, unchecked });
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ');
}

describe('审核报告 and 未核对', () => {
  it('with 公开02表 absent: lists each unchecked rule with its reason, and does not say 审核通过', () => {
    const filing = without(cleanSample(), ['T02']);
    const { unchecked, findings } = checkAll(filing, template);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(unchecked.length).toBeGreaterThan(0);
    const text = reportText(filing);
    expect(text).toContain('四、未核对');
    expect(text).toContain(`未核对 ${unchecked.length} 条`);
    for (const u of unchecked) {
      expect(u.reason).toBe('公开02表 未提供');
      expect(text).toContain(`${u.rule} ${u.title} ${u.reason}`);
    }
    expect(text).toContain(`未能完成审核：${unchecked.length} 条审核公式未核对`);
    expect(text).not.toContain('审核通过');
    expect(text).not.toContain('未发现问题。');
  });

  it('with nothing absent and nothing found: 审核通过, and 未核对 says every rule was checked', () => {
    const filing = cleanSample();
    const { findings, unchecked } = checkAll(filing, template);
    expect(unchecked).toEqual([]);
    const text = reportText(filing);
    if (findings.length === 0) expect(text).toContain('审核通过：未发现问题。');
    expect(text).toContain('无：每条审核公式都已核对。');
  });

  it('a 强制 error beside unchecked rules: 审核未通过, and the unchecked are still listed', () => {
    const filing = edit(without(cleanSample(), ['T05']), [cell('T01', '1', 1, '1.00')]);
    const { unchecked } = checkAll(filing, template);
    const text = reportText(filing);
    expect(text).toContain('审核未通过：强制错误');
    expect(text).toContain(`另有 ${unchecked.length} 条审核公式未核对`);
    expect(text).toContain('公开05表 未提供');
  });

  it('a reviewer’s 通过 with rules unchecked is printed with the warning that it is not a pass of the whole file', () => {
    const filing: Filing = { ...without(cleanSample(), ['T07']), verdicts: [{ target: 'filing', verdict: '通过', reason: '', reviewer: '王审', at: AT }] };
    const text = reportText(filing);
    expect(text).toContain('不代表整份文件已通过审核');
    expect(text).not.toContain('审核通过');
  });

  it('the conclusion: 审核通过 only when every rule ran and none failed', () => {
    expect(reportConclusion(0, 0, 0, 0)).toBe('审核通过：未发现问题。');
    expect(reportConclusion(0, 0, 0, 3)).not.toContain('审核通过：');
    expect(reportConclusion(0, 2, 0, 3)).not.toContain('审核通过：');
    expect(reportConclusion(0, 2, 1, 0)).not.toContain('审核通过');
    expect(reportConclusion(1, 0, 0, 0)).toContain('审核未通过');
  });
});

describe.skipIf(!existsSync(CHROMIUM_PATH))('审核报告 PDF with 未核对', () => {
  it('prints the 未核对 section and no pass (pdftotext)', async () => {
    const filing = without(cleanSample(), ['T02']);
    const { findings, unchecked } = checkAll(filing, template);
    const renderer = await openPdfRenderer();
    try {
      const pdf = await renderer.renderHtml(reviewReportHtml(filing, findings, { template, unchecked }));
      const p = join(mkdtempSync(join(tmpdir(), 'juesuan-report-')), 'r.pdf');
      writeFileSync(p, pdf);
      const text = execFileSync('pdftotext', [p, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('四、未核对');
      expect(text).toContain('公开02表未提供');
      expect(text).toContain('未能完成审核');
      expect(text).not.toContain('审核通过');
    } finally {
      await renderer.close();
    }
  }, 60_000);
});
