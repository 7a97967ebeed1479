// Global shortcuts, the unsaved-changes guard, the window title, and Electron menu actions.
import type { DocStore } from '../state/doc-store';
import { ui } from '../state/ui-store';
import type { FileActions } from './file-actions';
import type { ExportActions } from './export-actions';
import { baseName } from './file-actions';
import { onMenu } from '../host';
import type { MenuEvent } from '../../../shared/host-api';


function isTextInput(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || (t instanceof HTMLElement && t.isContentEditable);
}

export function runCommand(action: string, store: DocStore, files: FileActions, exports: ExportActions): void {
  const report = (r: { ok: boolean; message?: string }, done: string) => ui.status(r.ok ? done : (r.message ?? ''), r.ok ? 'info' : 'error');
  switch (action) {
    case 'new':
      void files.newFiling();
      break;
    case 'open':
      void files.openDialog();
      break;
    case 'save':
      void files.save();
      break;
    case 'saveAs':
    case 'save-as':
      void files.saveAs();
      break;
    case 'undo':
      report(store.undo(), '已撤销。');
      break;
    case 'redo':
      report(store.redo(), '已恢复。');
      break;
    case 'sample':
      void files.openSample();
      break;
    case 'export-xlsx':
      void exports.exportFile('xlsx');
      break;
    case 'export-pdf':
      void exports.exportFile('pdf');
      break;
    case 'package':
      void exports.packageSubmission();
      break;
    case 'import-xlsx':
      void exports.importXlsx();
      break;
    case 'close':
      // Goes through beforeunload, so unsaved changes are guarded as for the window's own close button.
      window.close();
      break;
    default:
      if (action.startsWith('open:')) void files.openPath(action.slice(5));
  }
}

export function installShortcuts(store: DocStore, files: FileActions, exports: ExportActions): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    let action: string | null = null;
    if (k === 's') action = e.shiftKey ? 'saveAs' : 'save';
    else if (k === 'o') action = 'open';
    else if (k === 'n') action = 'new';
    else if (!isTextInput(e.target) && !ui.get().dialog) {
      if (k === 'z') action = e.shiftKey ? 'redo' : 'undo';
      else if (k === 'y') action = 'redo';
    }
    if (!action) return;
    e.preventDefault();
    runCommand(action, store, files, exports);
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (store.get().dirty) {
      e.preventDefault();
      e.returnValue = '有未保存的修改';
    }
  };
  const updateTitle = () => {
    const s = store.get();
    const name = s.path ? baseName(s.path) : '未命名';
    document.title = `${s.dirty ? '• ' : ''}${name} - 决算通`;
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', onBeforeUnload);
  const unsubscribe = store.subscribe(updateTitle);
  updateTitle();
  const offMenu = onMenu((e: MenuEvent) => runCommand(e.action === 'open-recent' && e.path ? `open:${e.path}` : e.action, store, files, exports));
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('beforeunload', onBeforeUnload);
    unsubscribe();
    offMenu();
  };
}
