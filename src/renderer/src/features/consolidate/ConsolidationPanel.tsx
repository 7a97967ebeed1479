// On a 汇总 filing's 概况: its units, whether each unit file changed since the last consolidation, and
// 更新汇总 (rebuild from the unit files, keeping what was written on the 汇总 itself).
import { useEffect, useState } from 'react';
import Decimal from 'decimal.js';
import type { UnitChange } from '../../../../shared/consolidate/report';
import { PAIR_KINDS } from '../../../../shared/consolidate/types';
import { formatAmount } from '../../../../shared/money/money';
import { cellWords } from '../../../../shared/table/cell-name';
import type { FileActions } from '../../shell/file-actions';
import { ui } from '../../state/ui-store';
import { useDoc } from '../../state/use-doc';

const STATE: Record<UnitChange['state'], string> = { unchanged: '未变', changed: '已修改', missing: '无法读取' };
const PAIRS = { subsidy: '本级对附属单位补助支出 ↔ 所属单位上级补助收入', remit: '所属单位上缴上级支出 ↔ 本级附属单位上缴收入' };

export function ConsolidationPanel({ files }: { files: FileActions }) {
  const doc = useDoc();
  const c = doc.filing?.consolidation;
  const path = doc.path;
  const [seq, setSeq] = useState(0);
  // Answers are kept with what they were asked for, so a stale one (another file, a newer check, other
  // findings) is simply not shown.
  const [answer, setAnswer] = useState<{ c: unknown; seq: number; units: string[]; changes: UnitChange[] } | null>(null);
  const [traced, setTraced] = useState<{ findings: unknown; items: Array<{ message: string; where: string }> } | null>(null);
  useEffect(() => {
    if (!c || !path) return;
    void files.host.consolidationStatus(path).then((r) => r.ok && setAnswer({ c, seq, units: r.units, changes: r.changes }));
  }, [c, path, files, seq]);
  const status = answer && answer.c === c && answer.seq === seq ? answer : null;
  const trace = traced && traced.findings === doc.findings ? traced.items : null;
  if (!c) return null;
  const unit = doc.filing!.meta.unit;
  const update = async () => {
    if (!path || !status) return;
    if (doc.dirty) {
      ui.status('请先保存汇总文件，再更新汇总。', 'error');
      return;
    }
    const r = await files.host.consolidateUnits({ units: status.units, out: path });
    if (!r.ok) return void ui.alert('无法更新汇总', r.message);
    await files.openPath(path, { skipDirtyCheck: true });
    ui.status(`已按各单位文件重新汇总${r.notes.length ? '：' + r.notes.join('；') : '。'}`);
  };
  const showTrace = async () => {
    if (!path) return;
    // Each figure a finding names (up to four); the pair checks already name their units.
    const picked = doc.findings.filter((f) => f.cells.length > 0 && !f.rule.startsWith('HZ-')).slice(0, 120);
    const cells = picked.flatMap((f) => f.cells.slice(0, 4));
    const r = await files.host.consolidationTrace({ path, cells });
    if (!r.ok) return void ui.alert('无法查看来源', r.message);
    let at = 0;
    const findings = doc.findings;
    const template = doc.template;
    setTraced({
      findings,
      items: picked.map((f) => {
        const where = r.cells.slice(at, (at += Math.min(4, f.cells.length))).map((t) => {
          const parts = t.contributions.map((x) => `${x.unit} ${formatAmount(new Decimal(x.value), unit)}`);
          if (!new Decimal(t.adjustment).isZero()) parts.push(`调整 ${formatAmount(new Decimal(t.adjustment), unit)}`);
          // Named as the clerk reads the printed table (表二 2010101 行政运行 本年收入合计), not by internal ids.
          return `${cellWords(template, t.cell)}：${parts.join('；') || '各单位均无数'}`;
        });
        return { message: f.message, where: where.join('　') };
      }),
    });
  };
  const changed = status?.changes.filter((x) => x.state !== 'unchanged') ?? [];
  return (
    <section className="hz-panel" data-testid="hz-panel">
      <h3>汇总</h3>
      <p>本文件由 {c.units.length} 个单位的决算汇总而成（{c.at.slice(0, 16).replace('T', ' ')}）。</p>
      <ul>
        {c.units.map((u, i) => (
          <li key={u.path} data-testid="hz-panel-unit">
            {u.role === '本级' ? '本级' : '所属单位'}：{u.name}（{u.path}）{status ? `：${STATE[status.changes[i].state]}` : ''}
          </li>
        ))}
      </ul>
      {status && (
        <p data-testid="hz-changed">{changed.length ? `自上次汇总以来有 ${changed.length} 个单位文件有变化，请更新汇总。` : '自上次汇总以来各单位文件均未变化。'}</p>
      )}
      <ul>
        {PAIR_KINDS.map((k) => {
          const p = c.pairs[k];
          const diff = new Decimal(p.paid).minus(new Decimal(p.received));
          return (
            <li key={k}>
              {PAIRS[k]}：{formatAmount(new Decimal(p.paid), unit)} / {formatAmount(new Decimal(p.received), unit)}，抵销 {formatAmount(new Decimal(p.offset), unit)}
              {diff.isZero() ? '，已平' : `，差 ${formatAmount(diff.abs(), unit)}`}
            </li>
          );
        })}
      </ul>
      <div className="rv-actions">
        <button type="button" onClick={() => setSeq((n) => n + 1)} data-testid="hz-check" title="重新比较各单位文件与上次汇总时是否相同">
          检查单位文件
        </button>
        <button type="button" onClick={() => void update()} disabled={!status || doc.readOnly} data-testid="hz-update">
          更新汇总
        </button>
        <button type="button" onClick={() => void showTrace()} disabled={doc.findings.length === 0} data-testid="hz-trace" title="每个审核结果所涉数字由哪些单位的数字汇总而来">
          审核结果的来源
        </button>
      </div>
      {trace && (
        <ul data-testid="hz-trace-list">
          {trace.length === 0 && <li>没有需要追溯的审核结果。</li>}
          {trace.map((t, i) => (
            <li key={i} data-testid="hz-trace-item">
              {t.message}
              <div className="muted">来源（{t.where}）</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
