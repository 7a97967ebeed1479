// The review report (审核报告): findings with the clerk's explanations, and the reviewers' notes, as a
// self-contained printable HTML page. Pure: the host prints it (PDF) or the UI shows it.
import type { Filing } from '../types/filing';
import type { Finding, Unchecked } from '../types/rule';
import type { Template } from '../types/template';
import type { NoteTarget } from './notes';
import { cellWords, findingKeyWords, findingWhere } from './wording';
import { FILING_TARGET, verdictTargetName } from './verdicts';
import { SAMPLE_MARK } from '../sample/catalog';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface ReviewReportOptions {
  /** The filing's template: names cells as printed (公开03表 2010504 基本支出（栏2）). */
  template?: Template;
  generatedAt?: string;
  /** The rules not evaluated (a table they read is absent): listed with the reason, and no pass is printed. */
  unchecked?: readonly Unchecked[];
}

/**
 * The report's conclusion. 审核通过 only when every rule was evaluated and none failed: with a rule
 * 未核对 the report cannot say the filing passed, whatever the rules that ran found.
 */
export function reportConclusion(errors: number, warnings: number, unexplained: number, unchecked: number): string {
  if (errors > 0) return `审核未通过：强制错误 ${errors} 个${unchecked ? `，另有 ${unchecked} 条审核公式未核对` : ''}。`;
  if (unchecked > 0) return `未能完成审核：${unchecked} 条审核公式未核对（所读的表未提供），本报告不作通过的结论。`;
  if (unexplained > 0) return `强制错误 0 个；提示 ${warnings} 个，其中 ${unexplained} 个尚未填写出错说明。`;
  if (warnings > 0) return `强制错误 0 个；提示 ${warnings} 个，均已填写出错说明。`;
  return '审核通过：未发现问题。';
}

/** Where a note points, as a reader finds it (never a key or an internal id). */
function noteWhere(target: NoteTarget, template: Template | undefined, findings: readonly Finding[]): string {
  if (target.kind === 'cell') return cellWords(template, target);
  if (target.kind === 'finding') return `审核结果：${findingKeyWords(target.key, template, findings)}`;
  return '整个文件';
}

export function reviewReportHtml(filing: Filing, findings: Finding[], opts: ReviewReportOptions = {}): string {
  const template = opts.template;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const unexplained = warnings.filter((f) => !f.explanation?.trim());
  const unchecked = opts.unchecked ?? [];
  const e = escapeHtml;
  const uncheckedRows = unchecked.map((u, i) => `<tr><td>${i + 1}</td><td>${e(u.rule)}</td><td>${e(u.title)}</td><td>${e(u.reason)}</td></tr>`).join('\n');
  const findingRows = findings
    .map((f, i) => {
      const where = findingWhere(f, filing, template);
      return `<tr><td>${i + 1}</td><td>${f.severity === 'error' ? '强制' : f.rounding ? '提示（尾差）' : '提示'}</td><td>${e(f.message)}</td><td>${e(where)}</td><td>${e(f.explanation ?? (f.severity === 'warning' ? '（未填写说明）' : ''))}</td></tr>`;
    })
    .join('\n');
  const noteRows = filing.review
    .map((n) => {
      const replies = n.replies.map((r) => `<div class="reply">${e(r.author)}（${e(r.at.slice(0, 16).replace('T', ' '))}）：${e(r.text)}</div>`).join('');
      return `<tr><td>${e(noteWhere(n.target, template, findings))}</td><td>${e(n.author)}</td><td>${e(n.text)}${replies}</td><td>${n.resolved ? '已解决' : '未解决'}</td></tr>`;
    })
    .join('\n');
  // The filing's verdict first, then the tables' in template order.
  const order = (t: string) => (t === FILING_TARGET ? -1 : (template?.tables.findIndex((x) => x.id === t) ?? 0));
  const verdicts = [...(filing.verdicts ?? [])].sort((a, b) => order(a.target) - order(b.target));
  const verdictRows = verdicts
    .map((v) => `<tr><td>${e(verdictTargetName(v.target, template?.tables ?? []))}</td><td>${v.verdict}</td><td>${e(v.reason)}</td><td>${e(v.reviewer)}（${e(v.at.slice(0, 16).replace('T', ' '))}）</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(filing.meta.department)} ${filing.meta.year}年度部门决算 审核报告</title>
<style>
body{font-family:"Noto Sans SC","WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;font-size:11pt;margin:16mm}
h1{font-size:16pt;text-align:center}h2{font-size:13pt;margin-top:18px}
table{border-collapse:collapse;width:100%;table-layout:fixed}td{overflow-wrap:anywhere}th,td{border:1px solid #444;padding:3px 5px;vertical-align:top}
th{background:#eee}.reply{color:#333;margin-top:3px;padding-left:1em}.conclusion{font-weight:bold}.sample{font-weight:bold;color:#c00000;text-align:center}
</style></head><body>
<h1>${e(filing.meta.department)} ${filing.meta.year}年度部门决算 审核报告</h1>
${filing.sample ? `<p class="sample">${SAMPLE_MARK}：本报告审核的是内置示例，不是哪个单位的报送文件。</p>` : ''}
<p>强制错误 ${errors.length} 个；提示 ${warnings.length} 个，其中未说明 ${unexplained.length} 个；未核对 ${unchecked.length} 条；审阅意见 ${filing.review.length} 条（未解决 ${filing.review.filter((n) => !n.resolved).length} 条）。${opts.generatedAt ? '生成时间：' + e(opts.generatedAt) : ''}</p>
<p class="conclusion">${e(reportConclusion(errors.length, warnings.length, unexplained.length, unchecked.length))}</p>
<h2>一、审核结果</h2>
${findings.length ? `<table><colgroup><col style="width:3em"><col style="width:5.5em"><col><col style="width:22%"><col style="width:24%"></colgroup><thead><tr><th>序号</th><th>类别</th><th>说明</th><th>位置</th><th>出错说明</th></tr></thead><tbody>\n${findingRows}\n</tbody></table>` : `<p>${unchecked.length ? '已核对的审核公式未发现问题（另有未核对的，见四）。' : '未发现问题。'}</p>`}
<h2>二、审阅意见</h2>
${filing.review.length ? `<table><thead><tr><th>位置</th><th>审阅人</th><th>意见与答复</th><th>状态</th></tr></thead><tbody>\n${noteRows}\n</tbody></table>` : '<p>无审阅意见。</p>'}
<h2>三、审阅结论</h2>
${verdicts.length ? `<table><colgroup><col style="width:28%"><col style="width:4em"><col><col style="width:24%"></colgroup><thead><tr><th>对象</th><th>结论</th><th>退回原因</th><th>审阅人</th></tr></thead><tbody>\n${verdictRows}\n</tbody></table>` : '<p>尚无审阅结论。</p>'}
${unchecked.length && verdicts.some((v) => v.verdict === '通过') ? `<p class="conclusion">注意：审阅人的“通过”是在 ${unchecked.length} 条审核公式未核对的情况下作出的，不代表整份文件已通过审核。</p>` : ''}
<h2>四、未核对</h2>
${unchecked.length ? `<p>以下审核公式所读的表或自评表未提供，没有核对：</p><table><colgroup><col style="width:3em"><col style="width:7em"><col><col style="width:30%"></colgroup><thead><tr><th>序号</th><th>审核公式</th><th>内容</th><th>原因</th></tr></thead><tbody>\n${uncheckedRows}\n</tbody></table>` : '<p>无：每条审核公式都已核对。</p>'}
</body></html>
`;
}
