// Only the 目录's entries are headings (h1 parts, h2 sections and tables), so the PDF's bookmarks, built
// from the headings, are the 目录 itself.
// The whole disclosure as one printable HTML document, laid out as the seed: cover, 目录, 第一部分 概况,
// 第二部分 the tables, 第三部分 情况说明 (with charts), 第四部分 名词解释, 第五部分 附件 (self-evaluation
// forms). Pure: the PDF writer renders it with Chromium; the app's print preview shows the same HTML.
import type { Filing } from '../../filing/types';
import type { CellValueFn, NarrativeSection } from '../../narrative/output';
import { generateNarrative, narrativeChart } from '../../narrative/generate';
import { computeFiling } from '../../filing/compute';
import type { Template } from '../../templates/types';
import type { TableLayout } from '../layout/grid';
import { gridWidth } from '../layout/grid';
import { tableLayouts } from '../layout/table-layout';
import { evaluationLayout } from '../layout/evaluation-layout';
import { gridHtml } from './grid-html';
import { esc, escLines } from './html';
import { PRINT_CSS, pageMarksCss, pageTotalCss } from './print-css';
import { REPORT_HEADINGS, REPORT_SLOTS } from '../../narrative/sections-important';
import { draftMark } from '../draft-mark';
import { exportMark, sampleMark } from '../sample-mark';
import { evaluateAll } from '../../rules/engine';
import type { OverviewPart, TemplateParams } from '../../templates/params';
import { getTemplateParams } from '../../templates/params';
import type { FilingMeta } from '../../filing/types';

export interface TocEntry {
  /** Anchor id in the document (ASCII, so the PDF's named destinations keep it as is). */
  id: string;
  title: string;
  level: 1 | 2;
}

export interface PrintInput {
  filing: Filing;
  template: Template;
  /** 情况说明 sections; default: generateNarrative over the filing. */
  narrative?: NarrativeSection[];
  /** SVG strings by chart name ('income', 'spending', 'yoy'); default: the narrative module's charts. */
  charts?: Record<string, string>;
  /** Page numbers of the 目录 by anchor id; missing numbers print as a placeholder of the same width. */
  pageNumbers?: Record<string, number>;
  /** @font-face rules for the bundled font (the PDF writer embeds them). */
  fontCss?: string;
  /**
   * The draft mark printed on every page ("审核未通过：强制 2 条"); default: from the filing's own findings,
   * so no host can print a draft without it. null prints none (tests of the layout alone).
   */
  draftMark?: string | null;
  /** Numbered pages (from 第一部分 on) once a first pass counted them: the footer reads 第 N 页 共 M 页. */
  pageTotal?: number;
}

export interface PrintDocument {
  html: string;
  toc: TocEntry[];
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  return String(n);
}

function tocHtml(toc: TocEntry[], pages: Record<string, number> | undefined): string {
  const entries = toc
    .map((e) => {
      const n = pages?.[e.id];
      // The placeholder keeps the 目录 the same length in both passes, so no entry moves.
      const num = n === undefined ? '<span style="visibility:hidden">00</span>' : String(n);
      return `<div class="entry l${e.level}"><a href="#${e.id}"><span class="t">${esc(e.title)}</span><span class="dots"></span><span class="n">${num}</span></a></div>`;
    })
    .join('\n');
  return `<section class="front page toc"><div class="toc-title">目录</div>\n${entries}\n</section>`;
}

function widthClass(layout: TableLayout): string {
  const w = gridWidth(layout.grid);
  return w > 200 ? 'grid w3' : w > 130 ? 'grid w2' : 'grid';
}

/** Printed under a table the filing does not have: absent is not 本表无数据. */
export const ABSENT_NOTE = '说明：本表未提供（文件中没有这张表，其数字未经审核）';

function tableSection(layout: TableLayout, id: string, unit: Filing['meta']['unit'], partHeading: string, absent: boolean): string {
  const notes = layout.notes.map((n) => `<p>${esc(n)}</p>`).join('');
  const nodata = absent ? `<p class="nodata">${ABSENT_NOTE}</p>` : layout.empty ? `<p class="nodata">${esc(layout.emptyNote)}</p>` : '';
  return `<section class="sheet${layout.landscape ? ' wide' : ''}">${partHeading}
<h2 class="title" id="${id}">${esc(layout.title)}</h2>
<p class="number">${layout.numberOnPage ? esc(layout.number) : ''}</p>
<div class="meta"><span class="org">${esc(layout.orgLine)}</span><span class="year">${esc(layout.yearLine)}</span><span class="unit">${esc(layout.unitLine)}</span></div>
${gridHtml(layout.grid, unit, widthClass(layout), notes || nodata ? `<div class="notes">${notes}</div>${nodata}` : '')}
</section>`;
}

function narrativeHtml(sections: NarrativeSection[], charts: Record<string, string>, toc: TocEntry[]): string {
  const out: string[] = [];
  sections.forEach((s, i) => {
    const id = `n-${i + 1}`;
    const title = `${s.number}、${s.title}`;
    toc.push({ id, title, level: 2 });
    out.push(`<h2 class="sec" id="${id}">${esc(title)}</h2>`);
    for (const p of s.paragraphs) {
      if (p.kind === 'heading') out.push(`<p class="sub">${esc(p.text)}</p>`);
      else out.push(`<p${p.kind === 'item' ? ' class="item"' : ''}>${escLines(p.text)}</p>`);
      // Charts are SVG the narrative module drew from the tables' own figures.
      if (p.chart && charts[p.chart]) out.push(`<div class="chart">${charts[p.chart]}</div>`);
    }
  });
  return out.join('\n');
}

function defaultCharts(sections: NarrativeSection[], filing: Filing, value: CellValueFn): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sections) for (const p of s.paragraphs) if (p.chart && !out[p.chart]) out[p.chart] = narrativeChart(p.chart, filing, value);
  return out;
}

/** 重点财政支出项目绩效自评报告, from the clerk's text (第三部分 十（四）4 says where): its cover, then parts 一–四. */
function keyProjectReport(filing: Filing): string {
  const r = filing.narrative.reasons;
  const parts = REPORT_SLOTS.filter((k) => (r[k] ?? '').trim());
  if (parts.length === 0) return '';
  const paragraphs = (t: string) => t.split(/\r?\n/).filter((x) => x.trim()).map((x) => `<p>${esc(x.trim())}</p>`).join('\n');
  const body = parts.map((k) => `${REPORT_HEADINGS[k] ? `<p class="sub">${esc(REPORT_HEADINGS[k])}</p>` : ''}\n${paragraphs(r[k])}`).join('\n');
  return `<div class="report"><div class="report-cover"><div class="title">重点财政支出项目绩效自评报告</div><div class="org">${esc(filing.meta.department)}</div>${(r['report.date'] ?? '').trim() ? `<div class="date">${esc(r['report.date'].trim())}</div>` : ''}</div>
<div class="report-body"><div class="title">${filing.meta.year}年重点财政支出项目绩效自评报告</div>
${body}</div></div>`;
}

/** Shanxi's 概况 (templates without parameters print it too). */
const DEFAULT_OVERVIEW: OverviewPart[] = [
  { number: '一', title: '本部门（单位）职责' },
  { number: '二', title: '机构设置情况' },
];

/** The part headings: Shanghai names the department and year in them (PT 2–3). */
function partTitles(params: TemplateParams | undefined, meta: FilingMeta): { overview: string; tables: string; narrative: string; glossary: string } {
  if (params?.tableNumbering.onPage === 'title-only') {
    const org = meta.department;
    return {
      overview: `第一部分 ${org}概况`,
      tables: `第二部分 ${org}${meta.year}年度部门决算表`,
      narrative: `第三部分 ${org}${meta.year}年度部门决算情况说明`,
      glossary: '第四部分 名词解释',
    };
  }
  return { overview: '第一部分 概况', tables: `第二部分 ${meta.year}年部门决算表`, narrative: '第三部分 情况说明', glossary: '第四部分 名词解释' };
}

const paras = (lines: readonly string[]): string => lines.filter((x) => x.trim()).map((x) => `<p>${esc(x)}</p>`).join('\n');

/** 单位构成 as 序号 | 单位名称 | 备注: the first member is the department itself (本级). */
function membersTable(meta: FilingMeta, headers: readonly string[]): string {
  const suffix = (i: number, nature: string) => (i === 0 ? '（本级）' : nature === '参公事业' ? '（下属参公事业单位）' : nature === '事业' ? '（下属事业单位）' : nature === '行政' ? '（下属行政单位）' : '');
  const rows = meta.members.map((m, i) => `<tr><td class="c">${i + 1}</td><td>${esc(m.name + suffix(i, m.nature))}</td><td></td></tr>`).join('');
  return `<table class="grid members"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** 第一部分: the template's parts in order; 一 = duties, 二 = organisation (with the 单位构成 table where the template has one). */
function overviewHtml(filing: Filing, parts: readonly OverviewPart[], toc: TocEntry[]): string {
  return parts
    .map((p, i) => {
      const id = `p1-${i + 1}`;
      const single = filing.meta.members.length <= 1 && p.singleUnitTitle;
      const title = `${p.number}、${single ? p.singleUnitTitle : p.title}`;
      toc.push({ id, title, level: 2 });
      const content =
        i === 0 ? paras(filing.overview.duties.split(/\r?\n/)) : paras(filing.overview.organization) + (p.table && !single && filing.meta.members.length ? membersTable(filing.meta, p.table) : '');
      return `<h2 class="sec" id="${id}">${esc(title)}</h2>\n${content}`;
    })
    .join('\n');
}

export function printDocument(input: PrintInput): PrintDocument {
  const { filing, template } = input;
  const { meta } = filing;
  const toc: TocEntry[] = [];
  const body: string[] = [];
  const params = getTemplateParams(template.id);
  // Shanghai's cover reads “2024 年度部门决算” (PT 1); Shanxi's “2022年度部门决算公开”.
  const what = params?.tableNumbering.onPage === 'title-only' ? `${meta.year}年度部门决算` : `${meta.year}年度部门决算公开`;
  // A sample says so on its cover too, not only in the page margins (sample-mark.ts); below the title, so
  // that a reader of the PDF (published/read-document.ts) still finds the unit's name above the year.
  const sample = sampleMark(filing);
  const cover = `<section class="front cover"><div class="org">${esc(meta.department)}</div><div class="what">${what}</div>${sample ? `<div class="sample">${esc(sample)}</div>` : ''}${meta.cover?.publishDate ? `<div class="date">${esc(meta.cover.publishDate)}</div>` : ''}</section>`;

  const parts = partTitles(params, meta);
  toc.push({ id: 'p1', title: parts.overview, level: 1 });
  const overview = overviewHtml(filing, params?.overview ?? DEFAULT_OVERVIEW, toc);
  body.push(`<section class="page"><h1 class="part" id="p1">${esc(parts.overview)}</h1>\n${overview}\n</section>`);

  const layouts = tableLayouts(filing, template);
  toc.push({ id: 'p2', title: parts.tables, level: 1 });
  layouts.forEach((l, i) => {
    const id = `t-${l.id}`;
    toc.push({ id, title: `${chineseNumber(i + 1)}、${l.title}`, level: 2 });
    const part = i === 0 ? `<h1 class="part" id="p2">${esc(parts.tables)}</h1>` : '';
    body.push(tableSection(l, id, meta.unit, part, (filing.absent ?? []).includes(l.id)));
  });

  toc.push({ id: 'p3', title: parts.narrative, level: 1 });
  const narrativeToc: TocEntry[] = [];
  const computed = computeFiling(filing, template);
  const sections = input.narrative ?? generateNarrative(filing, computed.value);
  const charts = input.charts ?? defaultCharts(sections, filing, computed.value);
  const narrative = narrativeHtml(sections, charts, narrativeToc);
  toc.push(...narrativeToc);
  body.push(`<section class="page"><h1 class="part" id="p3">${esc(parts.narrative)}</h1>\n${narrative}\n</section>`);

  toc.push({ id: 'p4', title: parts.glossary, level: 1 });
  const glossary = filing.glossary.map((g, i) => `<p class="plain">${chineseNumber(i + 1)}、${esc(g.term)}：${escLines(g.text)}</p>`).join('\n');
  body.push(`<section class="page"><h1 class="part" id="p4">${esc(parts.glossary)}</h1>\n${glossary || '<p class="plain">无</p>'}\n</section>`);

  // A template without 自评表 (Shanghai) has no 第五部分.
  if (params?.hasSelfEvaluationForms ?? true) {
    toc.push({ id: 'p5', title: '第五部分 附件', level: 1 });
    const forms = filing.evaluations.filter((e) => e.published);
    const report = keyProjectReport(filing);
    const formHtml = forms.map((ev, i) => {
      const l = evaluationLayout(ev);
      return `<section class="form${i === 0 && !report ? '' : ' page'}"><p class="attach-label">附件${i + 1}</p><div class="title">${esc(l.title)}</div>
<div class="top"><span>${esc(l.topLeft)}</span><span>${esc(l.topRight)}</span></div>
${gridHtml(l.grid, '万元', 'grid', `<p class="foot">${esc(l.footer)}</p>`)}</section>`;
    });
    body.push(`<section class="page"><h1 class="part" id="p5">第五部分 附件</h1>\n${report}${[report, ...formHtml].join('\n').trim() ? formHtml.join('\n') : '<p class="plain">无</p>'}\n</section>`);
  }

  const draft = input.draftMark === undefined ? draftMark(evaluateAll(filing, template)) : input.draftMark;
  // The sample's mark does not depend on the findings: no host and no test option can print a sample without it.
  const marks = pageMarksCss({ running: `${meta.department}　${what}`, mark: exportMark(filing, draft) });
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(meta.department)}${meta.year}年度部门决算公开</title>
<style>${input.fontCss ?? ''}
${PRINT_CSS}${marks}${input.pageTotal === undefined ? '' : pageTotalCss(input.pageTotal)}</style></head>
<body>
${cover}
${tocHtml(toc, input.pageNumbers)}
${body.join('\n')}
</body></html>
`;
  return { html, toc };
}
