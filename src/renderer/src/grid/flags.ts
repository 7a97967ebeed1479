// Findings as flags on cells: the worst severity per cell and every message that names it.
import type { Finding } from '../../../shared/rules/types';
import { cellKey } from '../../../shared/filing/cell-key';
import type { CellFlag } from './grid-context';

export function flagsForTable(findings: readonly Finding[], table: string): Map<string, CellFlag> {
  const out = new Map<string, CellFlag>();
  for (const f of findings) {
    for (const c of f.cells) {
      if (c.table !== table) continue;
      const key = cellKey(c.table, c.row, c.col);
      const flag = out.get(key);
      const text = f.severity === 'warning' && f.explanation ? `${f.message}（已说明：${f.explanation}）` : f.message;
      if (!flag) out.set(key, { severity: f.severity, messages: [text] });
      else {
        if (f.severity === 'error') flag.severity = 'error';
        if (!flag.messages.includes(text)) flag.messages.push(text);
      }
    }
  }
  return out;
}
