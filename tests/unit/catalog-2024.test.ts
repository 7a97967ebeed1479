// The 2024 catalogues: the economic list of the Shanghai 2024 基本支出决算表 and the 功能分类 its sample uses.
import { describe, expect, it } from 'vitest';
import { ECONOMIC_2024, FUNCTION_2024, getCatalog, nameOf, parentCode, validateCustomCode } from '../../src/shared/catalog/index';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { shTemplate } from './shanghai-fixtures';

describe('2024 catalogues', () => {
  it('are registered by year', () => {
    expect(getCatalog('function', 2024)).toBe(FUNCTION_2024);
    expect(getCatalog('economic', 2024)).toBe(ECONOMIC_2024);
  });

  it('economic 2024 is the 基本支出 list: 301, 303 (with 30311 代缴社会保险费), 302, 310', () => {
    expect(nameOf(ECONOMIC_2024, '30311')).toBe('代缴社会保险费');
    expect(nameOf(ECONOMIC_2024, '31001')).toBe('房屋建筑物购建');
    expect(ECONOMIC_2024.entries.filter((e) => e.code.length === 3).map((e) => e.code)).toEqual(['301', '303', '302', '310']);
    expect(ECONOMIC_2024.entries).toHaveLength(65);
    const sh06 = shTemplate.tables.find((t) => t.id === 'SH06')!;
    expect(sh06.rows!.filter((r) => r.code).map((r) => r.code)).toEqual(ECONOMIC_2024.entries.map((e) => e.code));
  });

  it('function 2024 holds every 类 and every code the sample uses, each with its parents', () => {
    expect(FUNCTION_2024.entries.filter((e) => e.code.length === 3)).toHaveLength(26);
    const f = putuoSample();
    for (const t of shTemplate.tables.filter((x) => x.kind === 'coded')) {
      for (const code of Object.keys(f.tables[t.id] ?? {})) {
        for (let c: string | null = code; c; c = parentCode(c)) expect(nameOf(FUNCTION_2024, c), `${t.id} ${c}`).toBeDefined();
      }
    }
    expect(nameOf(FUNCTION_2024, '2200199')).toBe('其他自然资源事务支出');
  });

  it('lets a clerk add a 2024 项 under a known 款, checked for shape and parent', () => {
    expect(validateCustomCode(FUNCTION_2024, '2120102', '一般行政管理事务')).toBeNull();
    expect(validateCustomCode(FUNCTION_2024, '2120899', '其他')).toContain('上级款级科目 21208 不存在');
    expect(validateCustomCode(FUNCTION_2024, '21201', 'x')).toContain('已存在');
  });
});
