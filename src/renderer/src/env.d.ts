// Vite handles stylesheet imports; TypeScript only needs to know they exist.
declare module '*.css';

/** package.json's version, put in by the build (electron.vite.config.ts). */
declare const __APP_VERSION__: string;
