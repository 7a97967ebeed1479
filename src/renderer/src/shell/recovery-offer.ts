// Words for a recovery copy: which file it belongs to and how it differs from what is saved on disk, so
// the clerk can decide between 恢复 and 丢弃 without opening both.
import type { Filing } from '../../../shared/filing/types';
import type { RecoveryEntry } from '../../../shared/host-api';
import { compareFilings } from '../../../shared/review/compare';
import { cellWords } from '../../../shared/table/cell-name';
import { getTemplate } from '../../../shared/templates/registry';
import type { Template } from '../../../shared/templates/types';
import { changeOf, metaName } from '../features/review/compare-format';
import type { RecoveryOffer } from '../state/ui-store';
import { blankFiling } from '../state/blank-filing';

/** How many changed cells a recovery offer lists by name; the rest are counted. */
export const MAX_LISTED = 5;

function templateOf(filing: Filing): Template | null {
  try {
    return getTemplate(filing.template);
  } catch {
    return null;
  }
}


/**
 * `saved` is the file on disk (null for a never-saved filing, compared against an empty one), or the reason
 * it could not be read.
 */
export function describeRecovery(entry: RecoveryEntry, saved: { filing: Filing } | { error: string } | null, fileLabel: string): RecoveryOffer {
  const template = templateOf(entry.filing);
  const unit = entry.filing.meta.unit;
  if (saved && 'error' in saved) {
    return { id: entry.id, fileLabel, savedAt: entry.savedAt, difference: `无法读取已保存的文件，不能比较：${saved.error}`, changes: [] };
  }
  const base = saved?.filing ?? (template ? blankFiling(template, entry.filing.meta.department, unit) : null);
  if (!base) return { id: entry.id, fileLabel, savedAt: entry.savedAt, difference: '该副本使用的报表模板本程序不认识，无法比较。', changes: [] };
  const c = compareFilings(base, entry.filing);
  const changes = c.cells.slice(0, MAX_LISTED).map((x) => {
    const v = changeOf(x, template, unit);
    return `${cellWords(template, x)}：${v.before} → ${v.after}`;
  });
  if (c.cells.length > MAX_LISTED) changes.push(`……另有 ${c.cells.length - MAX_LISTED} 个单元格`);
  for (const m of c.meta.slice(0, 2)) changes.push(`${metaName(m.field)}：${m.before || '（空）'} → ${m.after || '（空）'}`);
  const others = [
    c.rowsAdded.length && `新增科目行 ${c.rowsAdded.length} 行`,
    c.rowsRemoved.length && `删除科目行 ${c.rowsRemoved.length} 行`,
    c.meta.length && `基本信息 ${c.meta.length} 项不同`,
    c.explanations.length && `出错说明 ${c.explanations.length} 条不同`,
    c.notesAdded.length + c.notesChanged.length + c.notesRemoved.length && `审阅意见 ${c.notesAdded.length + c.notesChanged.length + c.notesRemoved.length} 条不同`,
  ].filter(Boolean);
  const against = saved ? '与已保存的文件相比' : '与空白文件相比';
  let difference: string;
  if (c.same || (c.cells.length === 0 && others.length === 0)) {
    // Forms and 情况说明 are not compared cell by cell: the copy may still hold text worth keeping.
    difference = `${against}：表格数据相同（可能只有绩效自评或情况说明等文字不同）。`;
  } else {
    const parts = [c.cells.length ? `${c.cells.length} 个单元格不同` : '', ...others].filter(Boolean);
    difference = `${against}：${parts.join('，')}。`;
  }
  return { id: entry.id, fileLabel, savedAt: entry.savedAt, difference, changes };
}
