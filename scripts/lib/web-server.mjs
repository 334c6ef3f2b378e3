// Helpers for serving the renderer in "web mode" (the same React app in a plain browser).
import { spawn } from 'node:child_process'
import { get } from 'node:http'
import { createServer } from 'node:net'

/** Resolves true when nothing listens on host:port (we bind it for a moment and let go). */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, host, () => srv.close(() => resolve(true)))
  })
}

/**
 * First free port from `preferred` on. We choose it ourselves (and pass --strictPort) so the URL we
 * print is the one Vite really uses, instead of parsing Vite's banner.
 */
export async function findFreePort(preferred, host = '127.0.0.1', tries = 50) {
  for (let port = preferred; port < preferred + tries; port++) {
    if (await portIsFree(port, host)) return port
  }
  throw new Error(`no free port in ${preferred}–${preferred + tries - 1}`)
}

/** Polls `url` until it answers (any HTTP status) or `timeoutMs` passes. */
export async function waitForHttp(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const up = await new Promise((resolve) => {
      const req = get(url, (res) => {
        res.resume()
        resolve(true)
      })
      req.on('error', () => resolve(false))
      req.setTimeout(2000, () => req.destroy())
    })
    if (up) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

/**
 * Opens `url` in the user's browser when there plausibly is one: not under CI, and on Linux only
 * with a display. Failure is ignored — the URL has been printed anyway.
 */
export function openBrowser(url, { env = process.env, platform = process.platform } = {}) {
  if (env.CI) return false
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false
  const [cmd, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true })
    child.on('error', () => {})
    child.unref()
    return true
  } catch {
    return false
  }
}
