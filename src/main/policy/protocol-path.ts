import { posix, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../shared/app-meta'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Content type of a served file by its extension. */
export function mimeFor(path: string): string {
  const dot = path.lastIndexOf('.')
  return (dot >= 0 && MIME[path.slice(dot).toLowerCase()]) || 'application/octet-stream'
}

/**
 * Maps an `app://shopbridge/...` URL to a file inside `root`, or null for anything else:
 * another host, a path escaping the root (`..`, encoded or not), or a malformed URL.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const normalized = posix.normalize(pathname || '/')
  if (normalized.split('/').includes('..')) return null
  const rel =
    normalized === '/' || normalized === '' ? 'index.html' : normalized.replace(/^\/+/, '')
  const rootAbs = resolve(root)
  const full = resolve(rootAbs, rel)
  if (full !== rootAbs && !full.startsWith(rootAbs + sep)) return null
  return full
}
