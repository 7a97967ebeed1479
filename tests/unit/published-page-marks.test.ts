// What the app prints in a page's margins, read back by the published reader: the footer 第 N 页 共 M 页
// is the page's printed number (from PDF text items and from `pdftotext -layout` text), and the running
// header beside the unit's name gives the draft mark alone and the sample mark (ST-sample, filing marked).
import { describe, expect, it } from 'vitest';
import { docFromItems } from '../../src/shared/published/doc-from-items';
import { docFromText } from '../../src/shared/published/doc-from-text';
import { draftMarkIn } from '../../src/shared/published/rules-structure';
import type { TextItem } from '../../src/shared/published/types';

const item = (page: number, y: number, str: string, x = 100): TextItem => ({ page, x, y, width: str.length * 9, height: 9, str });

describe('a footer 第 N 页 共 M 页', () => {
  it('is the printed page number in PDF text items; a line that only looks like it is not', () => {
    const items = [0, 1, 2].flatMap((p) => [item(p, 800, `正文第${p + 1}页`), item(p, 30, `第 ${p + 3} 页 共 5 页`, 280)]);
    expect(docFromItems(items, 3, [842, 842, 842]).printedPage).toEqual([3, 4, 5]);
    const notNumbers = [0, 1, 2].flatMap((p) => [item(p, 800, '正文'), item(p, 30, `第 ${p + 1} 页 共 五 页`, 280)]);
    expect(docFromItems(notNumbers, 3, [842, 842, 842]).printedPage).toEqual([null, null, null]);
  });

  it('is the printed page number in -layout text, where the figures split it into cells', () => {
    const text = ['正文一\n\n                 第 1 页 共 3 页\n', '正文二\n                 第 2 页 共 3 页\n', '正文三\n  - 3 -\n'].join('\f');
    expect(docFromText(text).printedPage).toEqual([1, 2, 3]);
    const tables = ['合计    12    30\n', '合计    12    30\n', '合计    3\n'].join('\f');
    expect(docFromText(tables).printedPage).toEqual([null, null, null]);
  });
});

describe('a running header beside the unit and year', () => {
  it('gives the draft mark alone; a header without one gives none', () => {
    expect(draftMarkIn('阳泉市大数据应用局2022年度部门决算公开示例文件，不是正式决算审核未通过：强制2条')).toBe('审核未通过：强制2条');
    expect(draftMarkIn('某局2022年度部门决算公开（征求意见稿）')).toBe('征求意见稿');
    expect(draftMarkIn('阳泉市大数据应用局2022年度部门决算公开')).toBeNull();
  });
});
