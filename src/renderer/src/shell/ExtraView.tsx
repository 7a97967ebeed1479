// The views other than tables: 概况 (基本信息 + the overview feature), 绩效自评, 情况说明.
import type { ReactNode } from 'react';
import { EvaluationPage } from '../features/evaluation/index';
import { NarrativePage } from '../features/narrative/index';
import { OverviewPage } from '../features/overview/index';
import { ReviewPage } from '../features/review/index';
import { DeskView } from '../features/desk/index';
import { ConsolidatePage, ConsolidationPanel } from '../features/consolidate/index';
import type { FileActions } from './file-actions';
import type { ExportActions } from './export-actions';
import { RulesView } from '../features/rules/index';
import { AbsentBanner } from '../features/presence/AbsentBanner';

export function ExtraView({ view, files, exports, fallback }: { view: string; files: FileActions; exports: ExportActions; fallback: ReactNode }) {
  if (view === 'rules') return <RulesView onExport={() => void exports.exportFindings()} />;
  if (view === 'evaluation') {
    return (
      <div className="feature-view" data-testid="view-evaluation">
        <AbsentBanner id="PE" name="项目支出绩效自评表" />
        <EvaluationPage />
      </div>
    );
  }
  if (view === 'review') {
    return (
      <div className="feature-view" data-testid="view-review">
        <ReviewPage />
      </div>
    );
  }
  if (view === 'desk') return <DeskView />;
  if (view === 'consolidate') return <ConsolidatePage files={files} />;
  if (view === 'narrative') {
    return (
      <div className="feature-view" data-testid="view-narrative">
        <NarrativePage onCreateNextYear={(next) => void files.openNextYear(next)} />
      </div>
    );
  }
  return (
    <div className="feature-view" data-testid="view-overview">
      {fallback}
      <ConsolidationPanel files={files} />
      <OverviewPage />
    </div>
  );
}
