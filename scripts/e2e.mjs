// `npm run test:e2e [playwright args…]`: end-to-end tests with Playwright.
//
// 1. A Chromium for the "web" project (installed with apt-get when we are root on Debian, as in CI).
// 2. `electron-vite build` → out/: the web project serves out/renderer; the electron project
//    launches out/main/index.js. One build for both, and it needs no Electron binary.
// 3. `playwright test`, told through the environment which browser and which Electron to use; when
//    there is no Electron binary the electron specs report themselves skipped, with the reason.
// Set SHOPBRIDGE_E2E_SKIP_BUILD=1 to reuse an existing out/ while iterating on specs.
import { findElectronBinary } from './lib/electron-binary.mjs'
import { ensureChromium } from './lib/chromium.mjs'
import { ROOT, bin, foreground, onPath, run, start } from './lib/run.mjs'

const chromium = ensureChromium()

if (!process.env.SHOPBRIDGE_E2E_SKIP_BUILD) {
  const built = await run(bin('electron-vite'), ['build'])
  if (built !== 0) process.exit(built)
}

let electron = findElectronBinary({ root: ROOT })
let wrap = null
// Electron on Linux needs a display; without one, run everything under a virtual X server.
if (
  electron.ok &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  if (onPath('xvfb-run')) wrap = ['xvfb-run', ['-a']]
  else
    electron = {
      ok: false,
      reason: 'no display for Electron (install xvfb to run the desktop tests headless)',
    }
}

// Playwright's list reporter shows skipped tests without their reason: say it once here.
if (!electron.ok) console.log(`ShopBridge e2e: desktop specs will be skipped — ${electron.reason}`)

const env = {
  ...process.env,
  SHOPBRIDGE_CHROMIUM: chromium,
  SHOPBRIDGE_ELECTRON: electron.ok ? electron.path : '',
  SHOPBRIDGE_ELECTRON_SKIP_REASON: electron.ok ? '' : electron.reason,
}
const args = ['test', ...process.argv.slice(2)]
const child = wrap
  ? start(wrap[0], [...wrap[1], bin('playwright'), ...args], { env })
  : start(bin('playwright'), args, { env })
await foreground(child)
