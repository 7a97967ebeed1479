// The built-in samples by id, without their data: what the start page offers and what the 示例 banner
// says. The UI imports this (small); the data (sample/index.ts, shanghai-2024/) stays on the host side.

export interface SampleInfo {
  id: string;
  /** As the start page lists it: region, year, unit. */
  label: string;
  department: string;
  year: number;
}

export const SAMPLES: readonly SampleInfo[] = [
  { id: 'shanxi-2022', label: '山西 2022 阳泉市大数据应用局', department: '阳泉市大数据应用局', year: 2022 },
  { id: 'shanghai-2024', label: '上海 2024 普陀区规划和自然资源局', department: '上海市普陀区规划和自然资源局', year: 2024 },
];

export const DEFAULT_SAMPLE = 'shanxi-2022';

/** What every export of a sample prints on every page and sheet (io/sample-mark.ts). */
export const SAMPLE_MARK = '示例文件，不是正式决算';

export function sampleInfo(id: string | undefined): SampleInfo | undefined {
  return id === undefined ? undefined : SAMPLES.find((s) => s.id === id);
}
