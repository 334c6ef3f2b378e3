// Finds (and, where we may, installs) the Chromium that Playwright drives in the web e2e tests.
//
// Why not Playwright's own browser: its download comes from a CDN outside the npm registry and fails
// on this project's machines and in CI. Debian's `chromium` package works with Playwright through
// launchOptions.executablePath, so we prefer a system Chromium and only fall back to Playwright's.
// Chinese text in screenshots and PDFs needs a CJK font (fonts-noto-cjk), so we check for that too.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** Environment variables that name a browser, in the order they win. */
export const CHROMIUM_ENV_VARS = [
  'SHOPBRIDGE_CHROMIUM',
  'CHROMIUM_PATH',
  'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
]

/** Well-known install locations per platform. */
export function systemCandidates(platform = process.platform, env = process.env) {
  if (platform === 'linux')
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]
  }
  if (platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter(Boolean)
      .map((dir) => join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'))
  }
  return []
}

const isFile = (p) => {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

/** Playwright's own Chromium path (whether or not it was downloaded); null when no Playwright is installed. */
export function playwrightChromiumPath() {
  for (const pkg of ['playwright-core', '@playwright/test']) {
    try {
      const path = require(pkg).chromium.executablePath()
      if (path) return path
    } catch {
      // not installed, or no Chromium build for this platform: try the next one
    }
  }
  return null
}

/**
 * Pure lookup: env override, then system paths, then Playwright's download.
 * @param {{ env?: Record<string, string | undefined>, platform?: string, exists?: (p: string) => boolean,
 *           playwrightPath?: () => string | null }} [options]
 * @returns {{ ok: true, path: string, source: string } | { ok: false, reason: string }}
 */
export function findChromium({
  env = process.env,
  platform = process.platform,
  exists = isFile,
  playwrightPath = playwrightChromiumPath,
} = {}) {
  const ignored = []
  for (const name of CHROMIUM_ENV_VARS) {
    const value = env[name]
    if (!value) continue
    if (exists(value)) return { ok: true, path: value, source: name }
    ignored.push(`${name}=${value} does not exist`)
  }
  for (const path of systemCandidates(platform, env)) {
    if (exists(path)) return { ok: true, path, source: 'system' }
  }
  const pw = playwrightPath()
  if (pw && exists(pw)) return { ok: true, path: pw, source: 'playwright' }
  const looked = [...systemCandidates(platform, env), pw ?? "Playwright's Chromium"].join(', ')
  return {
    ok: false,
    reason: `no Chromium found (looked at ${looked}${ignored.length ? `; ${ignored.join('; ')}` : ''})`,
  }
}

/**
 * Whether a font that covers Chinese is installed. `fc-list :lang=zh` is the real question; the
 * Noto folder is the answer when fontconfig's tools are absent.
 * @param {{ run?: (cmd: string, args: string[]) => { status: number | null, stdout: string }, exists?: (p: string) => boolean }} [options]
 */
export function hasCjkFont({ run = runQuiet, exists = existsSync } = {}) {
  const res = run('fc-list', [':lang=zh'])
  if (res.status === 0 && res.stdout.trim() !== '') return true
  return exists('/usr/share/fonts/opentype/noto')
}

function runQuiet(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' })
  return { status: res.error ? null : res.status, stdout: res.stdout ?? '' }
}

function runInherit(cmd, args) {
  // Windows' npx is a .cmd file, which Node only spawns through a shell.
  // DEBIAN_FRONTEND: apt must never stop to ask (CI has no standard input).
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const res = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  return !res.error && res.status === 0
}

const isLinuxRoot = () =>
  process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = () => process.platform === 'linux' && existsSync('/usr/bin/apt-get')

export const INSTRUCTION =
  'ShopBridge tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk poppler-utils) or set SHOPBRIDGE_CHROMIUM=/path/to/chromium, then run again.'

/**
 * Returns a Chromium path for the tests, installing one when we can; exits 1 with one line of
 * instruction when there is none. Side effects (apt-get, npx) only happen when something is missing.
 * Every effect is injectable so the decisions can be unit-tested.
 */
export function ensureChromium({
  find = () => findChromium(),
  linuxRoot = isLinuxRoot(),
  apt = hasApt(),
  cjk = () => hasCjkFont(),
  run = runInherit,
  log = console.log,
  fail = (line) => {
    console.error(line)
    process.exit(1)
  },
} = {}) {
  const aptInstall = (packages) =>
    run('apt-get', ['update']) && run('apt-get', ['install', '-y', ...packages])
  let found = find()
  if (!found.ok) {
    if (linuxRoot && apt) {
      log('ShopBridge tests: installing Chromium and CJK fonts with apt-get…')
      aptInstall(['chromium', 'fonts-noto-cjk', 'poppler-utils'])
    } else if (!linuxRoot) {
      // Works where Playwright's CDN is reachable (a developer's own machine); harmless when it is not.
      log('ShopBridge tests: no Chromium found; trying `npx playwright install chromium`…')
      run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium'])
    }
    found = find()
    if (!found.ok) return fail(INSTRUCTION)
  }
  if (apt && !cjk()) {
    if (linuxRoot) {
      log('ShopBridge tests: installing CJK fonts (fonts-noto-cjk) with apt-get…')
      aptInstall(['fonts-noto-cjk'])
    } else {
      log(
        'ShopBridge tests: no CJK font; Chinese text in screenshots and PDFs will show as boxes (apt-get install fonts-noto-cjk).',
      )
    }
  }
  return found.path
}
