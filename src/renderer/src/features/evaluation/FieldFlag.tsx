// Findings of the rule engine shown at the field they are about (table 'PE' or 'NR', row = field path).
import type { Finding } from '../../../../shared/rules/types';

export function findingsAt(findings: readonly Finding[], table: string, row: string): Finding[] {
  return findings.filter((f) => f.cells.some((c) => c.table === table && c.row === row));
}

/** Class for the input: has-error / has-warning / ''. */
export function flagClass(found: Finding[]): string {
  if (found.some((f) => f.severity === 'error')) return 'has-error';
  if (found.length > 0) return 'has-warning';
  return '';
}

export function FieldFlag({ found, testId }: { found: Finding[]; testId?: string }) {
  if (found.length === 0) return null;
  return (
    <>
      {found.map((f) => (
        <span key={f.key} className={`field-flag ${f.severity}`} data-testid={testId} data-rule={f.rule} role={f.severity === 'error' ? 'alert' : 'status'}>
          {f.severity === 'error' ? '错误：' : '提示：'}
          {f.message}
          {f.explanation ? `（说明：${f.explanation}）` : ''}
        </span>
      ))}
    </>
  );
}
