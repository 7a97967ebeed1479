// Findings as flags on cells: the worst severity per cell and the findings that name it. Messages are
// worded only when a tooltip shows them.
import type { Finding } from '../../../shared/rules/types';
import { type CellKey, keyOf } from '../../../shared/table/cell-ref';
import type { CellFlag } from './grid-context';

export function flagsForTable(findings: readonly Finding[], table: string): Map<CellKey, CellFlag> {
  const out = new Map<CellKey, CellFlag>();
  for (const f of findings) {
    for (const c of f.cells) {
      if (c.table !== table) continue;
      const key = keyOf(c);
      const flag = out.get(key);
      if (!flag) out.set(key, { severity: f.severity, findings: [f] });
      else {
        if (f.severity === 'error') flag.severity = 'error';
        if (!flag.findings.includes(f)) flag.findings.push(f);
      }
    }
  }
  return out;
}

/** The lines a flag's tooltip shows, one per finding (a message repeated by two findings once). */
export function flagMessages(flag: CellFlag): string[] {
  const out: string[] = [];
  for (const f of flag.findings) {
    const text = f.severity === 'warning' && f.explanation ? `${f.message}（已说明：${f.explanation}）` : f.message;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
