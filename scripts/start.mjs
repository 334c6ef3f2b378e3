// `npm start`: build, then run the desktop app — or, where no Electron binary can be had (this
// project's machines and CI cannot download it), serve the same build in the browser ("web mode").
// One line says which and why, so nobody mistakes the fallback for a failure.
import { findElectronBinary } from './lib/electron-binary.mjs'
import { ROOT, bin, foreground, run, start } from './lib/run.mjs'
import { findFreePort, openBrowser, waitForHttp } from './lib/web-server.mjs'

const HOST = '127.0.0.1'

// electron-vite build writes main, preload and renderer into out/; it needs no Electron binary.
const built = await run(bin('electron-vite'), ['build'])
if (built !== 0) process.exit(built)

const electron = findElectronBinary({ root: ROOT })
if (electron.ok) {
  // electron-vite honours ELECTRON_EXEC_PATH, so an override found by the finder is the one it runs.
  await foreground(
    start(bin('electron-vite'), ['preview'], {
      env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
    }),
  )
} else {
  console.log(`ShopBridge: ${electron.reason} — starting web mode instead.`)
  const port = await findFreePort(4173, HOST)
  const server = start(bin('vite'), [
    'preview',
    '--config',
    'vite.web.config.mts',
    '--host',
    HOST,
    '--port',
    `${port}`,
    '--strictPort',
  ])
  const url = `http://${HOST}:${port}/`
  void waitForHttp(url).then((up) => {
    if (!up) return
    console.log(`ShopBridge web mode: ${url}  (Ctrl-C stops it)`)
    openBrowser(url)
  })
  await foreground(server)
}
