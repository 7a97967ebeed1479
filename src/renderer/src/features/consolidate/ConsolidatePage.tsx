// 汇总 from units: choose the unit files (the first is the 本级), then where to save the department's file;
// the host sums them, offsets the internal 补助/上缴 and saves, and the result opens like any filing.
import type { FileActions } from '../../shell/file-actions';
import { pickPath } from '../../shell/pick-path';
import { useStore } from '../../state/use-doc';
import { consolidation, useConsolidation } from './consolidate-store';

const base = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function ConsolidatePage({ files }: { files: FileActions }) {
  const s = useConsolidation();
  const store = useStore();
  const add = async () => {
    const path = await pickPath(files, { mode: 'open', title: s.units.length ? '添加所属单位的文件' : '选择本级的文件', ext: 'jsgk', near: s.units.at(-1) ?? store.get().path });
    if (path) consolidation.add(path);
  };
  const run = async () => {
    const out = await pickPath(files, { mode: 'save', title: '汇总文件保存为', ext: 'jsgk', near: s.units[0], defaultName: '部门汇总.jsgk' });
    if (!out) return;
    consolidation.set({ busy: true, error: null });
    try {
      const r = await files.host.consolidateUnits({ units: s.units, out: out.endsWith('.jsgk') ? out : `${out}.jsgk` });
      if (!r.ok) {
        consolidation.set({ error: r.message });
        return;
      }
      if (await files.openPath(r.path)) {
        store.setView('overview');
        consolidation.set({ units: [] });
      }
    } finally {
      consolidation.set({ busy: false });
    }
  };
  return (
    <div className="hz-page" data-testid="view-consolidate">
      <h2>汇总：由各单位的决算生成部门决算</h2>
      <p className="muted">第一个文件是本级，其余是所属单位。汇总表是各单位之和；本级对附属单位补助支出与所属单位上级补助收入、所属单位上缴上级支出与本级附属单位上缴收入相互抵销，抵销数作为调整列出。</p>
      <ol className="hz-units" data-testid="hz-units">
        {s.units.map((u, i) => (
          <li key={u} data-testid="hz-unit">
            <span>{i === 0 ? '本级' : '所属单位'}：</span>
            <span title={u}>{base(u)}</span>
            {i > 0 && (
              <button type="button" className="link" onClick={() => consolidation.first(u)}>
                设为本级
              </button>
            )}
            <button type="button" className="link" onClick={() => consolidation.remove(u)}>
              移除
            </button>
          </li>
        ))}
      </ol>
      <div className="rv-actions">
        <button type="button" onClick={() => void add()} data-testid="hz-add">
          {s.units.length ? '添加所属单位文件…' : '选择本级文件…'}
        </button>
        <button type="button" disabled={s.units.length < 2 || s.busy} onClick={() => void run()} data-testid="hz-run">
          {s.busy ? '正在汇总…' : '汇总并保存为…'}
        </button>
      </div>
      {s.error && (
        <p className="dk-error" role="alert" data-testid="hz-error">
          {s.error}
        </p>
      )}
    </div>
  );
}
