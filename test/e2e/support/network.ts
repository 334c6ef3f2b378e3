import type { Page, Request, WebSocket } from '@playwright/test'

/** A request that left the app's origin. */
export type ForeignRequest = { url: string; method: string; resourceType: string }

// Schemes that never reach the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/**
 * scheme://host[:port]. Not URL#origin: for non-special schemes such as the desktop app's
 * app://shopbridge, WHATWG URL gives the origin "null".
 */
function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}`
  } catch {
    return null
  }
}

/**
 * Records every request (and WebSocket) whose origin differs from `allowedOrigin`, for asserting that
 * an offline-first app talks to nobody: `expect(foreign).toEqual([])`. Listens on the page and on its
 * context, so popups, workers' fetches and service workers are caught too. The returned array fills
 * as requests happen.
 */
export function trackForeignRequests(page: Page, allowedOrigin: string): ForeignRequest[] {
  const allowed = originOf(allowedOrigin)
  const seen = new Set<Request>()
  const foreign: ForeignRequest[] = []
  const check = (url: string, method: string, resourceType: string): void => {
    const origin = originOf(url)
    if (origin === null || LOCAL_SCHEMES.has(new URL(url).protocol)) return
    if (origin !== allowed) foreign.push({ url, method, resourceType })
  }
  const onRequest = (req: Request): void => {
    if (seen.has(req)) return // the page and its context both report a page's requests
    seen.add(req)
    check(req.url(), req.method(), req.resourceType())
  }
  const onSocket = (ws: WebSocket): void => check(ws.url(), 'GET', 'websocket')
  page.on('request', onRequest)
  page.on('websocket', onSocket)
  page.context().on('request', onRequest)
  return foreign
}
