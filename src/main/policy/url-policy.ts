import { APP_HOST, APP_SCHEME } from '../../shared/app-meta'

/** Origin of a URL, or null when it cannot be parsed. Custom schemes get `scheme://host`. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    if (u.protocol === `${APP_SCHEME}:`) return `${APP_SCHEME}://${u.host}`
    return u.origin === 'null' ? null : u.origin
  } catch {
    return null
  }
}

/** The origins the app's own pages may come from: app://shopbridge, plus the dev server in development. */
export function appOrigins(devServerUrl?: string): string[] {
  const origins = [`${APP_SCHEME}://${APP_HOST}`]
  const dev = devServerUrl ? originOf(devServerUrl) : null
  if (dev) origins.push(dev)
  return origins
}

/** will-navigate / will-redirect: only the app's own origin, never anywhere else. */
export function isNavigationAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  const o = originOf(url)
  return o !== null && allowedOrigins.includes(o)
}

/**
 * Links the user may open in the system browser (after confirming): http and https only, no
 * credentials in the URL. Returns the normalised URL, or null when it must not be opened.
 */
export function externalUrl(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
  if (u.username || u.password) return null
  return u.href
}

/**
 * Network requests the app's session lets through: its own origin, devtools, and data/blob URLs.
 * Everything else is cancelled, so the app never contacts the network.
 */
export function isRequestAllowed(url: string, allowedOrigins: readonly string[]): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true
  if (url.startsWith('chrome-extension:')) return false
  // Vite's hot-reload socket in development: ws:// on an allowed http:// origin.
  const asHttp = url.startsWith('ws:') ? `http:${url.slice(3)}` : url
  return isNavigationAllowed(asHttp, allowedOrigins)
}
