export { PrintPreview } from './PrintPreview';
export { openPrintPreview, closePrintPreview } from './preview-store';
export { previewHtml } from './preview-html';
export { printThrough } from './print-action';
