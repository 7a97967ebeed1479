// 版本对比: the open filing against another saved version (.jsgk). The other file is read and released
// at once; nothing of it is kept open. Shows changed cells with old and new values, rows added and
// removed, metadata, explanations and review notes.
import { useMemo, useState } from 'react';
import type { Filing } from '../../../../shared/filing/types';
import { compareFilings } from '../../../../shared/review/compare';
import { getHost, isBrowserHost } from '../../host';
import { useDoc } from '../../state/use-doc';
import { ui } from '../../state/ui-store';
import { baseName, dirName } from '../../shell/file-actions';
import { changeOf, colText, evaluationLine, metaName, narrativeLine, noteLine, rowText, summary } from './compare-format';
import { findingKeyWords } from '../../../../shared/review/wording';
import { tableNumberOf } from './review-model';

async function pickOther(current: string | null): Promise<string | null> {
  const host = getHost();
  if (!isBrowserHost()) return host.pickPath({ mode: 'open', title: '选择要对比的版本', extensions: ['jsgk'] });
  const info = await host.info();
  return ui.choosePath({ mode: 'open', title: '选择要对比的版本', startDir: current ? dirName(current) : info.homeDir, extensions: ['jsgk'] });
}

export function CompareView() {
  const doc = useDoc();
  const [other, setOther] = useState<{ path: string; filing: Filing } | null>(null);
  const [otherIsOld, setOtherIsOld] = useState(true);
  const [busy, setBusy] = useState(false);
  const unit = doc.filing?.meta.unit ?? '元';
  const num = tableNumberOf(doc.template);

  const result = useMemo(() => {
    if (!other || !doc.filing) return null;
    const before = otherIsOld ? other.filing : doc.filing;
    const after = otherIsOld ? doc.filing : other.filing;
    const coded = (t: string) => doc.template?.tables.find((d) => d.id === t)?.kind !== 'fixed';
    return { before, after, c: compareFilings(before, after, coded) };
  }, [other, otherIsOld, doc.filing, doc.template]);

  const choose = async () => {
    const path = await pickOther(doc.path);
    if (!path) return;
    setBusy(true);
    const host = getHost();
    try {
      const r = await host.openFiling(path);
      if (!r.ok) {
        await ui.alert('无法读取要对比的文件', `${baseName(path)}：${r.message}`);
        return;
      }
      // Only read it: release the hold at once, unless it is the file this window has open.
      if (r.path !== doc.path) await host.closeFiling(r.path).catch(() => undefined);
      setOther({ path: r.path, filing: r.filing });
      ui.status(`已读取 ${baseName(r.path)} 用于对比（该文件未被打开或修改）。`);
    } catch (e) {
      await ui.alert('无法读取要对比的文件', `${baseName(path)}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const currentName = doc.path ? baseName(doc.path) : '当前文件（未保存）';
  const oldName = otherIsOld ? (other ? baseName(other.path) : '') : currentName;
  const newName = otherIsOld ? currentName : other ? baseName(other.path) : '';

  return (
    <section className="rv-compare" data-testid="compare-view">
      <div className="rv-actions">
        <button type="button" onClick={() => void choose()} disabled={busy || !doc.filing} data-testid="compare-pick">
          {other ? '换一个版本…' : '选择要对比的版本…'}
        </button>
        {other && (
          <button type="button" onClick={() => setOtherIsOld(!otherIsOld)} data-testid="compare-swap" title="交换新旧">
            ⇄ 交换新旧
          </button>
        )}
      </div>
      {!other && <p className="muted">选择同一部门另一个版本的 .jsgk 文件（例如送审前保存的副本），列出两个版本之间变化的单元格、增删的科目行和审阅意见。</p>}
      {result && (
        <>
          <p data-testid="compare-heading">
            旧版本：<strong>{oldName}</strong> → 新版本：<strong>{newName}</strong>
          </p>
          <p data-testid="compare-summary">{summary(result.c)}</p>
          {result.c.cells.length > 0 && (
            <>
              <h3>变化的单元格（{result.c.cells.length}）</h3>
              <table className="rv-table" data-testid="compare-cells">
                <thead>
                  <tr>
                    <th>表</th>
                    <th>行 / 科目</th>
                    <th>栏</th>
                    <th>旧值（{unit}）</th>
                    <th>新值（{unit}）</th>
                  </tr>
                </thead>
                <tbody>
                  {result.c.cells.map((c) => {
                    const v = changeOf(c, doc.template, unit);
                    return (
                      <tr key={`${c.table}|${c.row}|${c.col}`} data-testid="compare-cell" data-cell={`${c.table}|${c.row}|${c.col}`}>
                        <td>{num(c.table)}</td>
                        <td>{rowText(doc.template, c.table, c.row, doc.filing?.customCodes)}</td>
                        <td>{colText(doc.template, c.table, c.col)}</td>
                        <td className="rv-num" data-testid="compare-before">{v.before}</td>
                        <td className="rv-num" data-testid="compare-after">{v.after}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
          {(result.c.rowsAdded.length > 0 || result.c.rowsRemoved.length > 0) && (
            <>
              <h3>增删的科目</h3>
              <ul data-testid="compare-rows">
                {result.c.rowsAdded.map((r) => (
                  <li key={`+${r.table}${r.row}`}>＋ 新增 {num(r.table)} {rowText(doc.template, r.table, r.row, doc.filing?.customCodes)}</li>
                ))}
                {result.c.rowsRemoved.map((r) => (
                  <li key={`-${r.table}${r.row}`}>－ 删除 {num(r.table)} {rowText(doc.template, r.table, r.row, doc.filing?.customCodes)}</li>
                ))}
              </ul>
            </>
          )}
          {result.c.meta.length > 0 && (
            <>
              <h3>基本信息</h3>
              <ul>
                {result.c.meta.map((m) => (
                  <li key={m.field}>
                    {metaName(m.field)}：{m.before} → {m.after}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.c.explanations.length > 0 && (
            <>
              <h3>出错说明</h3>
              <ul>
                {result.c.explanations.map((x) => (
                  <li key={x.key}>
                    {findingKeyWords(x.key, doc.template ?? undefined, doc.findings)}：{x.before ?? '（无）'} → {x.after ?? '（删除）'}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.c.evaluations.length > 0 && (
            <>
              <h3>绩效自评表</h3>
              <ul data-testid="compare-evaluations">
                {result.c.evaluations.map((e) => <li key={e.id}>{evaluationLine(e)}</li>)}
              </ul>
            </>
          )}
          {result.c.narrative.length > 0 && (
            <>
              <h3>情况说明的填写内容</h3>
              <ul data-testid="compare-narrative">
                {result.c.narrative.map((n) => <li key={`${n.section}|${n.key}`}>{narrativeLine(n, unit)}</li>)}
              </ul>
            </>
          )}
          {result.c.notesAdded.length + result.c.notesChanged.length + result.c.notesRemoved.length > 0 && (
            <>
              <h3>审阅意见</h3>
              <ul data-testid="compare-notes">
                {result.c.notesAdded.map((id) => (
                  <li key={`a${id}`}>新增：{noteLine(id, result.before, result.after)}</li>
                ))}
                {result.c.notesChanged.map((id) => (
                  <li key={`c${id}`}>有变化（答复或状态）：{noteLine(id, result.before, result.after)}</li>
                ))}
                {result.c.notesRemoved.map((id) => (
                  <li key={`r${id}`}>已删除：{noteLine(id, result.before, result.after)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
