// 检查表: one filing's review sheet. Every rule of its template, grouped as a reviewer reads them, with
// 是否通过, the findings with their cells, the clerk's 出错说明 and the reviewers' notes, and everything
// that could not be checked (未核对) with the reason, as the 审核报告 lists it. Pure: the node side writes
// it as xlsx and, through Chromium, as PDF.
import type { Filing } from '../filing/types';
import type { Finding } from '../rules/types';
import type { Template } from '../templates/types';
import { escapeHtml } from '../review/report';
import type { DeskFinding, DeskUnchecked } from './rows';
import { deskFindings, otherNotes } from './rows';

export type RuleStatus = '通过' | '未通过' | '有提示' | '未核对' | '不适用';

export interface SheetRule {
  id: string;
  title: string;
  severity: '强制' | '提示';
  status: RuleStatus;
  /** Why the rule was not checked (未核对 only). */
  reason?: string;
  findings: DeskFinding[];
}

export interface SheetGroup {
  title: string;
  /** 是 / 否 / 有提示 / 未核对 */
  passed: string;
  rules: SheetRule[];
}

export interface CheckSheet {
  title: string;
  unit: string;
  year: number;
  template: string;
  groups: SheetGroup[];
  /** Every 未核对 item: the rules not evaluated and what else could not be read or decided (cells an import could not read). */
  unchecked: DeskUnchecked[];
  notes: Array<{ where: string; text: string; state: string }>;
}

const GROUPS: Array<[prefix: string, title: string]> = [
  ['W.', '一、表内平衡'],
  ['X.', '二、表间核对'],
  ['P.', '三、表间提示'],
  ['PE-', '四、项目支出绩效自评表'],
  ['NR-', '五、情况说明'],
  ['HZ-', '六、汇总抵销'],
];
const OTHER = '七、其他（导入合计数、模板）';

const groupOf = (rule: string) => GROUPS.find(([p]) => rule.startsWith(p))?.[1] ?? OTHER;

function groupPassed(rules: SheetRule[]): string {
  if (rules.some((r) => r.status === '未通过')) return '否';
  if (rules.some((r) => r.status === '有提示')) return '有提示';
  if (rules.some((r) => r.status === '未核对')) return '部分未核对';
  return '是';
}

/** @param unchecked what the desk could not check (rows.ts uncheckedOf, and an import's unread cells). */
export function checkSheet(file: string, filing: Filing, template: Template, findings: Finding[], unchecked: readonly DeskUnchecked[]): CheckSheet {
  const why = new Map<string, string>();
  for (const u of unchecked) if (u.rule && !why.has(u.rule)) why.set(u.rule, u.why);
  const numbers = new Map(template.tables.map((t) => [t.id, t.number]));
  const tableNumber = (t: string) => numbers.get(t) ?? t;
  const rows = deskFindings(file, filing, findings, template);
  const byRule = new Map<string, DeskFinding[]>();
  for (const r of rows) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  const rules: SheetRule[] = template.rules.map((r) => {
    const fs = byRule.get(r.id) ?? [];
    byRule.delete(r.id);
    const status: RuleStatus = fs.some((f) => f.severity === '强制')
      ? '未通过'
      : fs.length
        ? '有提示'
        : why.has(r.id)
          ? '未核对'
          : r.id.startsWith('HZ-') && !filing.consolidation
            ? '不适用'
            : '通过';
    return { id: r.id, title: r.title, severity: r.severity === 'error' ? '强制' : '提示', status, ...(status === '未核对' ? { reason: why.get(r.id) } : {}), findings: fs };
  });
  // Findings of the engine's own checks (STATED, CYCLE) have no template rule: list them too.
  for (const [id, fs] of byRule) rules.push({ id, title: id === 'STATED' ? '导入的合计数等于分项之和' : id === 'CYCLE' ? '模板公式无循环' : id, severity: fs[0].severity, status: fs.some((f) => f.severity === '强制') ? '未通过' : '有提示', findings: fs });
  const groups: SheetGroup[] = [];
  for (const title of [...GROUPS.map(([, t]) => t), OTHER]) {
    const rs = rules.filter((r) => groupOf(r.id) === title);
    if (rs.length) groups.push({ title, passed: groupPassed(rs), rules: rs });
  }
  return {
    title: `${filing.meta.department} ${filing.meta.year}年度部门决算 检查表`,
    unit: filing.meta.department,
    year: filing.meta.year,
    template: template.name,
    groups,
    unchecked: [...unchecked],
    notes: otherNotes(filing, tableNumber),
  };
}

export function checkSheetHtml(sheet: CheckSheet): string {
  const e = escapeHtml;
  const body = sheet.groups
    .map((g) => {
      const rows = g.rules
        .map((r) => {
          const detail = r.findings
            .map((f) => `<div class="f">${e(f.message)}<div class="c">单元格：${e(f.cells)}</div>${f.explanation ? `<div class="x">出错说明：${e(f.explanation)}</div>` : f.severity === '提示' ? '<div class="x">出错说明：（未填写）</div>' : ''}${f.notes ? `<div class="n">审阅意见：${e(f.notes)}</div>` : ''}</div>`)
            .join('');
          const reason = r.reason ? `<div class="f">未核对：${e(r.reason)}</div>` : '';
          return `<tr><td>${e(r.title)}</td><td class="k">${r.severity}</td><td class="s">${r.status}</td><td>${reason}${detail}</td></tr>`;
        })
        .join('\n');
      return `<h2>${e(g.title)}　是否通过：${e(g.passed)}</h2><table><thead><tr><th>审核内容</th><th>类别</th><th>结果</th><th>问题、出错说明与审阅意见</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  const unchecked = sheet.unchecked.length
    ? `<table><thead><tr><th>审核公式</th><th>内容</th><th>原因</th></tr></thead><tbody>${sheet.unchecked.map((u) => `<tr><td>${e(u.rule ?? '')}</td><td>${e(u.what)}</td><td>${e(u.why)}</td></tr>`).join('')}</tbody></table>`
    : '<p>无：每条审核公式都已核对。</p>';
  const notes = sheet.notes.length
    ? `<table><thead><tr><th>位置</th><th>审阅意见与答复</th><th>状态</th></tr></thead><tbody>${sheet.notes.map((n) => `<tr><td>${e(n.where)}</td><td>${e(n.text).replace(/\n/g, '<br>')}</td><td>${n.state}</td></tr>`).join('')}</tbody></table>`
    : '<p>无。</p>';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(sheet.title)}</title>
<style>
@page{size:A4;margin:14mm}body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif;font-size:10pt}
h1{font-size:15pt;text-align:center}h2{font-size:11.5pt;margin:14px 0 4px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:3px 5px;vertical-align:top}th{background:#eee}
td.s,td.k{white-space:nowrap}.f{margin-bottom:4px}.c,.x,.n{color:#333;padding-left:1em}
</style></head><body>
<h1>${e(sheet.title)}</h1>
<p>模板：${e(sheet.template)}</p>
${body}
<h2>未核对（${sheet.unchecked.length} 项）</h2>
${unchecked}
<h2>审阅意见（单元格与整份文件）</h2>
${notes}
</body></html>
`;
}
