// The preview's document: the very HTML the PDF is printed from (printDocument), with the bundled font and
// screen styles that lay each printed part out as A4 sheets at the PDF's page and margin sizes, so lines
// wrap exactly as in the PDF. Forced page breaks start a new sheet; inside a long part, dashed guides mark
// where the page ends (the PDF may break a little earlier to keep a table row or heading together).
import type { Filing } from '../../../../shared/filing/types';
import type { Template } from '../../../../shared/templates/types';
import { printDocument } from '../../../../shared/io/print/print-document';
import { previewFontCss } from './preview-fonts';

// Page content heights (A4 less the @page margins of print-css.ts): portrait 297−16−16, landscape 210−12−14.
const SCREEN_CSS = `
@media screen {
  html { background: #7d848c; }
  body { margin: 0; padding: 10mm 0; }
  body > section { position: relative; background-color: #fff; width: 210mm; min-height: 297mm; padding: 16mm 14mm;
    margin: 0 auto 10mm; box-shadow: 0 1px 6px rgba(0,0,0,.45);
    background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 265mm, #d33 265mm, #d33 calc(265mm + 1px));
    background-repeat: no-repeat; background-origin: content-box; background-clip: padding-box; }
  body > section.wide { width: 297mm; min-height: 210mm; padding: 12mm 10mm 14mm;
    background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 184mm, #d33 184mm, #d33 calc(184mm + 1px)); }
  body > section.cover { height: 297mm; }
  section section.page { border-top: 1px dashed #d33; margin-top: 8mm; padding-top: 8mm; }
  .toc a { pointer-events: none; }
}
`;

/** Only the sheet holding one table's title (id t-T02), on screen and on paper: printing one table. */
export function onlyTableCss(table: string): string {
  const id = `t-${table.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return `\nbody > *:not(:has(#${id})) { display: none !important; }\nbody > section:has(#${id}) { page-break-before: auto; break-before: auto; }\n`;
}

/** The preview's srcdoc for this filing (only: one table's id, to print that table alone). */
export function previewHtml(filing: Filing, template: Template, only?: string): string {
  const { html } = printDocument({ filing, template, fontCss: previewFontCss() });
  const at = html.indexOf('</style>');
  const css = SCREEN_CSS + (only ? onlyTableCss(only) : '');
  return at < 0 ? html : html.slice(0, at) + css + html.slice(at);
}
