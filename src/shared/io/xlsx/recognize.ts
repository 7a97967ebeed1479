// Which template a workbook is in (山西 2022 with 公开NN表 and 行次, 上海 2024 with 表一…表九 and none):
// the workbook is read by each template the app knows and the one its sheets fit best is kept. Titles
// alone do not tell (both call their first table 收入支出决算总表); the table marks, the rows each sheet
// holds and whether it prints 行次/栏次 do. The year only breaks a tie. A sheet that fits none of them is
// refused with the reason; a sheet that fits another template than the workbook's is not mixed in.
import type { Template } from '../../templates/types';
import { serves } from '../../templates/years';
import type { ImportOptions, TemplateFit, WorkbookImport } from './import-workbook';
import { importWorkbook } from './import-workbook';
import type { SheetData } from './sheet-data';

/** A sheet read counts most, one recognised by the template's own table mark more; refusals count against. */
function score(fit: TemplateFit): number {
  return fit.read * 2 + fit.marked * 2 - fit.refused * 2 - fit.numbered;
}

export function importRecognised(sheets: SheetData[], templates: Template[], options: ImportOptions = {}): WorkbookImport {
  if (templates.length === 0) throw new Error('没有可用的报表模板');
  const tries = templates.map((template) => {
    const result = importWorkbook(sheets, () => template, options);
    const year = result.filing.meta.year;
    return { template, result, score: score(result.fit), serves: serves(template, year) };
  });
  // Best fit first; among equals the template serving the year read, then registry order.
  const ranked = [...tries].sort((a, b) => b.score - a.score || Number(b.serves) - Number(a.serves) || tries.indexOf(a) - tries.indexOf(b));
  const best = ranked[0];
  const { report } = best.result;
  const others = ranked.slice(1);
  const fits = (t: (typeof tries)[number]) => `${t.result.fit.read} 张表符合`;
  const why = others.length ? `（${fits(best)}${others.map((o) => `；按“${o.template.name}”${o.result.fit.read} 张表符合${o.result.fit.refused ? `、${o.result.fit.refused} 张不符` : ''}`).join('')}）` : '';
  report.identity = [`模板：按“${best.template.name}”读入${why}`, ...(report.identity ?? [])];
  // A sheet refused here: say whether another template would take it, so the clerk knows what it is.
  for (const sr of report.sheets) {
    if (sr.status !== 'refused' || sr.as === '项目支出绩效自评表') continue;
    const elsewhere = others.filter((o) => o.result.report.sheets.some((x) => x.sheet === sr.sheet && x.status === 'read'));
    sr.notRead.push(
      elsewhere.length
        ? `这张表符合“${elsewhere[0].template.name}”的格式，但工作簿其余各表是“${best.template.name}”的格式，两种格式不混读；请分开导入`
        : `也不符合${others.map((o) => `“${o.template.name}”`).join('、') || '其他模板'}的格式`,
    );
  }
  return best.result;
}
