// The two Vite import forms the preview's font uses (tsconfig.web.json has no vite/client types).
declare module '*.css?raw' {
  const text: string;
  export default text;
}

interface ImportMeta {
  glob<T = unknown>(pattern: string | string[], options: { query?: string; import?: string; eager: true }): Record<string, T>;
}
