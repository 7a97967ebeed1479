// 绩效指标: 一级 | 二级 | 三级 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 | 自评得分 (scored per 一级指标,
// as the seed's forms do), with rows added, removed and reordered within their 一级指标.
import type { Evaluation, Indicator } from '../../../../shared/evaluation/types';
import { EVALUATION_WEIGHTS } from '../../../../shared/evaluation/scoring';
import { LEVEL2_OPTIONS, moveIndicator, newIndicator } from '../../../../shared/evaluation/edit';
import { badScoreIndicator, scoresPerIndicator, withLevelSums } from '../../../../shared/evaluation/mof';
import type { Finding } from '../../../../shared/rules/types';
import { FieldFlag, evaluationFindings, flagClass } from './FieldFlag';

interface Props {
  ev: Evaluation;
  findings: readonly Finding[];
  readOnly: boolean;
  onChange(next: Evaluation): void;
}

const TEXT_FIELDS: Array<{ key: 'name' | 'target' | 'actual' | 'shortfallReason'; label: string }> = [
  { key: 'name', label: '三级指标' },
  { key: 'target', label: '年度指标值' },
  { key: 'actual', label: '全年完成值' },
  { key: 'shortfallReason', label: '未完成原因和改进措施' },
];

const SCORE_FIELDS: Array<{ key: 'weight' | 'score'; label: string }> = [
  { key: 'weight', label: '分值' },
  { key: 'score', label: '得分' },
];

export function IndicatorTable({ ev, findings, readOnly, onChange: change }: Props) {
  // A form scored per indicator (the MOF form) prints each row's 分值/得分 and no level score: the level score
  // is their sum, kept so by every change, as re-import computes it.
  const perIndicator = scoresPerIndicator(ev);
  const onChange = (next: Evaluation) => change(perIndicator ? withLevelSums(next) : next);
  const setIndicator = (id: string, patch: Partial<Indicator>) =>
    onChange({ ...ev, indicators: ev.indicators.map((i) => (i.id === id ? { ...i, ...patch } : i)) });
  const add = (level1: string) => {
    const ind = { ...newIndicator(ev, level1), ...(perIndicator ? { weight: '', score: '' } : {}) };
    // Insert after the last indicator of the same level so the group stays together.
    const last = ev.indicators.map((i) => i.level1).lastIndexOf(level1);
    const list = [...ev.indicators];
    list.splice(last === -1 ? list.length : last + 1, 0, ind);
    onChange({ ...ev, indicators: list });
  };
  const remove = (id: string) => onChange({ ...ev, indicators: ev.indicators.filter((i) => i.id !== id) });

  return (
    <table className="pe-table" data-testid="pe-indicators">
      <colgroup>
        {/* 一级 and 操作 fixed, 二级 wide enough for its longest option (经济效益指标), 得分 for "50.00". */}
        <col style={{ width: '5.5em' }} />
        <col style={{ width: perIndicator ? '8.5em' : '11.5em' }} />
        <col />
        <col style={{ width: perIndicator ? '8%' : '10%' }} />
        <col style={{ width: perIndicator ? '8%' : '10%' }} />
        <col style={{ width: perIndicator ? '12%' : '16%' }} />
        {/* 分值 and 得分 per row (the MOF form) take room from the text columns, not from 三级指标. */}
        {perIndicator && <><col style={{ width: '3.8em' }} /><col style={{ width: '3.8em' }} /></>}
        <col style={{ width: '5.5em' }} />
        <col style={{ width: '6.5em' }} />
      </colgroup>
      <thead>
        <tr>
          <th>一级指标</th>
          <th>二级指标</th>
          {TEXT_FIELDS.map((f) => <th key={f.key}>{f.label}</th>)}
          {perIndicator && SCORE_FIELDS.map((f) => <th key={f.key}>{f.label}</th>)}
          <th>{perIndicator ? '小计' : '自评得分'}</th>
          <th>操作</th>
        </tr>
      </thead>
      <tbody>
        {EVALUATION_WEIGHTS.levels.map((level) => {
          const rows = ev.indicators.filter((i) => i.level1 === level.name);
          const span = rows.length + 1;
          const scoreFound = evaluationFindings(findings, ev.id, `levelScores.${level.name}`);
          const levelHead = (
            <>
              <th rowSpan={span} className="pe-level">{level.name}<br />（{level.max}分）</th>
            </>
          );
          // PE-2/PE-4 on the level score point to the 得分 that is not a number, else to the (summed) level score.
          const badRow = perIndicator ? badScoreIndicator(ev, level.name) : undefined;
          const scoreCell = (
            <td rowSpan={span} className={perIndicator ? 'num computed' : 'num'}>
              <input
                type="text"
                inputMode="decimal"
                className={`num ${flagClass(scoreFound)}`}
                value={ev.levelScores[level.name] ?? ''}
                disabled={readOnly}
                readOnly={perIndicator}
                title={perIndicator ? '各指标得分之和，不能直接修改' : undefined}
                aria-label={`${level.name}自评得分`}
                data-testid={`pe-level-score-${level.name}`}
                data-field={badRow ? undefined : `levelScores.${level.name}`}
                onChange={(e) => onChange({ ...ev, levelScores: { ...ev.levelScores, [level.name]: e.target.value } })}
              />
              <FieldFlag found={scoreFound} />
            </td>
          );
          return [
            ...rows.map((ind, i) => {
              const found = evaluationFindings(findings, ev.id, `indicators.${ind.id}`);
              return (
                <tr key={ind.id} data-testid="pe-indicator-row">
                  {i === 0 && levelHead}
                  <td>
                    <select value={ind.level2} disabled={readOnly} onChange={(e) => setIndicator(ind.id, { level2: e.target.value })} aria-label="二级指标">
                      {[...new Set([...(LEVEL2_OPTIONS[level.name] ?? []), ind.level2])].filter(Boolean).map((o) => <option key={o}>{o}</option>)}
                    </select>
                  </td>
                  {TEXT_FIELDS.map((f) => (
                    <td key={f.key}>
                      <input
                        type="text"
                        value={ind[f.key]}
                        disabled={readOnly}
                        aria-label={f.label}
                        className={f.key === 'shortfallReason' ? flagClass(found) : ''}
                        data-testid={`pe-ind-${f.key}`}
                        data-field={f.key === 'shortfallReason' ? `indicators.${ind.id}` : undefined}
                        data-step={`indicators.${ind.id}.${f.key}`}
                        onChange={(e) => setIndicator(ind.id, { [f.key]: e.target.value })}
                      />
                      {f.key === 'shortfallReason' && <FieldFlag found={found} />}
                    </td>
                  ))}
                  {perIndicator && SCORE_FIELDS.map((f) => {
                    // PE-5: a 得分 above its own 分值 (or a 分值 missing) flags the field it names.
                    const scoreFlags = evaluationFindings(findings, ev.id, `indicators.${ind.id}.${f.key}`);
                    return (
                      <td key={f.key}>
                        <input
                          type="text"
                          inputMode="decimal"
                          className={`num ${flagClass(scoreFlags)}`.trim()}
                          value={ind[f.key] ?? ''}
                          disabled={readOnly}
                          aria-label={`${ind.name}${f.label}`}
                          data-testid={`pe-ind-${f.key}`}
                          data-field={f.key === 'score' && badRow?.id === ind.id ? `levelScores.${level.name}` : undefined}
                          data-step={`indicators.${ind.id}.${f.key}`}
                          onChange={(e) => setIndicator(ind.id, { [f.key]: e.target.value })}
                        />
                        <FieldFlag found={scoreFlags} />
                      </td>
                    );
                  })}
                  {i === 0 && scoreCell}
                  <td>
                    <div className="pe-actions">
                      <button type="button" className="fv-small" title="上移" disabled={readOnly || i === 0} onClick={() => onChange(moveIndicator(ev, ind.id, -1))}>↑</button>
                      <button type="button" className="fv-small" title="下移" disabled={readOnly || i === rows.length - 1} onClick={() => onChange(moveIndicator(ev, ind.id, 1))}>↓</button>
                      <button type="button" className="fv-small" title="删除此指标" disabled={readOnly} onClick={() => remove(ind.id)} data-testid="pe-ind-remove">✕</button>
                    </div>
                  </td>
                </tr>
              );
            }),
            <tr key={`${level.name}-add`}>
              {rows.length === 0 && levelHead}
              <td colSpan={perIndicator ? 7 : 5}>
                <button type="button" className="fv-small" disabled={readOnly} onClick={() => add(level.name)} data-testid={`pe-add-indicator-${level.name}`}>
                  ＋ 添加{level.name}
                </button>
              </td>
              {rows.length === 0 && scoreCell}
              <td />
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
