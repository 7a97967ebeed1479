// 政府收支分类科目 2022: the clerk picks codes by code or name; added codes are checked for shape,
// parent and duplicates.
import { describe, expect, it } from 'vitest';
import {
  ECONOMIC_2022,
  FUNCTION_2022,
  childrenOf,
  createCatalog,
  findCode,
  getCatalog,
  levelOf,
  nameOf,
  parentCode,
  searchCodes,
  validateCustomCode,
} from '../../src/shared/catalog/index';
import type { CustomCode } from '../../src/shared/filing/types';

const SEED_FUNCTION: Array<[string, string]> = [
  ['201', '一般公共服务支出'], ['20105', '统计信息事务'], ['2010501', '行政运行'], ['2010504', '信息事务'],
  ['20132', '组织事务'], ['2013299', '其他组织事务支出'], ['206', '科学技术支出'], ['20601', '科学技术管理事务'],
  ['2060101', '行政运行'], ['20699', '其他科学技术支出'], ['2069999', '其他科学技术支出'], ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'], ['2080505', '机关事业单位基本养老保险缴费支出'], ['2080506', '机关事业单位职业年金缴费支出'],
  ['210', '卫生健康支出'], ['21011', '行政事业单位医疗'], ['2101101', '行政单位医疗'], ['2101102', '事业单位医疗'],
  ['212', '城乡社区支出'], ['21208', '国有土地使用权出让收入安排的支出'], ['2120899', '其他国有土地使用权出让收入安排的支出'],
  ['221', '住房保障支出'], ['22102', '住房改革支出'], ['2210201', '住房公积金'], ['229', '其他支出'], ['22999', '其他支出'], ['2299999', '其他支出'],
];

describe('built-in catalogues', () => {
  it('has the 26 功能分类 类 of 公开01表', () => {
    const classes = FUNCTION_2022.entries.filter((e) => e.code.length === 3);
    expect(classes.map((e) => e.code)).toEqual([
      '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
      '219', '220', '221', '222', '223', '224', '229', '231', '232', '234',
    ]);
    expect(nameOf(FUNCTION_2022, '234')).toBe('抗疫特别国债安排的支出');
    expect(nameOf(FUNCTION_2022, '215')).toBe('资源勘探工业信息等支出');
  });

  it('has every 款 and 项 of the seed with the seed names', () => {
    for (const [code, name] of SEED_FUNCTION) expect([code, nameOf(FUNCTION_2022, code)]).toEqual([code, name]);
  });

  it('every built-in 款/项 has its parent in the catalogue', () => {
    for (const cat of [FUNCTION_2022, ECONOMIC_2022]) {
      for (const e of cat.entries) {
        const p = parentCode(e.code);
        if (p) expect(findCode(cat, p), `${e.code} 的上级 ${p}`).toBeDefined();
        expect(/^\d+$/.test(e.code) && (cat.kind === 'function' ? [3, 5, 7] : [3, 5]).includes(e.code.length)).toBe(true);
      }
    }
  });

  it('has the complete 经济分类 list of 公开06表 (类 and 款)', () => {
    const classes = ECONOMIC_2022.entries.filter((e) => e.code.length === 3).map((e) => e.code);
    expect(classes).toEqual(['301', '303', '302', '307', '309', '310', '311', '312', '313', '399']);
    expect(ECONOMIC_2022.entries).toHaveLength(109);
    expect(nameOf(ECONOMIC_2022, '30239')).toBe('其他交通费用');
    expect(nameOf(ECONOMIC_2022, '39908')).toBe('对民间非营利组织和群众性自治组织补贴');
    expect(getCatalog('economic', 2022)).toBe(ECONOMIC_2022);
    expect(() => getCatalog('function', 2019)).toThrow('本程序未内置2019年的支出功能分类科目');
  });

  it('refuses a catalogue with a repeated code', () => {
    expect(() => createCatalog('function', 2023, [{ code: '201', name: 'a' }, { code: '201', name: 'b' }])).toThrow(
      '2023年支出功能分类科目中科目编码重复：201',
    );
    expect(createCatalog('function', 2023, [{ code: '201', name: 'a' }]).byCode.size).toBe(1);
  });
});

describe('lookups', () => {
  const custom: CustomCode[] = [
    { catalog: 'function', code: '2010509', name: '本地统计项' },
    { catalog: 'function', code: '2089999', name: '地方自设项' },
    { catalog: 'economic', code: '30230', name: '本地经济科目' },
  ];

  it('levels and parents: 7 → 5 → 3', () => {
    expect([levelOf('201'), levelOf('20105'), levelOf('2010501')]).toEqual(['class', 'group', 'item']);
    expect([parentCode('2010501'), parentCode('20105'), parentCode('201')]).toEqual(['20105', '201', null]);
  });

  it('finds built-in and the filing’s own codes, but not another catalogue’s', () => {
    expect(findCode(FUNCTION_2022, '2010501')).toEqual({ code: '2010501', name: '行政运行' });
    expect(nameOf(FUNCTION_2022, '2089999', custom)).toBe('地方自设项');
    expect(nameOf(FUNCTION_2022, '2089999')).toBeUndefined();
    expect(nameOf(FUNCTION_2022, '30230', custom)).toBeUndefined();
    expect(nameOf(ECONOMIC_2022, '30230', custom)).toBe('本地经济科目');
  });

  it('lists children in code order, custom ones included', () => {
    expect(childrenOf(FUNCTION_2022, '210').map((e) => e.code)).toEqual(['21001', '21011']);
    expect(childrenOf(FUNCTION_2022, '21011').map((e) => e.code)).toEqual(['2101101', '2101102', '2101103', '2101199']);
    expect(childrenOf(ECONOMIC_2022, '303').map((e) => e.code)).toContain('30399');
    expect(childrenOf(ECONOMIC_2022, '302', custom).map((e) => e.code)).toContain('30230');
    expect(childrenOf(FUNCTION_2022, '2010501')).toEqual([]);
  });

  it('type-ahead by code prefix lists matching codes in order', () => {
    expect(searchCodes(FUNCTION_2022, '21011').map((e) => e.code)).toEqual(['21011', '2101101', '2101102', '2101103', '2101199']);
    expect(searchCodes(FUNCTION_2022, '2010', undefined, 3).map((e) => e.code)).toEqual(['20101', '2010101', '2010102']);
  });

  it('type-ahead by part of the name', () => {
    const hits = searchCodes(FUNCTION_2022, '住房公积金').map((e) => e.code);
    expect(hits).toEqual(['2210201']);
    expect(searchCodes(ECONOMIC_2022, '公务用车').map((e) => e.code)).toEqual(['30231', '30913', '31013']);
    expect(searchCodes(FUNCTION_2022, '地方自设', custom).map((e) => e.code)).toEqual(['2089999']);
    expect(searchCodes(FUNCTION_2022, '没有这种科目')).toEqual([]);
    expect(searchCodes(FUNCTION_2022, '  ')).toEqual([]);
  });
});

describe('validateCustomCode', () => {
  it('accepts a new 项 under an existing 款, and a new 款 under an existing 类', () => {
    expect(validateCustomCode(FUNCTION_2022, '2010509', '本地统计项', [])).toBeNull();
    expect(validateCustomCode(FUNCTION_2022, '20140', '本地款', [])).toBeNull();
    expect(validateCustomCode(ECONOMIC_2022, '30230', '本地经济科目', [])).toBeNull();
  });

  it('accepts a 项 whose 款 the filing added itself', () => {
    const custom: CustomCode[] = [{ catalog: 'function', code: '20140', name: '本地款' }];
    expect(validateCustomCode(FUNCTION_2022, '2014001', '本地项', custom)).toBeNull();
  });

  it('refuses a wrong shape', () => {
    expect(validateCustomCode(FUNCTION_2022, '20105011', '太长', [])).toMatch(/格式不对.*3 位（类）、5 位（款）或 7 位（项）/);
    expect(validateCustomCode(FUNCTION_2022, '2010a', 'x', [])).toMatch(/格式不对/);
    expect(validateCustomCode(ECONOMIC_2022, '3020101', '经济分类没有项', [])).toMatch(/3 位（类）或 5 位（款）/);
  });

  it('refuses a code whose parent does not exist', () => {
    expect(validateCustomCode(FUNCTION_2022, '2014001', '本地项', [])).toBe('科目编码 2014001 的上级款级科目 20140 不存在：请先添加 20140。');
    expect(validateCustomCode(FUNCTION_2022, '20901', '本地款', [])).toMatch(/上级类级科目 209 不存在/);
  });

  it('refuses a code that already exists, built in or added', () => {
    expect(validateCustomCode(FUNCTION_2022, '2010501', '行政运行', [])).toBe('科目编码 2010501 已存在（行政运行），无需再添加。');
    const custom: CustomCode[] = [{ catalog: 'economic', code: '30230', name: '本地经济科目' }];
    expect(validateCustomCode(ECONOMIC_2022, '30230', '再加一次', custom)).toMatch(/已存在/);
  });

  it('refuses an empty name and a new 类', () => {
    expect(validateCustomCode(FUNCTION_2022, '2010509', '  ', [])).toBe('请填写科目编码 2010509 的科目名称。');
    expect(validateCustomCode(FUNCTION_2022, '209', '新类', [])).toMatch(/类级科目是固定的/);
  });
});
