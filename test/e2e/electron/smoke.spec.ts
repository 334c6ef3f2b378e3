import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { APP_ORIGIN } from '../../../src/shared/app-meta'
import { CHANNELS } from '../../../src/shared/ipc/contract'

// The desktop shell's security promises, checked in the real app. Needs an Electron binary, which
// scripts/e2e.mjs passes as SHOPBRIDGE_ELECTRON; without one the whole file is reported skipped.
const executablePath = process.env['SHOPBRIDGE_ELECTRON'] ?? ''

// What the checks touch of the page's global object (this tsconfig has no DOM lib). The casts are
// inlined in each page.evaluate callback: those run in the page, so they cannot call Node helpers.
type PageGlobal = {
  open(url: string): unknown
  location: { href: string }
  require?: unknown
  process?: unknown
  shopbridge: { invoke: Record<string, unknown> }
}

test.describe('desktop shell', () => {
  test.skip(!executablePath, process.env['SHOPBRIDGE_ELECTRON_SKIP_REASON'] || 'no Electron binary')
  test.describe.configure({ mode: 'serial' })

  let app: ElectronApplication
  let page: Page
  let userData: string

  test.beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'shopbridge-e2e-'))
    const root = resolve(__dirname, '../../..')
    app = await electron.launch({
      executablePath,
      // Chromium refuses to run as root with its sandbox on; only test runs (CI is root) drop it.
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        `--user-data-dir=${userData}`,
        join(root, 'out/main/index.js'),
      ],
      env: { ...process.env, TZ: 'Asia/Shanghai' } as Record<string, string>,
    })
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterAll(async () => {
    await app?.close()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  test('opens a ShopBridge window with the sidebar', async () => {
    await expect(page).toHaveTitle(/ShopBridge/)
    await expect(page.getByText(/^(学习|Learn)$/).first()).toBeVisible()
    expect(page.url().startsWith(APP_ORIGIN)).toBe(true)
  })

  test('opens no new windows', async () => {
    const opened = await page.evaluate(
      () => (globalThis as unknown as PageGlobal).open('https://example.com') === null,
    )
    expect(opened).toBe(true)
    await page.waitForTimeout(500)
    expect(app.windows()).toHaveLength(1)
  })

  test('blocks navigation away from the app', async () => {
    await page
      .evaluate(() => {
        ;(globalThis as unknown as PageGlobal).location.href = 'https://example.com'
      })
      .catch(() => undefined)
    await page.waitForTimeout(1000)
    expect(page.url().startsWith(APP_ORIGIN)).toBe(true)
  })

  test('gives the page no Node', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as unknown as PageGlobal).require,
      process: typeof (globalThis as unknown as PageGlobal).process,
    }))
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' })
  })

  test('exposes exactly the contract channels', async () => {
    const channels = await page.evaluate(() =>
      Object.keys((globalThis as unknown as PageGlobal).shopbridge.invoke).sort(),
    )
    expect(channels).toEqual([...CHANNELS].sort())
  })
})
