// 项目资金（万元） of the MOF standard form: one line per source × 年初预算数 / 全年预算数 / 全年执行数, as the
// printed form lays them out. 年度资金总额 is computed from the other lines (read-only), like the printed form,
// so what the clerk sees is what the export writes and re-import reads.
import type { Evaluation } from '../../../../shared/evaluation/types';
import { SOURCE_TOTAL } from '../../../../shared/evaluation/types';
import { scoreEvaluation } from '../../../../shared/evaluation/scoring';
import type { SourceColumn } from '../../../../shared/evaluation/mof';
import { SOURCE_COLUMNS, badSourceLine, totalIsComputed } from '../../../../shared/evaluation/mof';
import type { Finding } from '../../../../shared/rules/types';
import { FieldFlag, evaluationFindings, flagClass } from './FieldFlag';

interface Props {
  ev: Evaluation;
  findings: readonly Finding[];
  readOnly: boolean;
  onAmount(index: number, col: SourceColumn, value: string): void;
}

export function SourceRows({ ev, findings, readOnly, onAmount }: Props) {
  const lines = ev.sources ?? [];
  const computed = totalIsComputed(lines);
  const totalAt = lines.findIndex((l) => l.name === SOURCE_TOTAL);
  // A PE-3 on sources.<col> puts the cursor on the figure that is not a number, else on 年度资金总额.
  const target = (col: SourceColumn) => {
    const bad = badSourceLine(lines, col);
    return bad !== -1 ? bad : totalAt;
  };
  const rate = scoreEvaluation(ev).rateText;
  return (
    <>
      <tr>
        <th rowSpan={lines.length + 1}>项目资金（万元）</th>
        <th />
        {SOURCE_COLUMNS.map((c) => <th key={c.key}>{c.label}</th>)}
        <th>执行率</th>
      </tr>
      {lines.map((l, i) => {
        const isTotal = i === totalAt;
        const locked = isTotal && computed;
        return (
          <tr key={i} data-testid="pe-source-row">
            <th style={{ textAlign: 'left' }}>{i === 1 ? `其中：${l.name}` : l.name}</th>
            {SOURCE_COLUMNS.map((c) => {
              const field = `sources.${c.key}`;
              const found = isTotal ? evaluationFindings(findings, ev.id, field) : [];
              return (
                <td key={c.key} className={locked ? 'computed' : undefined}>
                  <input
                    type="text"
                    inputMode="decimal"
                    className={`num ${flagClass(found)}`}
                    value={l[c.key]}
                    disabled={readOnly}
                    readOnly={locked}
                    title={locked ? '由各来源相加，不能直接修改' : undefined}
                    aria-label={`${l.name}${c.label}`}
                    data-testid={`pe-source-${i}-${c.key}`}
                    data-field={target(c.key) === i ? field : undefined}
                    data-step={`sources.${i}.${c.key}`}
                    onChange={(e) => onAmount(i, c.key, e.target.value)}
                  />
                  <FieldFlag found={found} testId={`pe-flag-sources-${c.key}`} />
                </td>
              );
            })}
            <td className="computed" data-testid={isTotal ? 'pe-source-rate' : undefined}>{isTotal ? rate : ''}</td>
          </tr>
        );
      })}
    </>
  );
}
