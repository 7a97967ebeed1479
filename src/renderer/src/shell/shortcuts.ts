// Global shortcuts, the unsaved-changes guard, the window title, and the menu's commands.
import type { DocStore } from '../state/doc-store';
import { ui } from '../state/ui-store';
import type { FileActions } from './file-actions';
import type { ExportActions } from './export-actions';
import { baseName } from './file-actions';
import { onMenu } from '../host';
import type { MenuEvent } from '../../../shared/host-api';
import { showInfo } from './info-dialog';

/** The text box typed in since it took the focus: its own Ctrl+Z undoes that typing. */
let typedIn: EventTarget | null = null;

function isTextInput(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || (t instanceof HTMLElement && t.isContentEditable);
}

/**
 * Carries out one command of the menu (the Electron menu, or a shortcut key). The switch is exhaustive: a
 * new MenuAction does not compile until it is handled here.
 */
export function runCommand(command: MenuEvent, store: DocStore, files: FileActions, exports: ExportActions): void {
  // Undo and redo say what they did (their message); an empty `done` means the result's own message.
  const report = (r: { ok: boolean; message?: string }, done: string) => ui.status(r.ok && done ? done : (r.message ?? ''), r.ok ? 'info' : 'error');
  const action = command.action;
  switch (action) {
    case 'new':
      void files.newFiling();
      return;
    case 'open':
      void files.openDialog();
      return;
    case 'open-recent':
      if (command.path) void files.openPath(command.path);
      return;
    case 'save':
      void files.save();
      return;
    case 'save-as':
      void files.saveAs();
      return;
    case 'undo':
      report(store.undo(), '');
      return;
    case 'redo':
      report(store.redo(), '');
      return;
    case 'export-xlsx':
      void exports.exportFile('xlsx');
      return;
    case 'export-pdf':
      void exports.exportFile('pdf');
      return;
    case 'package':
      void exports.packageSubmission();
      return;
    case 'import-xlsx':
      void exports.importXlsx();
      return;
    case 'close':
      // Goes through beforeunload, so unsaved changes are guarded as for the window's own close button.
      window.close();
      return;
    case 'start-page':
      store.setView('start');
      return;
    case 'help':
    case 'about':
      showInfo(action);
      return;
    default: {
      const unhandled: never = action;
      throw new Error(`未处理的菜单命令：${String(unhandled)}`);
    }
  }
}

/** The shortcut a key press means, if any (Ctrl or ⌘ with S, O, N, Z, Y; F1 alone). */
function shortcutOf(e: KeyboardEvent): MenuEvent | null {
  if (e.key === 'F1' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) return { action: 'help' };
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 's') return { action: e.shiftKey ? 'save-as' : 'save' };
  if (k === 'o') return { action: 'open' };
  if (k === 'n') return { action: 'new' };
  // In a text box being typed in (or a grid cell editor) Ctrl+Z/Y belong to the box; in a dialog to nothing.
  // In a form field not typed in since it was entered they undo the document, as after leaving a cell.
  const boxOwns = isTextInput(e.target) && (e.target === typedIn || (e.target instanceof HTMLElement && !!e.target.closest('.ag-root-wrapper')));
  if (boxOwns || ui.get().dialog) return null;
  if (k === 'z') return { action: e.shiftKey ? 'redo' : 'undo' };
  if (k === 'y') return { action: 'redo' };
  return null;
}

export function installShortcuts(store: DocStore, files: FileActions, exports: ExportActions): () => void {
  const onKey = (e: KeyboardEvent) => {
    const command = shortcutOf(e);
    if (!command) return;
    e.preventDefault();
    runCommand(command, store, files, exports);
  };
  const onInput = (e: Event) => {
    typedIn = e.target;
  };
  const onFocus = () => {
    typedIn = null;
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (store.get().dirty) {
      e.preventDefault();
      e.returnValue = '有未保存的修改';
    }
  };
  const updateTitle = () => {
    const s = store.get();
    const name = s.path ? baseName(s.path) : s.filing ? '未命名' : '起始页';
    document.title = `${s.dirty ? '• ' : ''}${name}${s.filing?.sample ? '（示例）' : ''} - 决算通`;
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('input', onInput, true);
  window.addEventListener('focusin', onFocus, true);
  window.addEventListener('beforeunload', onBeforeUnload);
  const unsubscribe = store.subscribe(updateTitle);
  updateTitle();
  const offMenu = onMenu((e: MenuEvent) => runCommand(e, store, files, exports));
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('input', onInput, true);
    window.removeEventListener('focusin', onFocus, true);
    window.removeEventListener('beforeunload', onBeforeUnload);
    unsubscribe();
    offMenu();
  };
}
