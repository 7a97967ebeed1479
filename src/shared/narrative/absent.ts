// Absent is not zero, in the 情况说明 too. A sentence whose figures come from a table the filing does not
// have (filing.absent) would print 0.00 that looks real; it is replaced by a visible mark naming the table
// (“（公开05表未提供，本段未生成）”). So is a sentence that states an absent table's cells hold nothing
// (Para.statesNone), and a section that read an absent table and quotes no figure at all (it said
// “本年度无此项支出” from zeros that are not there). Both templates go through here.
import { getTemplate } from '../templates/registry';
import type { Filing } from '../types/filing';
import type { CellRef } from '../types/template';
import type { CellValueFn, FigureSource, NarrativeParagraph, NarrativeSection } from './output';

/** The self-evaluation forms as one unit of presence (rules/presence.ts FORMS_ID). */
const FORMS = 'PE';

/** The tables (or the forms) a figure was computed from; last year's figures and facts are none. */
export function figureTables(src: FigureSource): string[] {
  const of = (cells: CellRef[]) => cells.map((c) => c.table);
  switch (src.kind) {
    case 'cells':
    case 'change':
      return of(src.cells);
    case 'ratio':
      return [...of(src.num), ...(Array.isArray(src.den) ? of(src.den) : [])];
    case 'evaluation':
      return [FORMS];
    default:
      return [];
  }
}

function tableName(filing: Filing, id: string): string {
  if (id === FORMS) return '项目支出绩效自评表';
  try {
    return getTemplate(filing.template).tables.find((t) => t.id === id)?.number || id;
  } catch {
    return id;
  }
}

/** The mark that stands where a paragraph was left out. */
export function omittedText(filing: Filing, tables: readonly string[]): string {
  return `（${tables.map((t) => tableName(filing, t)).join('、')}未提供，本段未生成）`;
}

function omitted(filing: Filing, kind: NarrativeParagraph['kind'], tables: string[]): NarrativeParagraph {
  return { kind, text: omittedText(filing, tables), figures: [], slots: [], omitted: tables };
}

/** The tables a chart reads (the chart is drawn with a value function that notes them). */
export type ChartReads = (kind: NonNullable<NarrativeParagraph['chart']>) => ReadonlySet<string>;

/** One section built with a value function that notes the absent tables it reads, then marked. */
export function leaveOutAbsent(filing: Filing, build: (value: CellValueFn) => NarrativeSection, value: CellValueFn, chartReads?: ChartReads): NarrativeSection {
  const absent = new Set(filing.absent ?? []);
  if (absent.size === 0) return build(value);
  const read = new Set<string>();
  const section = build((cell) => {
    if (absent.has(cell.table)) read.add(cell.table);
    return value(cell);
  });
  const quotesNothing = section.paragraphs.every((p) => p.figures.length === 0);
  if (read.size > 0 && quotesNothing) {
    return { ...section, paragraphs: [omitted(filing, 'text', [...read].sort())] };
  }
  const paragraphs: NarrativeParagraph[] = [];
  for (const p of section.paragraphs) {
    const basis = [...p.figures.flatMap((f) => figureTables(f.source)), ...(p.about ?? []).map((c) => c.table)];
    const missing = [...new Set(basis.filter((t) => absent.has(t)))].sort();
    let next = p.kind === 'heading' || missing.length === 0 ? p : omitted(filing, p.kind, missing);
    // A chart of an absent table's figures would draw bars of zeros: the paragraph keeps no chart.
    if (next.chart && chartReads && [...chartReads(next.chart)].some((t) => absent.has(t))) {
      const { chart: _chart, ...rest } = next;
      next = rest;
    }
    // Items one after another from the same absent table say so once.
    const prev = paragraphs[paragraphs.length - 1];
    if (next.omitted && prev?.omitted && prev.text === next.text) continue;
    paragraphs.push(next);
  }
  return { ...section, paragraphs };
}
