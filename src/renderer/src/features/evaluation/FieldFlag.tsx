// Findings of the rule engine shown at the form or narrative field they are about (finding.field).
import type { Finding } from '../../../../shared/rules/types';

/** Findings on one field of a self-evaluation form (field omitted: on any field of it). */
export function evaluationFindings(findings: readonly Finding[], evaluation: string, field?: string): Finding[] {
  return findings.filter((f) => f.field?.kind === 'evaluation' && f.field.evaluation === evaluation && (field === undefined || f.field.field === field));
}

/** Findings on one reason slot of the 情况说明. */
export function narrativeFindings(findings: readonly Finding[], slot: string): Finding[] {
  return findings.filter((f) => f.field?.kind === 'narrative' && f.field.slot === slot);
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
