// What the 情况说明 needs that no table holds: last year's figures, 年初预算 per 类, counts and amounts.
import type { Filing } from '../../../../shared/filing/types';
import type { NarrativeInputs } from '../../../../shared/narrative/types';
import { FUNCTION_CLASSES, LAST_YEAR_FIGURES } from '../../../../shared/narrative/keys';
import { FACT_FIELDS } from '../../../../shared/narrative/facts';
import { narrativeInputWords } from '../../../../shared/review/wording';
import { AmountField, CountField } from './fields';

interface Props {
  filing: Filing;
  readOnly: boolean;
  /** The inputs with one changed, and what changed as the undo history says it ("上年数 收入总计"). */
  onNarrative(next: NarrativeInputs, label: string): void;
}

/** A map with one key set, or removed when blank. */
function setKey(map: Record<string, string>, key: string, value: string): Record<string, string> {
  const out = { ...map };
  if (value === '') delete out[key];
  else out[key] = value;
  return out;
}

export function InputsPanel({ filing, readOnly, onNarrative }: Props) {
  const n = filing.narrative;
  const unit = filing.meta.unit;
  const lastYear = filing.meta.year - 1;
  return (
    <>
      <details className="nv-inputs" data-testid="nv-last-year">
        <summary>{lastYear}年决算数（上年数，用于同比）</summary>
        <div className="nv-input-grid">
          {LAST_YEAR_FIGURES.map((f) => (
            <AmountField key={f.key} label={f.label} stored={n.lastYear[f.key]} unit={unit} readOnly={readOnly} testId={`nv-last-${f.key}`} onCommit={(v) => onNarrative({ ...n, lastYear: setKey(n.lastYear, f.key, v) }, narrativeInputWords('lastYear', f.key))} />
          ))}
        </div>
      </details>
      <details className="nv-inputs" data-testid="nv-initial-budget">
        <summary>{filing.meta.year}年年初预算（按功能分类 类）</summary>
        <div className="nv-input-grid">
          <AmountField label="一般公共预算财政拨款年初预算合计" stored={n.initialBudget.total} unit={unit} readOnly={readOnly} testId="nv-budget-total" onCommit={(v) => onNarrative({ ...n, initialBudget: setKey(n.initialBudget, 'total', v) }, narrativeInputWords('initialBudget', 'total'))} />
          {FUNCTION_CLASSES.map((k) => (
            <AmountField key={k.code} label={`${k.code} ${k.name}`} stored={n.initialBudget[k.code]} unit={unit} readOnly={readOnly} testId={`nv-budget-${k.code}`} onCommit={(v) => onNarrative({ ...n, initialBudget: setKey(n.initialBudget, k.code, v) }, narrativeInputWords('initialBudget', k.code))} />
          ))}
        </div>
      </details>
      <details className="nv-inputs" data-testid="nv-facts">
        <summary>其他情况（出国团组、公务接待、中小企业合同、绩效自评项目数等）</summary>
        <div className="nv-input-grid">
          {FACT_FIELDS.map((f) =>
            f.kind === 'amount' ? (
              <AmountField key={f.key} label={f.label} stored={n.facts[f.key]} unit={unit} readOnly={readOnly} testId={`nv-fact-${f.key}`} onCommit={(v) => onNarrative({ ...n, facts: setKey(n.facts, f.key, v) }, narrativeInputWords('facts', f.key))} />
            ) : (
              <CountField key={f.key} label={f.label} stored={n.facts[f.key]} readOnly={readOnly} decimals={f.kind === 'score'} testId={`nv-fact-${f.key}`} onCommit={(v) => onNarrative({ ...n, facts: setKey(n.facts, f.key, v) }, narrativeInputWords('facts', f.key))} />
            ),
          )}
        </div>
      </details>
    </>
  );
}
