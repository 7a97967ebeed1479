// The bundled print font (Noto Sans SC, 400 and 700, the same @fontsource files the PDF embeds) for the
// preview frame: Vite copies the woff2 slices into the build as our own files, so the CSP's font-src 'self'
// covers them and nothing is fetched from elsewhere. Each slice keeps its unicode-range, so the frame loads
// only the slices its text uses.
import css400 from '@fontsource/noto-sans-sc/400.css?raw';
import css700 from '@fontsource/noto-sans-sc/700.css?raw';

const files = import.meta.glob<string>('../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-{400,700}-normal.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

const byName = new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

function faces(css: string, weight: number): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(m[1])?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(m[1])?.[1];
    const url = file ? byName.get(file) : undefined;
    if (!url || !range) continue;
    out.push(`@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:${weight};font-display:block;src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${range};}`);
  }
  return out;
}

let cached: string | null = null;

/** @font-face rules for the preview frame; empty if the build carries no font (then the system font shows). */
export function previewFontCss(): string {
  cached ??= [...faces(css400, 400), ...faces(css700, 700)].join('\n');
  return cached;
}
