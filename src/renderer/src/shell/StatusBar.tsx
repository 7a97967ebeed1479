// Bottom bar: error, warning and 未核对 counts (always visible while a file is open), the 元/万元 switch, the last message.
import { useDoc, useStore } from '../state/use-doc';
import { ui, useUi } from '../state/ui-store';
import type { MoneyUnit } from '../../../shared/money/money';

export function StatusBar({ hostKind, onToggleFindings }: { hostKind: string; onToggleFindings: () => void }) {
  const doc = useDoc();
  const store = useStore();
  const { status } = useUi();
  const { errors, warnings, explained } = store.counts();
  const unit = doc.filing?.meta.unit ?? '元';

  const setUnit = (u: MoneyUnit) => {
    if (u === unit) return;
    const r = store.setUnit(u);
    ui.status(r.ok ? `金额单位已切换为${u}：显示和录入都按${u}。` : r.message, r.ok ? 'info' : 'error');
  };

  return (
    <footer className="status-bar" data-testid="status-bar">
      {/* Nothing open (the start page): no counts, which would read as "all passed". */}
      {doc.filing ? (
        <button type="button" className="status-counts" onClick={onToggleFindings} title="显示/隐藏审核结果" data-testid="status-counts">
          <span className={errors ? 'st-err' : 'st-ok'} data-testid="status-errors">
            ✖ 强制 {errors}
          </span>
          <span className={warnings ? 'st-warn' : 'st-ok'} data-testid="status-warnings">
            ⚠ 提示 {warnings}
            {warnings > 0 && `（已说明 ${explained}）`}
          </span>
          {doc.unchecked.length > 0 && (
            <span className="st-warn" data-testid="status-unchecked" title="这些审核公式读取的表文件中没有，未核对">
              ？ 未核对 {doc.unchecked.length}
            </span>
          )}
        </button>
      ) : (
        <span className="muted status-counts" data-testid="status-no-file">
          没有打开的文件
        </span>
      )}
      <label className="unit-switch">
        金额单位
        <select value={unit} onChange={(e) => setUnit(e.target.value as MoneyUnit)} disabled={!doc.filing || doc.readOnly} data-testid="unit-switch">
          <option value="元">元</option>
          <option value="万元">万元</option>
        </select>
      </label>
      <span className={`status-msg ${status?.kind === 'error' ? 'st-err' : ''}`} data-testid="status-message" role="status">
        {status?.text ?? ''}
      </span>
      <span className="muted status-host">{hostKind === 'browser' ? '浏览器模式' : '桌面版'}</span>
    </footer>
  );
}
