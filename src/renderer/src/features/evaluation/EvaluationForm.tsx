// One 项目支出绩效自评表, laid out like the printed form. Typing changes a local draft, so 执行率, the
// suggested score, 总分 and 等级 follow every keystroke; the draft goes to the filing (and the rule engine)
// when the field is left or typing pauses.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Evaluation, Evaluator, FundingBySource } from '../../../../shared/evaluation/types';
import { EVALUATION_WEIGHTS, formatScore, scoreEvaluation } from '../../../../shared/evaluation/scoring';
import type { Finding } from '../../../../shared/rules/types';
import { FieldFlag, evaluationFindings, flagClass } from './FieldFlag';
import { FundingRows } from './FundingRows';
import { SourceRows } from './SourceRows';
import { isMofForm, setSourceAmount } from '../../../../shared/evaluation/mof';
import { IndicatorTable } from './IndicatorTable';

interface Props {
  ev: Evaluation;
  findings: readonly Finding[];
  readOnly: boolean;
  onCommit(next: Evaluation): void;
}

const COMMIT_DELAY_MS = 600;

type TextKey = 'name' | 'manager' | 'phone' | 'department' | 'implementer' | 'period' | 'evaluationYear' | 'goalOutput' | 'goalEffect' | 'conclusion' | 'experience' | 'problems' | 'filledBy' | 'filledPhone' | 'filledDate';

export function EvaluationForm({ ev, findings, readOnly, onCommit }: Props) {
  const [draft, setDraft] = useState(ev);
  const committed = useRef(ev);
  // The draft as last set, read by blur and the pause: an undo that moves the focus blurs this form before
  // the render with the restored form, and must not commit the undone draft back.
  const latest = useRef(ev);
  // The latest onCommit: a commit after a pause must not write into an older filing.
  const onCommitRef = useRef(onCommit);
  useLayoutEffect(() => {
    onCommitRef.current = onCommit;
  }, [onCommit]);
  useEffect(() => {
    if (ev !== committed.current) {
      committed.current = ev;
      latest.current = ev;
      setDraft(ev);
    }
  }, [ev]);

  const commit = (next: Evaluation) => {
    if (next !== committed.current) {
      committed.current = next;
      onCommitRef.current(next);
    }
  };
  useEffect(() => {
    if (draft === committed.current) return;
    const t = setTimeout(() => commit(latest.current), COMMIT_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft]);

  /** Typing: the draft only (committed on blur or pause). */
  const edit = (next: Evaluation) => {
    latest.current = next;
    setDraft(next);
  };
  /** Rows added, removed or moved: straight to the filing. */
  const restructure = (next: Evaluation) => {
    latest.current = next;
    setDraft(next);
    commit(next);
  };

  const s = scoreEvaluation(draft);
  const text = (key: TextKey, label: string, multiline = false) => {
    const props = {
      value: draft[key],
      disabled: readOnly,
      'aria-label': label,
      'data-testid': `pe-${key}`,
      'data-field': key,
      onChange: (e: { target: { value: string } }) => edit({ ...draft, [key]: e.target.value }),
    };
    return multiline ? <textarea {...props} /> : <input type="text" {...props} />;
  };
  const goal = (key: 'expected' | 'actual', label: string) => (
    <textarea
      value={draft.annualGoal?.[key] ?? ''}
      disabled={readOnly}
      aria-label={label}
      data-testid={`pe-annualGoal-${key}`}
      data-field={`annualGoal.${key}`}
      onChange={(e) => edit({ ...draft, annualGoal: { expected: '', actual: '', ...draft.annualGoal, [key]: e.target.value } })}
    />
  );
  const setFunding = (kind: 'budget' | 'received' | 'spent', patch: Partial<FundingBySource>) => edit({ ...draft, [kind]: { ...draft[kind], ...patch } });
  const setEvaluator = (i: number, patch: Partial<Evaluator>) => edit({ ...draft, evaluators: draft.evaluators.map((e, k) => (k === i ? { ...e, ...patch } : e)) });
  const execFound = evaluationFindings(findings, draft.id, `executionScore`);

  return (
    <form className="pe-form" data-testid="pe-form" onSubmit={(e) => e.preventDefault()} onBlur={() => commit(latest.current)}>
      <h2 className="fv-title">项目支出绩效自评表</h2>
      <table className="pe-table">
        <colgroup>
          <col style={{ width: '16%' }} /><col style={{ width: '17%' }} /><col style={{ width: '16%' }} /><col style={{ width: '17%' }} /><col style={{ width: '16%' }} /><col style={{ width: '18%' }} />
        </colgroup>
        <tbody>
          <tr><th>项目名称</th><td colSpan={5}>{text('name', '项目名称')}</td></tr>
          <tr><th>项目负责人</th><td colSpan={2}>{text('manager', '项目负责人')}</td><th>联系电话</th><td colSpan={2}>{text('phone', '联系电话')}</td></tr>
          <tr><th>主管部门</th><td colSpan={2}>{text('department', '主管部门')}</td><th>实施单位</th><td colSpan={2}>{text('implementer', '实施单位')}</td></tr>
          <tr><th>项目起止时间</th><td colSpan={2}>{text('period', '项目起止时间')}</td><th>绩效自评评价年度</th><td colSpan={2}>{text('evaluationYear', '绩效自评评价年度')}</td></tr>
          {isMofForm(draft) ? (
            // The MOF form's funds are its source lines: the export writes them, not the Shanxi 预算/到位/执行.
            <SourceRows ev={draft} findings={findings} readOnly={readOnly} onAmount={(i, col, value) => edit(setSourceAmount(draft, i, col, value))} />
          ) : (
            <FundingRows ev={draft} findings={findings} readOnly={readOnly} onFunding={setFunding} />
          )}
          {(draft.layout === 'mof' || draft.annualGoal) && (
            // 年度总体目标 of the MOF standard form, beside the Shanxi form's 项目预期绩效目标.
            <tr><th>年度总体目标</th><th>预期目标</th><td colSpan={2}>{goal('expected', '年度总体目标 预期目标')}</td><th>实际完成情况</th><td>{goal('actual', '年度总体目标 实际完成情况')}</td></tr>
          )}
          <tr><th rowSpan={2}>项目预期绩效目标</th><th>项目提供的公共产品和服务的数量</th><td colSpan={4}>{text('goalOutput', '项目提供的公共产品和服务的数量', true)}</td></tr>
          <tr><th>项目效果</th><td colSpan={4}>{text('goalEffect', '项目效果', true)}</td></tr>
          <tr>
            <th>项目执行情况（{EVALUATION_WEIGHTS.execution}分）</th>
            <td className="computed">预算执行率 <span data-testid="pe-rate">{s.rateText}</span></td>
            <td className="computed">建议得分 <span data-testid="pe-suggested">{formatScore(s.suggested)}</span></td>
            <th>自评得分</th>
            <td colSpan={2}>
              <input
                type="text"
                inputMode="decimal"
                className={`num ${flagClass(execFound)}`}
                value={draft.executionScore}
                placeholder={s.suggested ? `留空按 ${formatScore(s.suggested)} 分计` : ''}
                disabled={readOnly}
                aria-label="项目执行情况自评得分"
                data-testid="pe-executionScore"
                data-field="executionScore"
                onChange={(e) => edit({ ...draft, executionScore: e.target.value })}
              />
              <FieldFlag found={execFound} testId="pe-flag-execution" />
            </td>
          </tr>
        </tbody>
      </table>
      <h3>绩效目标自评情况</h3>
      <IndicatorTable ev={draft} findings={findings} readOnly={readOnly} onChange={(next) => (next.indicators.length !== draft.indicators.length || next.indicators.some((i, k) => i.id !== draft.indicators[k]?.id) ? restructure(next) : edit(next))} />
      <table className="pe-table">
        <tbody>
          <tr>
            <th style={{ width: '16%' }}>总分</th>
            <td className={`computed pe-total ${s.problem && s.problem !== '尚未填写得分' ? 'has-error' : ''}`} data-testid="pe-total">
              {s.problem ? <span className="pe-total-problem">{s.problem}</span> : formatScore(s.total)}
            </td>
            <th style={{ width: '16%' }}>自评等级</th>
            <td className="computed pe-grade" data-testid="pe-grade">{s.gradeText}</td>
          </tr>
        </tbody>
      </table>
      <p className="pe-note">总分设置为100分：预算执行率{EVALUATION_WEIGHTS.execution}分、{EVALUATION_WEIGHTS.levels.map((l) => `${l.name}${l.max}分`).join('、')}；等级划分为四档：100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差。</p>
      <table className="pe-table">
        <colgroup><col style={{ width: '16%' }} /><col /></colgroup>
        <tbody>
          <tr><th>自评结论及结果分析</th><td>{text('conclusion', '自评结论及结果分析', true)}</td></tr>
          <tr><th>主要经验做法</th><td>{text('experience', '主要经验做法', true)}</td></tr>
          <tr><th>存在问题与整改措施</th><td>{text('problems', '存在问题与整改措施', true)}</td></tr>
        </tbody>
      </table>
      <h3>评价人员</h3>
      <table className="pe-table" data-testid="pe-evaluators">
        <thead><tr><th style={{ width: '12%' }}>分工</th><th>姓名</th><th>职称/职务</th><th>工作单位</th><th style={{ width: '12%' }}>操作</th></tr></thead>
        <tbody>
          {draft.evaluators.map((e, i) => (
            <tr key={i}>
              <td>
                <select value={e.role} disabled={readOnly} onChange={(x) => setEvaluator(i, { role: x.target.value as Evaluator['role'] })} aria-label="分工">
                  <option>组长</option>
                  <option>成员</option>
                </select>
              </td>
              <td><input type="text" value={e.name} disabled={readOnly} aria-label="姓名" onChange={(x) => setEvaluator(i, { name: x.target.value })} /></td>
              <td><input type="text" value={e.title} disabled={readOnly} aria-label="职称/职务" onChange={(x) => setEvaluator(i, { title: x.target.value })} /></td>
              <td><input type="text" value={e.org} disabled={readOnly} aria-label="工作单位" onChange={(x) => setEvaluator(i, { org: x.target.value })} /></td>
              <td className="pe-actions">
                <button type="button" className="fv-small" disabled={readOnly} title="删除此评价人员" onClick={() => restructure({ ...draft, evaluators: draft.evaluators.filter((_, k) => k !== i) })}>✕</button>
              </td>
            </tr>
          ))}
          <tr>
            <td colSpan={5}>
              <button type="button" className="fv-small" disabled={readOnly} onClick={() => restructure({ ...draft, evaluators: [...draft.evaluators, { role: '成员', name: '', title: '', org: '' }] })}>＋ 添加评价人员</button>
            </td>
          </tr>
        </tbody>
      </table>
      <table className="pe-table">
        <tbody>
          <tr>
            <th>填报人</th><td>{text('filledBy', '填报人')}</td>
            <th>联系电话</th><td>{text('filledPhone', '填报人联系电话')}</td>
            <th>填报日期</th><td>{text('filledDate', '填报日期')}</td>
          </tr>
          <tr>
            <th>是否公开</th>
            <td colSpan={5}>
              <label>
                <input type="checkbox" checked={draft.published} disabled={readOnly} data-testid="pe-published" onChange={(e) => restructure({ ...draft, published: e.target.checked })} />
                在决算公开中公开本表
              </label>
            </td>
          </tr>
        </tbody>
      </table>
    </form>
  );
}
