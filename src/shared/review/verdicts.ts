// 审阅结论: a reviewer's 通过 or 退回 (with the reason) on the whole filing or on one table. Saved in the
// file's own section, beside the notes; never touches the data. Pure: each function returns a new filing.
import type { Filing, ReviewVerdict } from '../filing/types';

export const FILING_TARGET = 'filing';

const MAX_REASON = 5000;

/** Sets (or replaces) the verdict on a target; 退回 needs a reason the clerk can act on. */
export function setVerdict(filing: Filing, v: ReviewVerdict): Filing {
  const reason = v.reason.trim();
  if (v.verdict === '退回' && reason === '') throw new Error('退回时请写明原因，填报人要据此修改。');
  if (reason.length > MAX_REASON) throw new Error(`退回原因过长（${reason.length} 字），最多 ${MAX_REASON} 字`);
  const next: ReviewVerdict = { ...v, reason, reviewer: v.reviewer.trim() || '审阅人' };
  const rest = (filing.verdicts ?? []).filter((x) => x.target !== v.target);
  return { ...filing, verdicts: [...rest, next] };
}

export function clearVerdict(filing: Filing, target: string): Filing {
  return { ...filing, verdicts: (filing.verdicts ?? []).filter((x) => x.target !== target) };
}

export function verdictOn(filing: Filing, target: string): ReviewVerdict | undefined {
  return filing.verdicts?.find((x) => x.target === target);
}

/** "整个文件", or the table's number and title. */
export function verdictTargetName(target: string, tables: ReadonlyArray<{ id: string; number: string; title: string }>): string {
  if (target === FILING_TARGET) return '整个文件';
  const t = tables.find((x) => x.id === target);
  return t ? `${t.number} ${t.title}` : '一张本模板没有的表';
}
