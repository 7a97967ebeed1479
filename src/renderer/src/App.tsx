// The application shell: title bar and toolbar, navigation, the current view, the findings panel and the
// status bar; global shortcuts (Ctrl+S/O/N/Z/Y), the unsaved-changes guard and Electron menu actions.
import { useEffect, useMemo, useState } from 'react';
import type { HostApi, HostKind } from '../../shared/host-api';
import type { DocStore } from './state/doc-store';
import { StoreContext, useDoc } from './state/use-doc';
import { ui } from './state/ui-store';
import { FileActions } from './shell/file-actions';
import { ExportActions } from './shell/export-actions';
import { Header } from './shell/Header';
import { NavPane } from './shell/NavPane';
import { StatusBar } from './shell/StatusBar';
import { DialogHost } from './shell/DialogHost';
import { FilingInfo } from './shell/FilingInfo';
import { FindingsPanel } from './findings/FindingsPanel';
import { TableView } from './grid/TableView';
import { AbsentBanner } from './features/presence/AbsentBanner';
import { ExtraView } from './shell/ExtraView';
import { installShortcuts } from './shell/shortcuts';
import { startAutosave } from './shell/autosave';
import { PublishedPanel, usePublished } from './features/published/index';
import { SampleBanner, StartPage } from './features/start/index';

function CurrentView({ files, exports }: { files: FileActions; exports: ExportActions }) {
  const doc = useDoc();
  if (doc.view === 'start') return <StartPage files={files} />;
  if (!doc.filing || !doc.template) {
    return <div className="empty-view muted">正在打开…</div>;
  }
  const table = doc.template.tables.find((t) => t.id === doc.view);
  if (table) {
    return (
      <>
        <AbsentBanner id={table.id} name={table.number} />
        <TableView key={table.id} def={table} />
      </>
    );
  }
  return <ExtraView view={doc.view} files={files} exports={exports} fallback={<FilingInfo />} />;
}

export function App({ store, host }: { store: DocStore; host: HostApi }) {
  const files = useMemo(() => new FileActions(host, store, ui), [host, store]);
  const exports = useMemo(() => new ExportActions(host, store, ui, files), [host, store, files]);
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [hostKind, setHostKind] = useState<HostKind>('browser');
  const published = usePublished();

  useEffect(() => {
    void files.hostInfo().then((i) => setHostKind(i.kind)).catch(() => undefined);
    files.startup().catch((e: unknown) => void ui.alert('启动失败', e instanceof Error ? e.message : String(e)));
  }, [files]);

  useEffect(() => installShortcuts(store, files, exports), [store, files, exports]);
  useEffect(() => startAutosave(host, store), [host, store]);

  return (
    <StoreContext.Provider value={store}>
      <div className="app">
        <Header files={files} exports={exports} />
        <div className="app-main">
          <NavPane />
          <main className="content" data-testid="content">
            <SampleBanner files={files} />
            <CurrentView files={files} exports={exports} />
          </main>
          {findingsOpen && (published ? <PublishedPanel onClose={() => setFindingsOpen(false)} /> : <FindingsPanel onClose={() => setFindingsOpen(false)} />)}
        </div>
        <StatusBar hostKind={hostKind} onToggleFindings={() => setFindingsOpen((o) => !o)} />
        <DialogHost host={host} />
      </div>
    </StoreContext.Provider>
  );
}
