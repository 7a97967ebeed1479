// How 决算通 is packaged for the clerks' machines (electron-builder; `npm run dist`, see README).
// Clerks use Windows PCs and domestic Linux (x64 and arm64) and double-click a .jsgk to open it.
// tests/unit/packaging-config.test.ts reads this file and asserts the targets, the association and the fuses.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'cn.juesuan.desktop',
  productName: '决算通',
  // Executables, package names and artifact names stay ASCII: dpkg, AppImage and some Windows tools
  // mishandle non-ASCII file names. The shortcut, window and installer still read 决算通.
  executableName: 'juesuan',
  artifactName: 'juesuan-${version}-${os}-${arch}.${ext}',
  copyright: '决算通',
  // The version comes from package.json (electron-builder reads it there; nothing here overrides it).
  directories: { output: 'release', buildResources: 'resources' },
  // Only the built app and its runtime dependencies: out/ is what electron-vite builds; sources, tests
  // and scripts stay out of the package. Production dependencies in node_modules are added by electron-builder.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    // The renderer's libraries are bundled into out/renderer; the main process never loads them.
    '!node_modules/{ag-grid-community,ag-grid-react,ag-stack,react,react-dom,scheduler}/**',
    // The PDF embeds Noto Sans SC 400 and 700 as woff2 only (src/node/export/fonts.ts): 7 MB of the package's 74 MB.
    '!node_modules/@fontsource/noto-sans-sc/files/*.woff',
    '!node_modules/@fontsource/noto-sans-sc/files/*-{100,200,300,500,600,800,900}-*',
  ],
  // The print font comes from the @fontsource/noto-sans-sc dependency inside app.asar (src/node/export/fonts.ts).
  asar: true,
  // No native modules: nothing to rebuild, and no compiler needed on the build machine.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Never upload anything; installers are handed over by hand.
  publish: null,

  // Fuses are bits in the Electron binary flipped at package time (before signing), so they hold even
  // if someone controls the environment or the command line of a clerk's session.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn 决算通.exe into a plain Node.js that runs any script: off.
    // (The app forks no Node child processes, so nothing needs it.)
    runAsNode: false,
    // NODE_OPTIONS could preload code into the main process (--require): off.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect / --inspect-brk would open a debugger port into the main process: off.
    enableNodeCliInspectArguments: false,
    // Cookies (none are used today) are stored encrypted with the OS key store, as Chrome does.
    enableCookieEncryption: true,
    // The app.asar hash is embedded (electron-builder computes it) and checked at start: a tampered
    // archive does not run (enforced on Windows and macOS; Linux has no check yet).
    enableEmbeddedAsarIntegrityValidation: true,
    // Load the app only from app.asar, never from a loose resources/app folder someone dropped beside it.
    onlyLoadAppFromAsar: true,
    // file:// gets no extra privileges: the renderer is served from app://juesuan/ (src/main/protocol.ts).
    grantFileProtocolExtraPrivileges: false,
  },

  fileAssociations: [
    {
      ext: 'jsgk',
      name: 'JSGK',
      description: '部门决算公开文件',
      mimeType: 'application/x-juesuan-jsgk',
      role: 'Editor',
      icon: 'icon',
    },
  ],

  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    // Per-user install: clerks rarely have administrator rights; nothing asks for elevation.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    // The installer speaks Chinese only (LCID 2052, zh_CN).
    installerLanguages: ['zh_CN'],
    language: '2052',
    multiLanguageInstaller: false,
    unicode: true,
    shortcutName: '决算通',
    uninstallDisplayName: '决算通',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // The clerk's filings and settings are theirs: an uninstall leaves them.
    deleteAppDataOnUninstall: false,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
  },

  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    icon: 'resources/icon.png',
    category: 'Office',
    synopsis: '部门决算公开编制与审核',
    description: '决算通：部门决算公开编制与审核（离线桌面应用）',
    // Placeholder contact (未核对): set the real maintainer before the first release.
    maintainer: '决算通开发组 <juesuan@example.invalid>',
    // The window's WM_CLASS is package.json's desktopName (juesuan), which electron-builder writes as StartupWMClass.
    desktop: { entry: { Name: '决算通', Comment: '部门决算公开编制与审核' } },
  },
  deb: {
    // Chinese fonts for the UI (the PDF embeds its own); the rest is electron-builder's default list.
    depends: ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0', 'fonts-noto-cjk | fonts-wqy-zenhei'],
  },
};

export default config;
