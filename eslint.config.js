// Lint: typescript-eslint, plus the layer rules of architecture.md (imports flow one way).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'stream', 'zlib', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: no electron, node:*, react or DOM.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'electron-store'], message: 'src/shared is pure: no electron.' },
          { group: nodeBuiltins, message: 'src/shared is pure: no Node built-ins.' },
          { group: ['react', 'react-dom', 'react/*', 'ag-grid-*'], message: 'src/shared is pure: no React or DOM.' },
          { group: ['**/node/**', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' },
        ],
      }],
    },
  },
  {
    // The pure core has no clock, randomness, timers, network, console or host: each is a side effect or a
    // hidden input, so a caller passes it in (ids, "now") and the same input always gives the same output.
    // tsconfig.shared.json (lib ES2022, no DOM or Node types) proves the same for the compiler.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'process', 'require', 'global', 'globalThis', 'self', 'Buffer']
          .map((name) => ({ name, message: 'src/shared is pure: no host globals.' })),
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']
          .map((name) => ({ name, message: 'src/shared is pure: no network; the host fetches and passes the data in.' })),
        ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback']
          .map((name) => ({ name, message: 'src/shared is pure and synchronous: no timers; the caller schedules.' })),
        { name: 'crypto', message: 'src/shared is pure: no randomness; the caller passes ids in.' },
        { name: 'performance', message: 'src/shared is pure: no clock; the caller measures.' },
        { name: 'console', message: 'src/shared is pure: report through return values (findings, results), not a log.' },
        { name: 'structuredClone', message: 'structuredClone is a host API, not ECMAScript (absent from lib ES2022): copy explicitly.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/shared is pure: no clock; the caller passes "now" in.' },
        { object: 'Math', property: 'random', message: 'src/shared is pure: no randomness; the caller passes ids in.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/shared is pure: no clock; the caller passes "now" in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'src/shared is pure: Date() reads the clock; the caller passes "now" in.' },
      ],
    },
  },
  {
    // The renderer never reaches into main or node, and never into Node built-ins.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'electron-store'], message: 'The renderer talks to its host only through HostApi.' },
          { group: nodeBuiltins, message: 'The renderer has no Node.' },
          { group: ['**/main/**', '**/node/**', '**/preload/**'], message: 'renderer → shared only.' },
        ],
      }],
    },
  },
  {
    // The rules of hooks (and the React Compiler's checks of them) in the UI; exhaustive-deps is an error,
    // not a warning, because a stale closure is a wrong figure on screen.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The preload imports only the host contract (and electron's contextBridge/ipcRenderer).
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/shared/**', '!**/shared/host-api'], message: 'The preload imports only the host contract.' },
          { group: ['**/main/**', '**/node/**', '**/renderer/**'], message: 'The preload imports only the host contract.' },
          { group: nodeBuiltins, message: 'A sandboxed preload has no Node built-ins.' },
        ],
      }],
    },
  },
  {
    // Node services never import Electron (the CLI and tests load them where no Electron binary exists).
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'electron-store'], message: 'src/node must run without Electron.' },
          { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'node → shared only.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main → node → shared.' }],
      }],
    },
  },
  {
    // No import cycles, file to file, in the pure core or the renderer (type-only imports count too:
    // a cycle of types is still a cycle of concepts).
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
