import { defineConfig } from '@playwright/test'

// Run through `npm run test:e2e` (scripts/e2e.mjs): it builds out/ first and sets
// SHOPBRIDGE_CHROMIUM (a system Chromium: Playwright's own browser download is not reachable here)
// and SHOPBRIDGE_ELECTRON / SHOPBRIDGE_ELECTRON_SKIP_REASON for the desktop specs.

// SHOPBRIDGE_E2E_PORT lets two checkouts run their e2e tests side by side.
const PORT = Number(process.env['SHOPBRIDGE_E2E_PORT'] ?? 4399)
const baseURL = `http://127.0.0.1:${PORT}/`

export default defineConfig({
  testDir: 'test/e2e',
  // Two cores on every machine of this project; more workers only fight over them.
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  // 'list' only: the html reporter would open a browser on failure.
  reporter: 'list',
  // Per test. The longest flows (import, print a PDF, restore a backup) took 11–13 s on a quiet VM
  // of this kind and 26–32 s on a slow one (2026-12-07: the same VM kind varies by 2–3 ×).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: '**/*.spec.ts',
      testIgnore: 'electron/**',
      use: {
        baseURL,
        launchOptions: {
          executablePath: process.env['SHOPBRIDGE_CHROMIUM'] || undefined,
          // The machine's network is closed: without these Chromium keeps dialling Google's
          // services (update checks, sync, QUIC probes) and logs refused connections; no GPU here.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--disable-gpu',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
  // Serves the already built renderer (out/renderer) exactly as web mode does, on a fixed port.
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
