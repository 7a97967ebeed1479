// Vite replaces import.meta.env.DEV at build time: true under `electron-vite dev`, false in every build
// (`electron-vite build`, and so every package), where the code that depends on it is removed.
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
