// 情况说明: the text generated from the tables (sections 一 to 十) with the clerk's reasons editable where
// they go, the charts inline, and the inputs no table holds. Every number is computed; only words are typed.
import { useMemo, useRef, useState } from 'react';
import type { Filing } from '../../../../shared/filing/types';
import { carryForward } from '../../../../shared/narrative/carry-forward';
import { slotLabel } from '../../../../shared/narrative/facts';
import { generateNarrative, narrativeChart } from '../../../../shared/narrative/generate';
import { REASON_SLOTS, slotChanged } from '../../../../shared/narrative/keys';
import type { NarrativeParagraph } from '../../../../shared/narrative/output';
import type { NarrativeInputs } from '../../../../shared/narrative/types';
import { FieldFlag, narrativeFindings, flagClass } from '../evaluation/FieldFlag';
import type { FeatureViewProps } from '../evaluation/props';
import { InputsPanel } from './InputsPanel';
import { TextSlot } from './fields';
import type { SlotFocusRequest } from './slot-focus';
import { useSlotFocus } from './slot-focus';
import '../evaluation/forms.css';

export interface NarrativeViewProps extends FeatureViewProps {
  /** Called with next year's filing (carryForward); the shell opens it as a new, unsaved document. */
  onCreateNextYear?(next: Filing): void;
  /** The reason slot to show with the cursor in it (an undo or redo of it, a finding on it). */
  focus?: SlotFocusRequest | null;
}

const REASON_SLOT_BY_KEY = new Map(REASON_SLOTS.map((s) => [s.slot, s]));

export function NarrativeView({ filing, value, findings, readOnly, onChange, onCreateNextYear, focus }: NarrativeViewProps) {
  const root = useRef<HTMLDivElement | null>(null);
  const focusedSlot = useSlotFocus(focus, root);
  const sections = useMemo(() => generateNarrative(filing, value), [filing, value]);
  const [showAllSlots, setShowAllSlots] = useState(false);
  const setNarrative = (narrative: NarrativeInputs, label: string, slot?: string) => onChange({ ...filing, narrative }, { label: `修改 情况说明 ${label}`, field: slot ? { kind: 'narrative', slot } : undefined });
  const setReason = (slot: string, text: string) => {
    const reasons = { ...filing.narrative.reasons };
    if (text.trim() === '') delete reasons[slot];
    else reasons[slot] = text;
    setNarrative({ ...filing.narrative, reasons }, slotLabel(slot), slot);
  };

  /** A slot is offered where a figure changed, where text exists, where a finding points, or when asked. */
  const offered = (slot: string): boolean => {
    if (showAllSlots || slot === focusedSlot || (filing.narrative.reasons[slot] ?? '').trim() !== '') return true;
    if (narrativeFindings(findings, slot).length > 0) return true;
    const rs = REASON_SLOT_BY_KEY.get(slot);
    if (rs) return slotChanged(rs, filing.narrative.lastYear, value);
    return slot.startsWith('use.class.');
  };

  const paragraph = (p: NarrativeParagraph, key: string) => (
    <div key={key}>
      {p.kind === 'heading' ? <div className="nv-heading">{p.text}</div> : <p className={p.kind}>{p.text}</p>}
      {p.slots.filter(offered).map((slot) => {
        const found = narrativeFindings(findings, slot);
        return (
          <div key={slot}>
            <TextSlot label={slotLabel(slot)} value={filing.narrative.reasons[slot] ?? ''} readOnly={readOnly} flagged={flagClass(found)} testId={`nv-slot-${slot}`} onCommit={(t) => setReason(slot, t)} />
            <FieldFlag found={found} testId="nv-flag" />
          </div>
        );
      })}
      {p.chart && (
        // Our own SVG, generated from numbers and fixed labels with text escaped (charts.ts): safe to inject.
        <div className="nv-chart" data-testid={`nv-chart-${p.chart}`} dangerouslySetInnerHTML={{ __html: narrativeChart(p.chart, filing, value) }} />
      )}
    </div>
  );

  return (
    <div className="nv" data-testid="nv-view" ref={root}>
      <div className="nv-toolbar">
        <h2>第三部分 情况说明</h2>
        <label>
          <input type="checkbox" checked={showAllSlots} onChange={(e) => setShowAllSlots(e.target.checked)} data-testid="nv-show-all" />
          显示全部可填写的原因和说明
        </label>
        {onCreateNextYear && (
          <button type="button" onClick={() => onCreateNextYear(carryForward(filing, value))} data-testid="nv-next-year" title="把本年数作为上年数、年末结转作为年初结转，新建下一年度的文件">
            生成{filing.meta.year + 1}年度文件
          </button>
        )}
      </div>
      <p className="pe-note">以下数字均由报表自动生成，不能手改；请在各段下方填写原因和说明，在下方表单中填写上年数、年初预算和其他情况。</p>
      <InputsPanel filing={filing} readOnly={readOnly} onNarrative={setNarrative} />
      {sections.map((s) => (
        <section key={s.number} data-testid={`nv-section-${s.number}`}>
          <h3>{s.number}、{s.title}</h3>
          {s.paragraphs.map((p, i) => paragraph(p, `${s.number}-${i}`))}
        </section>
      ))}
    </div>
  );
}
