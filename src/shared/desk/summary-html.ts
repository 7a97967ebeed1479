// The desk's summary as a printable page (the PDF beside the summary workbook).
import { escapeHtml } from '../review/report';
import type { DeskRow, SummaryFinding, SummaryUnchecked } from './rows';
import { uncheckedClosing } from './rows';

export function summaryHtml(title: string, rows: DeskRow[], findings: SummaryFinding[], unchecked: SummaryUnchecked[] = []): string {
  const e = escapeHtml;
  const count = (s: DeskRow['state']) => rows.filter((r) => r.state === s).length;
  const body = rows
    .map((r) => `<tr><td>${e(r.file)}</td><td>${e(r.unit)}</td><td>${e(r.template)}</td><td>${r.year ?? ''}</td><td class="n">${r.errors}</td><td class="n">${r.explained}/${r.unexplained}</td><td class="n">${r.unchecked}</td><td class="n">${r.notesOpen}/${r.notesResolved}</td><td>${r.state}${r.reason ? `：${e(r.reason)}` : ''}</td></tr>`)
    .join('\n');
  const all = findings.map((f) => `<tr><td>${e(f.unit || f.file)}</td><td>${f.severity}</td><td>${e(f.message)}</td><td>${e(f.cells)}</td><td>${e(f.explanation)}</td></tr>`).join('\n');
  const closing = uncheckedClosing(rows, unchecked.length);
  const open = unchecked.map((u) => `<tr><td>${e(u.unit || u.file)}</td><td>${e(u.rule)}</td><td>${e(u.what)}</td><td>${e(u.why)}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>
@page{size:A4 landscape;margin:12mm}body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;font-size:9pt}
h1{font-size:14pt;text-align:center}h2{font-size:11pt}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #444;padding:2px 4px;vertical-align:top}th{background:#eee}td.n{text-align:right;white-space:nowrap}
</style></head><body>
<h1>${e(title)}</h1>
<p>共 ${rows.length} 个文件：通过 ${count('通过')}，待说明 ${count('待说明')}，未通过 ${count('未通过')}，无法读取 ${count('无法读取')}。</p>
<table><thead><tr><th>文件</th><th>单位</th><th>模板</th><th>年度</th><th>强制</th><th>提示 已说明/未说明</th><th>未核对</th><th>审阅意见 未解决/已解决</th><th>状态</th></tr></thead><tbody>
${body}
</tbody></table>
<h2>全部问题（${findings.length} 个）</h2>
${findings.length ? `<table><thead><tr><th>单位</th><th>类别</th><th>问题</th><th>单元格</th><th>出错说明</th></tr></thead><tbody>\n${all}\n</tbody></table>` : '<p>无。</p>'}
<h2>未核对（${unchecked.length} 项）</h2>
${unchecked.length ? `<table><thead><tr><th>单位</th><th>审核公式</th><th>内容</th><th>原因</th></tr></thead><tbody>\n${open}\n</tbody></table>` : ''}
${closing ? `<p>${e(closing)}</p>` : ''}
</body></html>
`;
}
