// 审阅: the notes, the printable review report and the comparison of two versions, as three tabs.
import { useState } from 'react';
import { useDoc } from '../../state/use-doc';
import { ReviewPanel } from './ReviewPanel';
import { ReportView } from './ReportView';
import { CompareView } from './CompareView';
import './review.css';

type Tab = 'notes' | 'report' | 'compare';

const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'notes', label: '审阅意见' },
  { id: 'report', label: '审核报告（打印）' },
  { id: 'compare', label: '版本对比' },
];

export function ReviewPage() {
  const doc = useDoc();
  const [tab, setTab] = useState<Tab>('notes');
  if (!doc.filing) return null;
  return (
    <div className="rv-page">
      <h2>审阅</h2>
      <div className="rv-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'active' : ''} onClick={() => setTab(t.id)} data-testid={`review-tab-${t.id}`}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'notes' && <ReviewPanel />}
      {tab === 'report' && <ReportView />}
      {tab === 'compare' && <CompareView />}
    </div>
  );
}
