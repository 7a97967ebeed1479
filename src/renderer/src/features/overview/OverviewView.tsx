// 第一部分 概况 (职责, 机构设置), 第四部分 名词解释 and the cover: plain text the clerk writes once and
// carries forward every year.
import { useDraft } from '../../state/use-draft';
import type { Filing, GlossaryEntry } from '../../../../shared/filing/types';
import { STANDARD_GLOSSARY } from '../../../../shared/sample/glossary';
import { moveItem } from '../../../../shared/evaluation/edit';
import type { FeatureViewProps } from '../evaluation/props';
import '../evaluation/forms.css';

export type OverviewViewProps = FeatureViewProps;

/** A text box that hands its text over when left (one engine pass per field, not per keystroke). */
function Text({ value, onCommit, readOnly, testId, label, multiline = true }: { value: string; onCommit(v: string): void; readOnly: boolean; testId: string; label: string; multiline?: boolean }) {
  const [text, setText] = useDraft(value);
  const commit = () => text !== value && onCommit(text);
  return multiline ? (
    <textarea value={text} aria-label={label} disabled={readOnly} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} />
  ) : (
    <input type="text" value={text} aria-label={label} disabled={readOnly} data-testid={testId} onChange={(e) => setText(e.target.value)} onBlur={commit} />
  );
}

export function OverviewView({ filing, readOnly, onChange }: OverviewViewProps) {
  const ov = filing.overview;
  const setOrg = (organization: string[], what = '机构设置情况') => onChange({ ...filing, overview: { ...ov, organization } }, { label: `修改 概况 ${what}` });
  const setGlossary = (glossary: GlossaryEntry[], what = '名词解释') => onChange({ ...filing, glossary }, { label: `修改 概况 ${what}` });
  const cover = filing.meta.cover ?? {};
  const setCover = (patch: Partial<NonNullable<Filing['meta']['cover']>>, what: string) => onChange({ ...filing, meta: { ...filing.meta, cover: { ...cover, ...patch } } }, { label: `修改 封面 ${what}` });

  return (
    <div className="ov" data-testid="ov-view">
      <h2>封面</h2>
      <div className="ov-row">
        <label>公开日期 <Text multiline={false} label="公开日期" value={cover.publishDate ?? ''} readOnly={readOnly} testId="ov-publish-date" onCommit={(v) => setCover({ publishDate: v }, '公开日期')} /></label>
        <label>联系方式 <Text multiline={false} label="联系方式" value={cover.contact ?? ''} readOnly={readOnly} testId="ov-contact" onCommit={(v) => setCover({ contact: v }, '联系方式')} /></label>
      </div>

      <h2>第一部分 概况</h2>
      <h3>一、本部门（单位）职责</h3>
      <Text label="本部门（单位）职责" value={ov.duties} readOnly={readOnly} testId="ov-duties" onCommit={(duties) => onChange({ ...filing, overview: { ...ov, duties } }, { label: '修改 概况 本部门（单位）职责' })} />

      <h3>二、机构设置情况</h3>
      {ov.organization.map((para, i) => (
        <div className="ov-row" key={i} data-testid="ov-org-row">
          <Text label={`机构设置第${i + 1}段`} value={para} readOnly={readOnly} testId={`ov-org-${i}`} onCommit={(v) => setOrg(ov.organization.map((p, k) => (k === i ? v : p)), `机构设置第${i + 1}段`)} />
          <button type="button" className="fv-small" title="上移" disabled={readOnly || i === 0} onClick={() => setOrg(moveItem(ov.organization, i, -1))}>↑</button>
          <button type="button" className="fv-small" title="下移" disabled={readOnly || i === ov.organization.length - 1} onClick={() => setOrg(moveItem(ov.organization, i, 1))}>↓</button>
          <button type="button" className="fv-small" title="删除此段" disabled={readOnly} onClick={() => setOrg(ov.organization.filter((_, k) => k !== i))}>✕</button>
        </div>
      ))}
      <button type="button" className="fv-small" disabled={readOnly} onClick={() => setOrg([...ov.organization, ''])} data-testid="ov-org-add">＋ 添加一段</button>

      <h2>第四部分 名词解释</h2>
      {filing.glossary.map((g, i) => (
        <div className="ov-row" key={i} data-testid="ov-glossary-row">
          <Text multiline={false} label={`名词${i + 1}`} value={g.term} readOnly={readOnly} testId={`ov-term-${i}`} onCommit={(term) => setGlossary(filing.glossary.map((x, k) => (k === i ? { ...x, term } : x)), `名词${i + 1}`)} />
          <Text label={`名词${i + 1}的解释`} value={g.text} readOnly={readOnly} testId={`ov-term-text-${i}`} onCommit={(text) => setGlossary(filing.glossary.map((x, k) => (k === i ? { ...x, text } : x)), `名词${i + 1}的解释`)} />
          <button type="button" className="fv-small" title="上移" disabled={readOnly || i === 0} onClick={() => setGlossary(moveItem(filing.glossary, i, -1))}>↑</button>
          <button type="button" className="fv-small" title="下移" disabled={readOnly || i === filing.glossary.length - 1} onClick={() => setGlossary(moveItem(filing.glossary, i, 1))}>↓</button>
          <button type="button" className="fv-small" title="删除此条" disabled={readOnly} onClick={() => setGlossary(filing.glossary.filter((_, k) => k !== i))}>✕</button>
        </div>
      ))}
      <div className="ov-row">
        <button type="button" className="fv-small" disabled={readOnly} onClick={() => setGlossary([...filing.glossary, { term: '', text: '' }])} data-testid="ov-glossary-add">＋ 添加名词</button>
        <button type="button" className="fv-small" disabled={readOnly} onClick={() => setGlossary(STANDARD_GLOSSARY.map((g) => ({ ...g })))} data-testid="ov-glossary-standard" title="用标准名词解释替换当前全部条目">
          恢复标准名词解释
        </button>
      </div>
    </div>
  );
}
