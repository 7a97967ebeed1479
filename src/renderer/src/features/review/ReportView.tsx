// 审核报告: findings with the clerk's explanations and the review notes, shown in an in-app frame (the
// page is built from the filing alone; nothing is loaded from outside) and printed from there.
import { useMemo, useRef } from 'react';
import { reviewReportHtml } from '../../../../shared/review/report';
import { useDoc } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { formatTime } from './review-model';
import { printThrough } from '../print/index';
import { getHost } from '../../host';

export function ReportView() {
  const doc = useDoc();
  const frame = useRef<HTMLIFrameElement | null>(null);
  const html = useMemo(
    () => (doc.filing ? reviewReportHtml(doc.filing, [...doc.findings], { template: doc.template ?? undefined, generatedAt: formatTime(new Date().toISOString()), unchecked: doc.unchecked }) : ''),
    [doc.filing, doc.findings, doc.template, doc.unchecked],
  );
  const print = () => {
    const w = frame.current?.contentWindow;
    if (!w) {
      ui.status('审核报告还没有显示出来，请稍候再点“打印”。', 'error');
      return;
    }
    void printThrough(getHost(), html, '审核报告', () => {
      w.focus();
      w.print();
    });
  };
  return (
    <section className="rv-report" data-testid="review-report">
      <div className="rv-actions">
        <button type="button" onClick={print} data-testid="review-report-print">
          打印审核报告
        </button>
        <span className="muted">报告包括审核结果、出错说明和审阅意见；在打印对话框中可选择“另存为 PDF”。</span>
      </div>
      {/* No scripts run inside: allow-same-origin only so the app can call print() on it. */}
      <iframe ref={frame} title="审核报告" className="rv-report-frame" sandbox="allow-same-origin allow-modals" srcDoc={html} data-testid="review-report-frame" />
    </section>
  );
}
