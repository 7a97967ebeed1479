// 项目预算金额 | 实际到位金额 | 实际执行金额 (万元), each with its sources, as the printed form lays them out.
import type { Evaluation, FundingBySource } from '../../../../shared/evaluation/types';
import { FUNDING_KINDS, FUNDING_PARTS } from '../../../../shared/evaluation/scoring';
import type { Finding } from '../../../../shared/rules/types';
import { FieldFlag, evaluationFindings, flagClass } from './FieldFlag';

interface Props {
  ev: Evaluation;
  findings: readonly Finding[];
  readOnly: boolean;
  onFunding(kind: 'budget' | 'received' | 'spent', patch: Partial<FundingBySource>): void;
}

export function FundingRows({ ev, findings, readOnly, onFunding }: Props) {
  const rows: Array<{ key: keyof FundingBySource; label: (k: string) => string }> = [
    { key: 'total', label: (k) => `${k}（万元）` },
    ...FUNDING_PARTS.map((p, i) => ({ key: p.key, label: () => (i === 0 ? `其中：${p.label}` : p.label) })),
  ];
  return (
    <>
      {rows.map((row) => (
        <tr key={row.key}>
          {FUNDING_KINDS.map((kind) => {
            const found = row.key === 'total' ? evaluationFindings(findings, ev.id, `${kind.key}.total`) : [];
            return [
              <th key={`${kind.key}-l`} colSpan={row.key === 'total' ? 1 : 1}>
                {row.label(kind.label)}
              </th>,
              <td key={`${kind.key}-v`}>
                <input
                  type="text"
                  inputMode="decimal"
                  className={`num ${flagClass(found)}`}
                  value={ev[kind.key][row.key]}
                  disabled={readOnly}
                  data-testid={`pe-${kind.key}-${row.key}`}
                  data-field={`${kind.key}.${row.key}`}
                  onChange={(e) => onFunding(kind.key, { [row.key]: e.target.value })}
                />
                <FieldFlag found={found} testId={`pe-flag-${kind.key}`} />
              </td>,
            ];
          })}
        </tr>
      ))}
    </>
  );
}
