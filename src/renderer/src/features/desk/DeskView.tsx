// 审阅台: every filing of a folder in one table (单位, 模板, 年度, 强制, 提示 已说明/未说明, 未核对,
// 审阅意见 未解决/已解决, state), sortable by its headers and filterable; a progress bar with 取消 while
// the host reads. Clicking a row opens that filing read-only (审阅模式); the open filing's row follows it.
import type { DeskScanRow } from '../../../../shared/host-api';
import { useDoc } from '../../state/use-doc';
import type { SortKey } from './desk-table';
import { liveRow, visibleRows } from './desk-table';
import { desk, useDesk } from './desk-store';
import { getHost } from '../../host';
import './desk.css';

const COLUMNS: Array<{ key: SortKey; label: string; num?: boolean }> = [
  { key: 'file', label: '文件' },
  { key: 'unit', label: '单位' },
  { key: 'template', label: '模板' },
  { key: 'year', label: '年度', num: true },
  { key: 'errors', label: '强制', num: true },
  { key: 'warnings', label: '提示 已说明/未说明', num: true },
  { key: 'unchecked', label: '未核对', num: true },
  { key: 'notesOpen', label: '审阅意见 未解决/已解决', num: true },
  { key: 'state', label: '状态' },
];

const STATES = ['', '未通过', '待说明', '通过', '无法读取'] as const;

function Cells({ r }: { r: DeskScanRow }) {
  if (r.state === '无法读取') {
    return (
      <>
        <td colSpan={7} className="dk-reason" data-testid="desk-reason">
          {r.reason}
        </td>
        <td data-testid="desk-state">{r.state}</td>
      </>
    );
  }
  return (
    <>
      <td>
        {r.unit}
        {r.consolidated && <span className="dk-tag">汇总</span>}
      </td>
      <td>{r.template}</td>
      <td className="dk-num">{r.year}</td>
      <td className="dk-num" data-testid="desk-errors">{r.errors}</td>
      <td className="dk-num" data-testid="desk-warnings">
        {r.warnings}（{r.explained}/{r.unexplained}）
      </td>
      <td className="dk-num">{r.unchecked}</td>
      <td className="dk-num" data-testid="desk-notes">
        {r.notesOpen}/{r.notesResolved}
      </td>
      <td data-testid="desk-state" className={`dk-state dk-${r.state}`}>
        {r.state}
      </td>
    </>
  );
}

export function DeskView() {
  const d = useDesk();
  const doc = useDoc();
  const rows = d.rows.map((r) => (doc.path === r.path && doc.filing && doc.template ? liveRow(r, doc.filing, doc.template, doc.findings, doc.unchecked) : r));
  const shown = visibleRows(rows, d.view);
  const count = (s: DeskScanRow['state']) => rows.filter((r) => r.state === s).length;
  return (
    <div className="dk-page" data-testid="view-desk">
      <h2>审阅台</h2>
      {d.folder === null ? (
        <p className="muted">用“审阅 → 打开文件夹…”选择一个文件夹：其中（含子文件夹）的每个 .jsgk、.xlsx 文件和已公开的 PDF（或其文字稿 .txt）都会在此列出并审核。</p>
      ) : (
        <p data-testid="desk-folder">
          文件夹：{d.folder}　共 {d.total} 个文件：未通过 {count('未通过')}，待说明 {count('待说明')}，通过 {count('通过')}，无法读取 {count('无法读取')}
          {d.cancelled && <strong className="dk-cancelled">（已取消，只列出了已审核的文件）</strong>}
          {!d.running && (
            <>
              <button type="button" className="dk-rescan" onClick={() => void desk.scan(getHost(), d.folder!)} data-testid="desk-rescan" title="重新读取文件夹中的全部文件">
                重新读取
              </button>
              <button type="button" onClick={() => void desk.exportReports(getHost())} data-testid="desk-export" title="汇总表（Excel 和 PDF）及每个文件的检查表">
                导出汇总表…
              </button>
            </>
          )}
        </p>
      )}
      {d.running && (
        <div className="dk-progress" data-testid="desk-progress">
          <progress max={100} value={d.running.percent} />
          <span>{d.running.stage}</span>
          <button type="button" onClick={() => desk.cancel(getHost())} data-testid="desk-cancel">
            取消
          </button>
        </div>
      )}
      {d.error && <p className="dk-error" role="alert">{d.error}</p>}
      {d.exported && (
        <p data-testid="desk-exported">
          已生成：{d.exported.join('、')}
        </p>
      )}
      {d.rows.length > 0 && (
        <div className="dk-filter">
          <label>
            筛选
            <input value={d.view.text} onChange={(e) => desk.setView({ text: e.target.value })} placeholder="文件、单位或模板" data-testid="desk-filter" />
          </label>
          <label>
            状态
            <select value={d.view.state} onChange={(e) => desk.setView({ state: e.target.value as (typeof STATES)[number] })} data-testid="desk-state-filter">
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {s || '全部'}
                </option>
              ))}
            </select>
          </label>
          <span className="muted">显示 {shown.length} / {rows.length}</span>
        </div>
      )}
      {d.rows.length > 0 && (
        <div className="dk-scroll">
          <table className="dk-table" data-testid="desk-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} aria-sort={d.view.sort === c.key ? (d.view.desc ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="link" onClick={() => desk.sortBy(c.key)} data-testid={`desk-sort-${c.key}`}>
                      {c.label}
                      {d.view.sort === c.key ? (d.view.desc ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.path} data-testid="desk-row" data-file={r.file} className={doc.path === r.path ? 'dk-current' : undefined}>
                  <td>
                    {r.state === '无法读取' ? (
                      r.file
                    ) : (
                      <button type="button" className="link" onClick={() => void desk.open(r.path)} data-testid="desk-open" title="以审阅方式（只读）打开">
                        {r.file}
                      </button>
                    )}
                  </td>
                  <Cells r={r} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
