// Installers for Windows (NSIS), macOS (dmg) and Linux (AppImage, deb). `npm run dist[:win|:mac|:linux]`.
// Invariants are pinned by test/build/electron-builder-config.test.ts.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const packs = join(__dirname, 'resources', 'packs')

/** @type {import('electron-builder').Configuration} */
module.exports = {
  // Must equal APP_ID in src/shared/app-meta.ts: Windows ties taskbar grouping and the uninstaller
  // to it, macOS the bundle id (and so the user's data folder and permissions).
  appId: 'com.shopbridge.app',
  productName: 'ShopBridge 店桥',
  // Chinese product name in window titles, ASCII in file names (download pages, shells, old unzip tools).
  artifactName: 'ShopBridge-${version}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'resources' },
  // electron-vite bundles every runtime dependency into out/ (all are devDependencies), so the app
  // ships no node_modules at all; source maps stay out of the installer.
  files: ['out/**', 'package.json', '!**/*.map'],
  npmRebuild: false, // no native modules to rebuild
  asar: true,
  // Ship only the UI languages the app has: Electron's other locale .pak files are dead weight.
  // "en-US" also keeps macOS's en.lproj (electron-builder matches region-qualified names both ways).
  electronLanguages: ['zh-CN', 'en-US'],
  // Offline content packs, when the repo has them, sit beside app.asar (process.resourcesPath/packs).
  extraResources: existsSync(packs)
    ? [{ from: 'resources/packs', to: 'packs', filter: ['**/*'] }]
    : [],
  // 512×512, made from resources/public/icon.svg by scripts/make-icon.mjs; converted to .ico/.icns.
  icon: 'resources/icon.png',
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    // Assisted, per-user installer that never asks for administrator rights: a shop's PC is often
    // locked down, and the data lives in the user's profile anyway.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    artifactName: 'ShopBridge-Setup-${version}.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'shopbridge',
    // deb requires a maintainer with an e-mail address; placeholder until the project has one.
    maintainer: 'ShopBridge team <team@shopbridge.invalid>',
    synopsis: 'Offline-first helper for small shops going online',
  },
}
