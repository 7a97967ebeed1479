// 汇总 (J1 of templates.md §3.2): the department's filing = Σ its units' entered cells + the 调整 lines.
// Coded rows merge by code, custom codes are merged, the units' self-evaluations are listed together,
// 概况's 机构设置 lists the units. What a reviewer or clerk wrote on the previous consolidation
// (出错说明, 审阅意见, reasons, the 部门外 marks) is kept; the figures are always rebuilt from the units.
import Decimal from 'decimal.js';
import type { CustomCode, Filing, TableValues, UnitMember } from '../filing/types';
import { FILING_FORMAT, FILING_VERSION } from '../filing/types';
import type { Template } from '../templates/types';
import { isStoredAmount, toStored } from '../money/money';
import type { ConsolidatedUnit, Consolidation, PairKind, UnitRole } from './types';
import { PAIR_KINDS } from './types';
import { ConsolidateError, deriveOffsets } from './offsets';

export { ConsolidateError };

export interface UnitInput {
  filing: Filing;
  /** Relative to the consolidated file. */
  path: string;
  sha256: string;
}

export interface ConsolidateOptions {
  template: Template;
  /** ISO time stamped on the record. */
  at: string;
  /** 部门名称 of the result; default the 本级's. */
  department?: string;
  /** The consolidated filing as last saved: its notes, explanations and 部门外 marks carry over. */
  previous?: Filing;
  /** Pairs whose difference has a counterpart outside the department (added to the previous marks). */
  outside?: PairKind[];
}

export interface ConsolidateResult {
  filing: Filing;
  /** Things the clerk should know: merged custom codes with differing names, narrative inputs left out. */
  notes: string[];
}

type Sums = Map<string, Map<string, Map<number, Decimal>>>;

function add(sums: Sums, table: string, row: string, col: number, v: Decimal): void {
  let t = sums.get(table);
  if (!t) sums.set(table, (t = new Map()));
  let r = t.get(row);
  if (!r) t.set(row, (r = new Map()));
  r.set(col, (r.get(col) ?? new Decimal(0)).plus(v));
}

/** 本级 first, then the 下属 in the order given. */
const roleOf = (i: number): UnitRole => (i === 0 ? '本级' : '下属');

/** Keys present in every unit's map, summed; a key some unit lacks is left out (a partial sum is wrong). */
function sumCommon(maps: Array<Record<string, string>>, what: string, notes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (maps.length === 0) return out;
  const keys = new Set(maps.flatMap((m) => Object.keys(m)));
  const dropped: string[] = [];
  for (const k of [...keys].sort()) {
    const vs = maps.map((m) => m[k]);
    if (!vs.every((v) => isStoredAmount(v))) {
      dropped.push(k);
      continue;
    }
    const total = vs.reduce((a, v) => a.plus(new Decimal(v as string)), new Decimal(0));
    // Counts (团组, 批次) stay whole numbers; amounts keep two decimals.
    out[k] = vs.every((v) => /^\d+$/.test(v as string)) ? total.toFixed(0) : toStored(total);
  }
  if (dropped.length) notes.push(`${what}中 ${dropped.length} 项不是每个单位都有数（${dropped.slice(0, 5).join('、')}${dropped.length > 5 ? '…' : ''}），未汇总，请在汇总文件中填写`);
  return out;
}

function mergeCustomCodes(units: UnitInput[], notes: string[]): CustomCode[] {
  const out = new Map<string, CustomCode>();
  for (const u of units) {
    for (const c of u.filing.customCodes) {
      const k = `${c.catalog}:${c.code}`;
      const have = out.get(k);
      if (!have) out.set(k, { ...c });
      else if (have.name !== c.name) notes.push(`自定义科目 ${c.code} 在各单位名称不同（“${have.name}”与“${c.name}”），汇总采用“${have.name}”`);
    }
  }
  return [...out.values()].sort((a, b) => (a.catalog + a.code).localeCompare(b.catalog + b.code));
}

function members(units: UnitInput[]): UnitMember[] {
  const out = new Map<string, UnitMember>();
  for (const u of units) {
    const own = u.filing.meta.members.length ? u.filing.meta.members : [{ name: u.filing.meta.department, nature: '其他' as const }];
    for (const m of own) if (!out.has(m.name)) out.set(m.name, { ...m });
  }
  return [...out.values()];
}

function organization(units: UnitInput[]): string[] {
  const lines = [`本部门决算由 ${units.length} 个单位的决算汇总而成：`];
  units.forEach((u, i) => lines.push(`${i + 1}. ${u.filing.meta.department}（${i === 0 ? '本级' : '所属单位'}）`));
  return lines;
}

function toTables(sums: Sums, offsetCells: Set<string>): Record<string, TableValues> {
  const tables: Record<string, TableValues> = {};
  for (const [t, rows] of [...sums].sort(([a], [b]) => a.localeCompare(b))) {
    const tv: TableValues = {};
    for (const [row, cols] of rows) {
      const out: Record<string, string> = {};
      for (const [col, v] of [...cols].sort(([a], [b]) => a - b)) {
        // A transfer offset to nothing vanishes; any other cell a unit entered stays, even at 0.
        if (v.isZero() && offsetCells.has(`${t}|${row}|${col}`)) continue;
        out[String(col)] = toStored(v);
      }
      if (Object.keys(out).length) tv[row] = out;
    }
    tables[t] = tv;
  }
  return tables;
}

function validate(units: UnitInput[], template: Template): void {
  if (units.length < 2) throw new ConsolidateError('汇总至少需要两个单位的文件（本级和至少一个所属单位）');
  const first = units[0].filing;
  for (const u of units) {
    if (u.filing.template !== template.id) throw new ConsolidateError(`“${u.path}”使用的模板（${u.filing.template}）与本级（${template.id}）不同，不能汇总`);
    if (u.filing.meta.year !== first.meta.year) throw new ConsolidateError(`“${u.path}”是 ${u.filing.meta.year} 年度，本级是 ${first.meta.year} 年度，不能汇总`);
  }
  const names = units.map((u) => u.filing.meta.department);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new ConsolidateError(`有两个文件的单位名称都是“${dup}”：同一单位不能汇总两次，请检查所选文件`);
}

export function consolidate(units: UnitInput[], opts: ConsolidateOptions): ConsolidateResult {
  const { template, previous } = opts;
  validate(units, template);
  const notes: string[] = [];
  const sums: Sums = new Map();
  for (const u of units) {
    for (const [t, rows] of Object.entries(u.filing.tables)) {
      for (const [row, cols] of Object.entries(rows)) for (const [col, v] of Object.entries(cols)) add(sums, t, row, Number(col), new Decimal(v));
    }
    if (Object.keys(u.filing.stated).length) notes.push(`${u.filing.meta.department} 的导入合计数（尾差）不参与汇总：汇总表的合计由各单位明细数计算`);
  }
  const outside = new Set<PairKind>([...(opts.outside ?? []), ...PAIR_KINDS.filter((k) => previous?.consolidation?.pairs[k].outside)]);
  const named = units.map((u, i) => ({ name: u.filing.meta.department, role: roleOf(i), filing: u.filing }));
  const { offsets, pairs } = deriveOffsets(named, template, outside);
  const offsetCells = new Set<string>();
  for (const o of offsets) {
    add(sums, o.table, o.row, o.col, new Decimal(o.amount));
    offsetCells.add(`${o.table}|${o.row}|${o.col}`);
  }
  const consolidation: Consolidation = {
    units: units.map((u, i): ConsolidatedUnit => ({ path: u.path, sha256: u.sha256, name: u.filing.meta.department, role: roleOf(i) })),
    offsets,
    pairs,
    at: opts.at,
  };
  const base = units[0].filing;
  const ids = new Set<string>();
  const evaluations = units.flatMap((u, i) =>
    u.filing.evaluations.map((e) => {
      // Ids are unique within a unit's file, not across units.
      const id = ids.has(e.id) ? `${i + 1}-${e.id}` : e.id;
      ids.add(id);
      return { ...e, id, department: e.department || u.filing.meta.department };
    }),
  );
  const narratives = units.map((u) => u.filing.narrative);
  const filing: Filing = {
    format: FILING_FORMAT,
    version: FILING_VERSION,
    template: template.id,
    meta: {
      department: opts.department ?? previous?.meta.department ?? base.meta.department,
      year: base.meta.year,
      unit: base.meta.unit,
      sourceUnit: units.some((u) => u.filing.meta.sourceUnit === '万元') ? '万元' : base.meta.sourceUnit,
      members: members(units),
      ...(previous?.meta.cover ?? base.meta.cover ? { cover: { ...(previous?.meta.cover ?? base.meta.cover) } } : {}),
    },
    tables: toTables(sums, offsetCells),
    stated: {},
    customCodes: mergeCustomCodes(units, notes),
    explanations: { ...(previous?.explanations ?? {}) },
    evaluations,
    narrative: {
      lastYear: sumCommon(narratives.map((n) => n.lastYear), '上年数', notes),
      initialBudget: sumCommon(narratives.map((n) => n.initialBudget), '年初预算', notes),
      reasons: { ...(previous?.narrative.reasons ?? {}) },
      facts: sumCommon(narratives.map((n) => n.facts), '补充数据（团组、批次等）', notes),
    },
    overview: { duties: previous?.overview.duties || base.overview.duties, organization: organization(units) },
    glossary: (previous?.glossary ?? base.glossary).map((g) => ({ ...g })),
    review: previous?.review.map((n) => ({ ...n, target: { ...n.target }, replies: n.replies.map((r) => ({ ...r })) })) ?? [],
    consolidation,
  };
  return { filing, notes };
}
