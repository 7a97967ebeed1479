// The words of the recovery offer at startup and the autosave interval from the setting.
import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import type { Filing } from '../../src/shared/filing/types';
import type { RecoveryEntry } from '../../src/shared/host-api';
import { describeRecovery } from '../../src/renderer/src/shell/recovery-offer';
import { autosaveDelayMs } from '../../src/renderer/src/shell/autosave';
import { blankFiling } from '../../src/renderer/src/state/blank-filing';
import { getTemplate } from '../../src/shared/templates/registry';

function entry(filing: Filing, path: string | null = '/d/a.jsgk'): RecoveryEntry {
  return { id: path ? 'f-0123456789abcdef' : 'unsaved', path, savedAt: '2026-11-29T10:00:00.000Z', filing };
}

function withT03(filing: Filing, row: string, col: number, value: string): Filing {
  const t03 = { ...filing.tables.T03, [row]: { ...filing.tables.T03?.[row], [col]: value } };
  return { ...filing, tables: { ...filing.tables, T03: t03 } };
}

describe('recovery offer', () => {
  it('names each changed cell with its old and new value', () => {
    const saved = sampleFiling();
    const o = describeRecovery(entry(withT03(saved, '2010504', 2, '3000000.00')), { filing: saved }, 'a.jsgk');
    expect(o.difference).toBe('与已保存的文件相比：1 个单元格不同。');
    expect(o.changes).toEqual(['公开03表 2010504 基本支出（栏2）：2,947,807.18 → 3,000,000.00']);
  });

  it('says the tables are the same when only text outside the tables differs', () => {
    const saved = sampleFiling();
    const o = describeRecovery(entry({ ...saved, overview: { ...saved.overview, duties: '新的职责' } }), { filing: saved }, 'a.jsgk');
    expect(o.difference).toContain('表格数据相同');
    expect(o.changes).toEqual([]);
  });

  it('lists at most five cells and counts the rest', () => {
    const saved = sampleFiling();
    let changed = saved;
    for (const code of ['2010101', '2010102', '2010103', '2010104', '2010105', '2010106', '2010107']) changed = withT03(changed, code, 2, '1');
    const o = describeRecovery(entry(changed), { filing: saved }, 'a.jsgk');
    expect(o.difference).toMatch(/^与已保存的文件相比：7 个单元格不同/);
    expect(o.changes).toHaveLength(6);
    expect(o.changes[5]).toBe('……另有 2 个单元格');
  });

  it('says why it cannot compare when the saved file cannot be read', () => {
    const o = describeRecovery(entry(sampleFiling()), { error: '文件不存在' }, 'a.jsgk');
    expect(o.difference).toBe('无法读取已保存的文件，不能比较：文件不存在');
  });

  it('compares a never-saved filing with an empty one in its unit', () => {
    const blank = blankFiling(getTemplate('shanxi-2022'), '测试局', '万元');
    expect(blank.meta).toMatchObject({ department: '测试局', year: 2022, unit: '万元' });
    const o = describeRecovery(entry(withT03(blank, '2010501', 2, '15000'), null), null, '未保存的新文件');
    expect(o.difference).toContain('与空白文件相比：');
    expect(o.changes[0]).toBe('公开03表 2010501 基本支出（栏2）：（空） → 1.50');
  });
});

describe('autosave interval', () => {
  it('follows the setting', () => {
    expect(autosaveDelayMs(5)).toBe(5000);
    expect(autosaveDelayMs(30)).toBe(30_000);
  });
  it('falls back to 30 seconds for a missing or unusable setting', () => {
    expect(autosaveDelayMs(undefined)).toBe(30_000);
    expect(autosaveDelayMs(0)).toBe(30_000);
    expect(autosaveDelayMs(Number.NaN)).toBe(30_000);
  });
});
