// Which year's layout a sheet that does not fit the template looks like. A Shanxi 公开01表 of 2018 or
// before prints lines the 2019 changes renamed (the 功能分类 类 after the 2018 机构改革, and the 收入 line of
// the old 事业单位 accounting that 政府会计制度 replaced): such a line names the family. Only lines whose
// history is known are markers; a sheet without one is not given a family it may not be (the sheet's own
// 年度 is then the only hint).
import type { Template } from '../../templates/types';
import { normLabel } from './row-match';
import type { SheetData } from './sheet-data';
import { text } from './sheet-data';

interface Marker {
  /** The line as the older layout prints it (normalised like a row label). */
  label: string;
  /** What the template prints instead, for the message. */
  now: string;
}

interface YearFamily {
  name: string;
  markers: readonly Marker[];
}

const SHANXI: readonly YearFamily[] = [
  {
    name: '2018 年及以前',
    markers: [
      { label: '医疗卫生与计划生育支出', now: '卫生健康支出' },
      { label: '国土海洋气象等支出', now: '自然资源海洋气象等支出' },
      { label: '文化体育与传媒支出', now: '文化旅游体育与传媒支出' },
      { label: '用事业基金弥补收支差额', now: '使用非财政拨款结余' },
    ],
  },
];

/** The year families known for each template's region. */
const FAMILIES: Record<string, readonly YearFamily[]> = { 'shanxi-2022': SHANXI };

/** The family the sheet's lines belong to, with the lines that show it; null when none is recognised. */
export function recogniseFamily(sheet: SheetData, template: Template): { family: string; evidence: Marker[] } | null {
  const labels = new Set(sheet.rows.flatMap((row) => row.map((c) => normLabel(text(c)))));
  for (const f of FAMILIES[template.id] ?? []) {
    const evidence = f.markers.filter((m) => labels.has(m.label));
    if (evidence.length > 0) return { family: f.name, evidence };
  }
  return null;
}

/** The parenthesis the refusal carries: the family recognised, else the year the sheet states. */
export function familyNote(sheet: SheetData, template: Template, statedYear: number | null): string {
  const stated = statedYear !== null && statedYear !== template.year ? `工作表标明 ${statedYear}年度；` : '';
  const found = recogniseFamily(sheet, template);
  if (found) {
    const lines = found.evidence.map((m) => `“${m.label}”（现为“${m.now}”）`).join('、');
    return `（${stated}表中有 ${lines}，像是 ${found.family}的格式）`;
  }
  return stated ? `（工作表标明 ${statedYear}年度，可能是 ${statedYear} 年的格式）` : '';
}
