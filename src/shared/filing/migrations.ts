// Version-to-version migrations of the .jsgk file. Each step takes the raw data of version N (already
// scanned for hostile keys) and returns the raw data of version N+1; the schema validates the result.
// Adding version N+1: bump FILING_VERSION in types.ts, add a step { from: N, ... } here, and a test.
import { FILING_VERSION } from './types';

export type RawFiling = Record<string, unknown>;

export interface Migration {
  from: number;
  /** What changed, for the test output and for anyone reading the chain. */
  summary: string;
  migrate(raw: RawFiling): RawFiling;
}

/**
 * Version 0 was the pre-release draft: no 数据来源单位 (sourceUnit), and no 导入合计数 (stated), review notes or
 * glossary. Version 1 adds them with their neutral values.
 */
const v0ToV1: Migration = {
  from: 0,
  summary: '补充数据来源单位、导入合计数、审核意见和名词解释',
  migrate(raw) {
    const meta = isObject(raw.meta) ? { ...raw.meta } : raw.meta;
    if (isObject(meta) && meta.sourceUnit === undefined) meta.sourceUnit = meta.unit;
    return {
      ...raw,
      version: 1,
      meta,
      stated: raw.stated ?? {},
      review: raw.review ?? [],
      glossary: raw.glossary ?? [],
    };
  },
};

/** Version 2 records which tables the filing lacks (absent); every table of an older file was present. */
const v1ToV2: Migration = {
  from: 1,
  summary: '记录缺少的表（旧文件各表均视为已提供）',
  migrate(raw) {
    return { ...raw, version: 2, absent: raw.absent ?? [] };
  },
};

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

export type MigrationResult = { ok: true; raw: RawFiling; applied: string[] } | { ok: false; message: string };

/** Runs the chain from `version` up to `target` (the current version by default). */
export function migrate(raw: RawFiling, version: number, migrations: readonly Migration[] = MIGRATIONS, target = FILING_VERSION): MigrationResult {
  let current = raw;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, message: `无法把版本 ${v} 的文件升级到版本 ${target}：缺少升级步骤。请用保存它的决算通版本打开并另存。` };
    current = step.migrate(current);
    applied.push(`${v}→${v + 1}：${step.summary}`);
  }
  return { ok: true, raw: current, applied };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
