// Finds a usable Electron executable WITHOUT loading the 'electron' package.
//
// Why: Electron ≥ 42 has no install script; `require('electron')` is what fetches the binary, lazily,
// from a host outside the npm registry. Here (and in CI) that download cannot succeed, so requiring
// the package just to ask "is there a binary?" would try the network and throw. We mirror the
// package's own lookup instead (node_modules/electron/index.js): path.txt names the executable
// inside node_modules/electron/dist/, and ELECTRON_OVERRIDE_DIST_PATH replaces that dist folder.
// ELECTRON_EXEC_PATH is what electron-vite itself honours, so it comes first.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The executable's path inside a dist folder when path.txt is absent (as electron's install.js names it). */
export function defaultExecutableName(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

function isFile(p) {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

function isDir(p) {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/**
 * @param {{ root?: string, env?: Record<string, string | undefined>, platform?: string }} [options]
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findElectronBinary({
  root = process.cwd(),
  env = process.env,
  platform = process.platform,
} = {}) {
  const pkgDir = join(resolve(root), 'node_modules', 'electron')
  const pathTxt = join(pkgDir, 'path.txt')
  const named = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : ''

  const execPath = env.ELECTRON_EXEC_PATH
  if (execPath) {
    if (isFile(execPath)) return { ok: true, path: resolve(execPath) }
    // Set but wrong: say so rather than silently falling back to another binary.
    return { ok: false, reason: `ELECTRON_EXEC_PATH points at ${execPath}, which is not a file` }
  }

  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    // Electron treats it as a dist folder; accept a direct path to the executable too.
    if (isFile(override)) return { ok: true, path: resolve(override) }
    const candidate = join(override, named || defaultExecutableName(platform))
    if (isDir(override) && isFile(candidate)) return { ok: true, path: resolve(candidate) }
    return {
      ok: false,
      reason: `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable`,
    }
  }

  if (!existsSync(pkgDir)) {
    return {
      ok: false,
      reason: 'no Electron binary (node_modules/electron is missing; run npm ci)',
    }
  }
  if (!isDir(join(pkgDir, 'dist'))) {
    return {
      ok: false,
      reason:
        'no Electron binary (node_modules/electron/dist is missing; it is downloaded on first use from outside the npm registry)',
    }
  }
  if (!named) {
    return {
      ok: false,
      reason:
        'no Electron binary (node_modules/electron/path.txt is missing; the download did not finish)',
    }
  }
  const full = join(pkgDir, 'dist', named)
  if (!isFile(full)) {
    return {
      ok: false,
      reason: `no Electron binary (node_modules/electron/dist/${named} is missing)`,
    }
  }
  return { ok: true, path: full }
}
