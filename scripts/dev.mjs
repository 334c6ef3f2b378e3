// `npm run dev`: the desktop app with hot reload when an Electron binary exists; otherwise the
// renderer alone in the browser (web mode, Vite dev server, also hot-reloading). Extra arguments
// go to whichever runs.
import { findElectronBinary } from './lib/electron-binary.mjs'
import { ROOT, bin, foreground, start } from './lib/run.mjs'

const extra = process.argv.slice(2)
const electron = findElectronBinary({ root: ROOT })
if (electron.ok) {
  await foreground(
    start(bin('electron-vite'), ['dev', ...extra], {
      env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
    }),
  )
} else {
  console.log(`ShopBridge: ${electron.reason} — starting web mode instead.`)
  // vite.web.config.mts binds 127.0.0.1 and moves off 5173 when it is busy; Vite prints the URL.
  await foreground(start(bin('vite'), ['--config', 'vite.web.config.mts', ...extra]))
}
