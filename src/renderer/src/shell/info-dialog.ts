// 使用说明 (F1) and 关于决算通: shown from the menu or the 帮助 button. Never over another dialog, whose
// caller waits for its answer; one info page replaces the other.
import { ui } from '../state/ui-store';
import type { InfoDialog } from '../state/ui-store';

export function showInfo(kind: InfoDialog['kind']): void {
  const open = ui.get().dialog;
  if (open?.kind === kind) return;
  if (open && open.kind !== 'help' && open.kind !== 'about') {
    ui.status('请先完成当前对话框。', 'error');
    return;
  }
  open?.resolve(null);
  void ui.ask<InfoDialog>({ kind });
}
