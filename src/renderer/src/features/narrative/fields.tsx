// Small inputs of the 情况说明 view: an amount typed in the filing's unit (stored in 元), a count, and a
// text slot; each keeps what is typed locally and hands it over when the field is left.
import { useState } from 'react';
import { useDraft } from '../../state/use-draft';
import { Decimal, formatForEdit, parseInUnit, toStored, withThousands } from '../../../../shared/money/money';
import type { MoneyUnit } from '../../../../shared/money/money';

function toEdit(stored: string | undefined, unit: MoneyUnit): string {
  if (stored === undefined || stored.trim() === '') return '';
  try {
    // With thousands separators, as the tables show amounts (typing them back in is accepted).
    return withThousands(formatForEdit(new Decimal(stored), unit));
  } catch {
    return stored;
  }
}

export function AmountField({ label, stored, unit, readOnly, testId, onCommit }: { label: string; stored: string | undefined; unit: MoneyUnit; readOnly: boolean; testId: string; onCommit(stored: string): void }) {
  const [text, setText] = useDraft(toEdit(stored, unit), [stored, unit]);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const r = parseInUnit(text, unit);
    if (!r.ok) {
      setError(`${label}：${r.reason}`);
      return;
    }
    setError(null);
    const next = r.value === null ? '' : toStored(r.value);
    if (next !== (stored ?? '')) onCommit(next);
  };
  return (
    <label>
      <span>{label}（{unit}）</span>
      <span>
        <input type="text" inputMode="decimal" value={text} disabled={readOnly} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
        {error && <span className="input-error" role="alert">{error}</span>}
      </span>
    </label>
  );
}

export function CountField({ label, stored, readOnly, testId, decimals = false, onCommit }: { label: string; stored: string | undefined; readOnly: boolean; testId: string; decimals?: boolean; onCommit(value: string): void }) {
  const [text, setText] = useDraft(stored ?? '', [stored]);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const t = text.trim();
    const ok = t === '' || (decimals ? /^\d+(\.\d{1,2})?$/ : /^\d+$/).test(t);
    if (!ok) {
      setError(`${label}：请填写${decimals ? '数字' : '整数'}`);
      return;
    }
    setError(null);
    if (t !== (stored ?? '')) onCommit(t);
  };
  return (
    <label>
      <span>{label}</span>
      <span>
        <input type="text" inputMode="numeric" value={text} disabled={readOnly} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
        {error && <span className="input-error" role="alert">{error}</span>}
      </span>
    </label>
  );
}

export function TextSlot({ label, value, readOnly, flagged, testId, onCommit }: { label: string; value: string; readOnly: boolean; flagged: string; testId: string; onCommit(text: string): void }) {
  const [text, setText] = useDraft(value);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <div className="nv-slot">
      <label>{label}</label>
      <textarea className={flagged} value={text} disabled={readOnly} aria-label={label} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} />
    </div>
  );
}
