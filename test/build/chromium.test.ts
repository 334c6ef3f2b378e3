import { describe, expect, it } from 'vitest'
import {
  ensureChromium,
  findChromium,
  hasCjkFont,
  INSTRUCTION,
  systemCandidates,
  type ChromiumLookup,
} from '../../scripts/lib/chromium.mjs'

// The lookup order decides which browser the e2e tests drive: an explicit setting, then the
// system's Chromium (Debian's package in CI), then Playwright's own download as a last resort.

const existing =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p)
const noPlaywright = () => null

describe('findChromium', () => {
  it('prefers SHOPBRIDGE_CHROMIUM, then CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', () => {
    const env = {
      SHOPBRIDGE_CHROMIUM: '/a',
      CHROMIUM_PATH: '/b',
      PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/c',
    }
    const all = existing('/a', '/b', '/c', '/usr/bin/chromium')
    expect(
      findChromium({ env, platform: 'linux', exists: all, playwrightPath: noPlaywright }),
    ).toMatchObject({
      ok: true,
      path: '/a',
      source: 'SHOPBRIDGE_CHROMIUM',
    })
    expect(
      findChromium({
        env: { ...env, SHOPBRIDGE_CHROMIUM: undefined },
        platform: 'linux',
        exists: all,
        playwrightPath: noPlaywright,
      }),
    ).toMatchObject({ path: '/b', source: 'CHROMIUM_PATH' })
    expect(
      findChromium({
        env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/c' },
        platform: 'linux',
        exists: all,
        playwrightPath: noPlaywright,
      }),
    ).toMatchObject({ path: '/c' })
  })

  it('skips an env path that does not exist and mentions it if nothing else is found', () => {
    const env = { SHOPBRIDGE_CHROMIUM: '/gone' }
    expect(
      findChromium({
        env,
        platform: 'linux',
        exists: existing('/usr/bin/chromium'),
        playwrightPath: noPlaywright,
      }),
    ).toMatchObject({ ok: true, path: '/usr/bin/chromium', source: 'system' })
    const none = findChromium({
      env,
      platform: 'linux',
      exists: existing(),
      playwrightPath: noPlaywright,
    })
    expect(none.ok).toBe(false)
    if (!none.ok) expect(none.reason).toContain('SHOPBRIDGE_CHROMIUM=/gone does not exist')
  })

  it('checks /usr/bin/chromium, chromium-browser, google-chrome in that order on Linux', () => {
    expect(systemCandidates('linux')).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ])
    const found = findChromium({
      env: {},
      platform: 'linux',
      exists: existing('/usr/bin/google-chrome', '/usr/bin/chromium-browser'),
      playwrightPath: noPlaywright,
    })
    expect(found).toMatchObject({ path: '/usr/bin/chromium-browser' })
  })

  it("falls back to Playwright's Chromium only when it was really downloaded", () => {
    const pw = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'
    expect(
      findChromium({ env: {}, platform: 'linux', exists: existing(pw), playwrightPath: () => pw }),
    ).toMatchObject({
      ok: true,
      path: pw,
      source: 'playwright',
    })
    const none = findChromium({
      env: {},
      platform: 'linux',
      exists: existing(),
      playwrightPath: () => pw,
    })
    expect(none.ok).toBe(false)
    if (!none.ok) {
      expect(none.reason).toMatch(/^no Chromium found \(looked at \/usr\/bin\/chromium, /)
      expect(none.reason).toContain(pw)
      expect(none.reason).not.toContain('\n')
    }
  })

  it('knows the usual places on macOS and Windows', () => {
    expect(systemCandidates('darwin')[0]).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium')
    const win = systemCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })
    expect(win).toHaveLength(1)
    expect(win[0]).toMatch(/Google.Chrome.Application.chrome\.exe$/)
  })
})

describe('hasCjkFont', () => {
  const noDir = () => false
  it('trusts fc-list :lang=zh when it lists a font', () => {
    const run = () => ({
      status: 0,
      stdout: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK SC\n',
    })
    expect(hasCjkFont({ run, exists: noDir })).toBe(true)
  })
  it('says no when fc-list lists nothing and there is no Noto folder', () => {
    expect(hasCjkFont({ run: () => ({ status: 0, stdout: '\n' }), exists: noDir })).toBe(false)
  })
  it('falls back to the Noto folder when fc-list is missing', () => {
    const run = () => ({ status: null, stdout: '' })
    expect(hasCjkFont({ run, exists: (p) => p === '/usr/share/fonts/opentype/noto' })).toBe(true)
  })
})

describe('ensureChromium', () => {
  const found = { ok: true as const, path: '/usr/bin/chromium', source: 'system' }
  const missing = { ok: false as const, reason: 'no Chromium found (…)' }
  function harness(opts: {
    finds: ChromiumLookup[]
    linuxRoot: boolean
    apt: boolean
    cjk?: boolean
  }) {
    const calls: string[] = []
    const lines: string[] = []
    const failures: string[] = []
    const finds = [...opts.finds]
    const path = ensureChromium({
      find: () => finds.shift() ?? missing,
      linuxRoot: opts.linuxRoot,
      apt: opts.apt,
      cjk: () => opts.cjk ?? true,
      run: (cmd, args) => {
        calls.push([cmd, ...args].join(' '))
        return true
      },
      log: (l) => lines.push(l),
      fail: (l) => {
        failures.push(l)
      },
    })
    return { path, calls, lines, failures }
  }

  it('does nothing when Chromium and a CJK font are there', () => {
    expect(harness({ finds: [found], linuxRoot: true, apt: true })).toMatchObject({
      path: '/usr/bin/chromium',
      calls: [],
      lines: [],
    })
  })

  it('installs Chromium, CJK fonts and poppler with apt-get as root on Debian (CI)', () => {
    const h = harness({ finds: [missing, found], linuxRoot: true, apt: true })
    expect(h.lines).toEqual(['ShopBridge tests: installing Chromium and CJK fonts with apt-get…'])
    expect(h.calls).toEqual([
      'apt-get update',
      'apt-get install -y chromium fonts-noto-cjk poppler-utils',
    ])
    expect(h.path).toBe('/usr/bin/chromium')
  })

  it("tries Playwright's own download when not root", () => {
    const h = harness({ finds: [missing, found], linuxRoot: false, apt: true })
    expect(h.calls).toEqual([
      `${process.platform === 'win32' ? 'npx.cmd' : 'npx'} playwright install chromium`,
    ])
  })

  it('fails with one line of instruction when nothing worked', () => {
    const h = harness({ finds: [missing, missing], linuxRoot: true, apt: false })
    expect(h.calls).toEqual([])
    expect(h.failures).toEqual([INSTRUCTION])
    expect(INSTRUCTION).not.toContain('\n')
  })

  it('adds the CJK font when Chromium is there without it', () => {
    const h = harness({ finds: [found], linuxRoot: true, apt: true, cjk: false })
    expect(h.calls).toEqual(['apt-get update', 'apt-get install -y fonts-noto-cjk'])
    const user = harness({ finds: [found], linuxRoot: false, apt: true, cjk: false })
    expect(user.calls).toEqual([])
    expect(user.lines[0]).toMatch(/no CJK font/)
  })
})
